import type { LevelId } from '../../schemas/assessment';
import type { Questionnaire } from '../../lib/assessment/questionnaire';
import { nextLevel, type DimensionResult } from '../../lib/assessment/scoring';
import { ladderProfile, ladderSince } from '../../lib/assessment/ladder';
import { strongestAndWeakest } from '../../lib/assessment/plan';
import { chapterHref } from '../../lib/chapters';
import { LadderProfile } from './LadderProfile';
import { ScrollTable } from './ScrollTable';
import { chapterTitle, formatDate, levelName, signed } from './format';
import { scoreReport, type ReportProps } from './ResultHeadline';

function Chapters({ ids, chapters }: { ids: string[]; chapters: Record<string, string> }) {
  return (
    <p class="chapters">
      Learn more in the guide:{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          {chapters[id] ? (
            <a href={chapterHref(id)}>{chapters[id]}</a>
          ) : (
            <span>{chapterTitle(id, chapters)} (chapter coming soon)</span>
          )}
        </span>
      ))}
    </p>
  );
}

function Dim({
  d,
  q,
  chapters,
  withActions,
}: {
  d: DimensionResult;
  q: Questionnaire;
  chapters: Record<string, string>;
  withActions: boolean;
}) {
  const level = d.level as LevelId;
  const next = nextLevel(level);
  return (
    <li class="dim-card">
      <h4>
        {d.dimension.name}: {d.score} <span class="muted">({levelName(q, level)})</span>
      </h4>
      <p>{d.dimension.levels[level]}</p>
      {withActions && (
        <>
          <p class="next">{next ? `To reach ${levelName(q, next)}:` : 'To stay integrated:'}</p>
          <ul>
            {d.dimension.actions[level].map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
          <Chapters ids={d.dimension.chapters} chapters={chapters} />
        </>
      )}
    </li>
  );
}

/**
 * Below the charts: the table of scores (the charts' text equivalent, with the change since the
 * previous attempt), the strongest dimensions, and what to work on first with actions and chapters.
 */
export function ResultDetails(props: ReportProps) {
  const { q, chapters, idPrefix, previous } = props;
  const { r, p, prevOf } = scoreReport(props);
  const { strongest, workOn } = strongestAndWeakest(r);
  const ladder = q.version >= ladderSince ? ladderProfile(r) : null;
  const rungOf = (i: number) => {
    const x = ladder?.rungs[i];
    return x?.rung ? levelName(q, x.rung) : x?.why === 'not-applicable' ? 'does not apply' : 'no rung';
  };
  const anyNa = r.overall.notApplicable > 0;
  const placedLowest = new Set(
    ladder?.rungs.filter((x) => x.rung && x.rung === ladder.overall).map((x) => x.dimension),
  );
  const startsAt = workOn.filter((d) => placedLowest.has(d.dimension));
  return (
    <>
      {ladder && r.overall.score !== null && <LadderProfile q={q} r={r} idPrefix={idPrefix} />}
      <ScrollTable
        id={`${idPrefix}-scores`}
        caption={`Scores by dimension (20 to 100), the same figures as the charts${
          previous ? `, with the change since ${formatDate(previous.when)}` : ''
        }`}
        cols={[
          'Dimension',
          'Score',
          'Level',
          !!ladder && 'Rung',
          !!p && 'Change',
          'Rated',
          "Don't know",
          anyNa && 'Does not apply',
        ]}
      >
        {r.dimensions.map((d, i) => (
          <tr key={d.dimension.id}>
            <th scope="row">{d.dimension.name}</th>
            <td>{d.score ?? 'not rated'}</td>
            <td>{levelName(q, d.level)}</td>
            {ladder && <td>{rungOf(i)}</td>}
            {p && (
              <td>
                {d.score === null || prevOf(d.dimension.id) == null
                  ? 'not comparable'
                  : signed(d.score - prevOf(d.dimension.id)!)}
              </td>
            )}
            <td>{d.rated}</td>
            <td>{d.dontKnow}</td>
            {anyNa && <td>{d.notApplicable}</td>}
          </tr>
        ))}
      </ScrollTable>

      {strongest.length > 0 && (
        <section aria-labelledby={`${idPrefix}-strong`}>
          <h3 id={`${idPrefix}-strong`}>Strongest</h3>
          <ol class="dim-list">
            {strongest.map((d) => (
              <Dim key={d.dimension.id} d={d} q={q} chapters={chapters} withActions={false} />
            ))}
          </ol>
        </section>
      )}
      {workOn.length > 0 && (
        <section aria-labelledby={`${idPrefix}-work`}>
          <h3 id={`${idPrefix}-work`}>Work on these first</h3>
          {startsAt.length > 0 && (
            <p data-testid="plan-start">
              The plan starts from the lowest rung on your ladder: {startsAt.map((d) => d.dimension.name).join(', ')},
              at {levelName(q, ladder!.overall)}.
            </p>
          )}
          <ol class="dim-list">
            {workOn.map((d) => (
              <Dim key={d.dimension.id} d={d} q={q} chapters={chapters} withActions />
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
