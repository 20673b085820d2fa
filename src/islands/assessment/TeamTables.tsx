import type { Questionnaire } from '../../lib/assessment/questionnaire';
import { GAP_FLAG, type Gap, type TeamDimension, type TeamResult } from '../../lib/assessment/team-score';
import { ladderSince } from '../../lib/assessment/ladder';
import type { Role } from '../../schemas/assessment';
import { levelName, mean1, roleLabels } from './format';
import { ScrollTable } from './ScrollTable';

/** Each dimension's mean score and the lowest and highest individual score. */
export function DimensionTable({ q, team }: { q: Questionnaire; team: TeamResult }) {
  const rungs = q.version >= ladderSince;
  const na = team.notApplicable > 0;
  return (
    <div class="table-scroll">
      <table class="stack-table">
        <caption>
          Each dimension: the team's mean score (20 to 100), level, and lowest and highest individual score
        </caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Mean</th>
            <th scope="col">Level</th>
            {rungs && <th scope="col">Rung</th>}
            <th scope="col">Lowest–highest</th>
            <th scope="col">Rated by</th>
            {na && <th scope="col">Does not apply</th>}
          </tr>
        </thead>
        <tbody>
          {team.dimensions.map((d) => (
            <tr key={d.dimension.id}>
              <th scope="row">{d.dimension.name}</th>
              <td data-label="Mean">{d.mean ?? 'not rated'}</td>
              <td data-label="Level">{levelName(q, d.level)}</td>
              {rungs && <td data-label="Rung">{d.rung ? levelName(q, d.rung) : 'no rung'}</td>}
              <td data-label="Lowest–highest">{d.min === null ? '–' : `${d.min}–${d.max}`}</td>
              <td data-label="Rated by">{d.rated}</td>
              {na && <td data-label="Does not apply">{d.notApplicable}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GapCells({ gap, extra = [], d }: { gap: Gap; extra?: Role[]; d?: TeamDimension }) {
  const who = gap.gap === null || gap.gap === 0 ? '' : gap.gap > 0 ? ' (marketing higher)' : ' (sales higher)';
  return (
    <>
      <td data-label="Marketing">{mean1(gap.marketing)}</td>
      <td data-label="Sales">{mean1(gap.sales)}</td>
      {extra.map((r) => (
        <td key={r} data-label={roleLabels[r]}>
          {mean1(d?.roleMeans[r] ?? null)}
        </td>
      ))}
      <td data-label="Gap">{gap.gap === null ? 'needs both' : `${Math.abs(gap.gap).toFixed(1)}${who}`}</td>
      <td data-label="Flag">{gap.flagged ? <strong class="flag">⚑ Large gap</strong> : ''}</td>
    </>
  );
}

/** Marketing's and sales' mean answers (1–5), per dimension and per statement, with large gaps flagged. */
export function GapTables({ team }: { team: TeamResult }) {
  const both = team.byRole.marketing > 0 && team.byRole.sales > 0;
  const flaggedStatements = team.dimensions.flatMap((d) => d.statements.filter((s) => s.gap.flagged)).length;
  // Leadership and other respondents get their own columns when present, like the chart.
  const extra = (['leadership', 'other'] as const).filter((r) => team.byRole[r] > 0);
  return (
    <section aria-labelledby="gaps-heading">
      <h3 id="gaps-heading">Where marketing and sales see things differently</h3>
      <p>
        Gaps compare the mean answer of marketing respondents with that of sales respondents, on the 1 to 5 answer
        scale. A gap of {GAP_FLAG} points or more is flagged: the two teams are living different experiences of the same
        work. "Don't know" answers are left out, and reverse-scored statements count as scored (higher is always
        better).
      </p>
      {!both ? (
        <p class="notice">Add at least one marketing and one sales result to see the gaps.</p>
      ) : (
        <>
          <ScrollTable
            id="dimension-gaps"
            caption="Gap per dimension (mean answer, 1 to 5)"
            cols={['Dimension', 'Marketing', 'Sales', ...extra.map((r) => roleLabels[r]), 'Gap', 'Flag']}
            class="gap-table stack-table"
            testId="dimension-gaps"
          >
            {team.dimensions.map((d) => (
              <tr key={d.dimension.id}>
                <th scope="row">{d.dimension.name}</th>
                <GapCells gap={d.gap} extra={extra} d={d} />
              </tr>
            ))}
          </ScrollTable>
          <p>
            {flaggedStatements === 0
              ? 'No single statement has a large gap.'
              : `${flaggedStatements} ${flaggedStatements === 1 ? 'statement has' : 'statements have'} a large gap.`}
          </p>
          <ScrollTable
            id="statement-gaps"
            caption="Gap per statement (mean answer, 1 to 5)"
            cols={['Statement', 'Marketing', 'Sales', 'Gap', 'Flag']}
            class="gap-table stack-table"
            testId="statement-gaps"
          >
            {team.dimensions.flatMap((d) =>
              d.statements.map((s) => (
                <tr key={s.id} class={s.gap.flagged ? 'flagged' : undefined}>
                  <th scope="row">
                    {s.text} <span class="muted">({d.dimension.shortName})</span>
                    {s.reverse && <span class="muted"> Reverse-scored: shown as scored, so higher is better.</span>}
                  </th>
                  <GapCells gap={s.gap} />
                </tr>
              )),
            )}
          </ScrollTable>
        </>
      )}
    </section>
  );
}
