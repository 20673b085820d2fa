import type { Questionnaire } from '../../lib/assessment/questionnaire';
import type { Respondent } from '../../lib/assessment/team';
import { aggregateTeam } from '../../lib/assessment/team-score';
import { ladderSince } from '../../lib/assessment/ladder';
import { roles } from '../../schemas/assessment';
import { BarChart } from './Charts';
import { GapChart } from './GapChart';
import { GapTables, DimensionTable } from './TeamTables';
import { TeamLink } from './TeamLink';
import { levelName, roleLabels } from './format';
import { LoadFailed } from '../shared/Stalled';
import { loader, useCode } from '../shared/loader';
import { useHydratedStore } from '../shared/use-hydrated-store';
import { $workshop } from '../../stores/assessment-workshop-store';

/** The workshop (agenda, action plan, Markdown and CSV exports) loads when the manager opens it. */
const workshopCode = loader(() => import('./Workshop'));
const prepareWorkshop = () => void workshopCode().catch(() => undefined);

interface Props {
  /** The questionnaire version the team answered. */
  q: Questionnaire;
  /** The version this site asks now. */
  siteVersion: number;
  /** Some pasted codes were left out for being made with another version. */
  otherVersions: boolean;
  respondents: Respondent[];
  labels: string[];
  chapters: Record<string, string>;
  /** Every code in the view, for the team link. */
  codes: string[];
}

/** The built team view: where the teams differ first, then the team's scores, the tables and the workshop. */
export function TeamReport({ q, siteVersion, otherVersions, respondents, labels, chapters, codes }: Props) {
  const workshop = useHydratedStore($workshop, { open: false }).open;
  const code = useCode(workshopCode, workshop);
  const team = aggregateTeam(q, respondents);
  return (
    <>
      {q.version !== siteVersion && (
        <p class="notice">
          These results were made with questionnaire version {q.version}; this site now asks version {siteVersion}. They
          are shown with the statements they were answered against.
        </p>
      )}
      {otherVersions && (
        <p class="notice" data-testid="mixed-versions">
          Some codes were made with another questionnaire version. Versions ask different statements, so this view uses
          only the version {q.version} results; the others are listed under the box with their line numbers. Ask those
          colleagues to take the assessment again to include them.
        </p>
      )}
      <div class="table-scroll">
        <table class="roles-table stack-table">
          <caption>Respondents by role</caption>
          <thead>
            <tr>
              {roles.map((r) => (
                <th scope="col" key={r}>
                  {roleLabels[r]}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              {roles.map((r) => (
                <td key={r} data-role={r} data-label={roleLabels[r]}>
                  {team.byRole[r]}
                </td>
              ))}
              <td data-label="Total">{team.respondents}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <h3>Where the teams see things differently</h3>
      <GapChart team={team} />
      <div class="score-block">
        <p class="score-line">
          <span class="score-num" data-testid="team-score">
            {team.score ?? '–'}
          </span>{' '}
          <span>out of 100, team score over every answer</span>
        </p>
        <p class="level-line">
          Level: <strong data-testid="team-level">{levelName(q, team.level)}</strong>
        </p>
        {team.level && <p>{q.levels[team.level].summary}</p>}
        {q.version >= ladderSince && (
          <p data-testid="team-rung">
            Ladder: the team's lowest rung is <strong>{team.rung ? levelName(q, team.rung) : 'not set'}</strong>
            {team.rung
              ? ', the highest rung every dimension reaches (each placed from the respondents whose own answers were clear enough).'
              : ': no dimension had answers clear enough to place it.'}
          </p>
        )}
        {team.notApplicable > 0 && (
          <p>{team.notApplicable} answers were "Does not apply here" and are left out of every score and mean.</p>
        )}
        <p class="muted">
          An average can hide a split: read it together with the gaps above, which show where each team stands.
        </p>
      </div>
      <h3>Team scores by dimension</h3>
      <figure>
        <BarChart
          id="team-bar"
          levels={q.levels}
          title="Bar chart of the team's mean score in each dimension, 20 to 100"
          rows={team.dimensions.map((d) => ({
            id: d.dimension.id,
            label: d.dimension.shortName,
            score: d.mean,
          }))}
        />
      </figure>
      <DimensionTable q={q} team={team} />
      <GapTables team={team} />
      <p class="no-print result-actions">
        <button
          type="button"
          class="btn"
          aria-pressed={workshop}
          onClick={() => $workshop.set({ open: !workshop })}
          onPointerEnter={prepareWorkshop}
          onFocus={prepareWorkshop}
        >
          Workshop mode
        </button>
      </p>
      {workshop &&
        (code === 'failed' ? (
          <LoadFailed what="The workshop" kept="the pasted results and the action plan are saved" />
        ) : code ? (
          <code.Workshop q={q} team={team} labels={labels} chapters={chapters} />
        ) : (
          <p class="loading">Loading the workshop…</p>
        ))}
      <TeamLink codes={codes} />
    </>
  );
}
