import type { Questionnaire } from '../../lib/assessment/questionnaire';
import { actionPlan, actionPlanCsv, actionPlanMarkdown } from '../../lib/assessment/export';
import { workshopAgenda, type TeamResult, type WorkshopItem } from '../../lib/assessment/team';
import { chapterTitle, levelName } from './format';
import { downloadText } from '../shared/download';

function Agenda({ title, items, empty }: { title: string; items: WorkshopItem[]; empty: string }) {
  return (
    <>
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol class="dim-list">
          {items.map((it) => (
            <li key={it.dimension.id} class="dim-card">
              <p>
                <strong>{it.dimension.name}.</strong> {it.reason}
              </p>
              <ul>
                {it.prompts.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** Discussion prompts for the largest gaps and lowest dimensions, and an action plan to export. */
export function Workshop({
  q,
  team,
  labels,
  chapters,
}: {
  q: Questionnaire;
  team: TeamResult;
  labels: string[];
  chapters: Record<string, string>;
}) {
  const agenda = workshopAgenda(team);
  const rows = actionPlan(team);
  const site = location.origin;
  return (
    <section class="workshop" aria-labelledby="workshop-heading">
      <h3 id="workshop-heading">Workshop</h3>
      <p>
        Bring both teams together for an hour. Talk through the largest gaps first, then the lowest scores, and leave
        with owners and dates.
      </p>
      <Agenda
        title="Discuss the largest gaps"
        items={agenda.gaps}
        empty="There are no marketing–sales gaps to discuss: add results from both teams."
      />
      <Agenda title="Discuss the lowest dimensions" items={agenda.lowest} empty="No other dimension was rated." />
      <h4>Action plan</h4>
      <div class="table-scroll">
        <table>
          <caption>
            Actions to reach the next level in each workshop dimension; fill in owners and dates together
          </caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Now</th>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <th scope="row">{r.dimension}</th>
                <td>{levelName(q, r.level)}</td>
                <td>
                  {r.action}{' '}
                  <span class="muted">Read: {r.chapters.map((c) => chapterTitle(c, chapters)).join(', ')}.</span>
                </td>
                <td />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="result-actions no-print">
        <button
          type="button"
          class="btn"
          onClick={() =>
            downloadText(
              actionPlanMarkdown(q, team, rows, labels, site),
              'action-plan.md',
              'text/markdown;charset=utf-8',
            )
          }
        >
          Download Markdown
        </button>
        <button
          type="button"
          class="btn btn-secondary"
          onClick={() => downloadText(actionPlanCsv(rows), 'action-plan.csv', 'text/csv;charset=utf-8')}
        >
          Download CSV
        </button>
        <button type="button" class="btn btn-secondary" onClick={() => window.print()}>
          Print the action plan
        </button>
      </p>
    </section>
  );
}
