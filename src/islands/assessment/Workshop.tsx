import { useState } from 'preact/hooks';
import type { Questionnaire } from '../../lib/assessment/questionnaire';
import { actionPlan, actionPlanCsv, actionPlanMarkdown, type ActionRow } from '../../lib/assessment/export';
import { workshopAgenda, type WorkshopItem } from '../../lib/assessment/team-agenda';
import type { TeamResult } from '../../lib/assessment/team-score';
import { planEntrySchema, type ActionPlanState } from '../../schemas/assessment';
import { $plan, setPlanEntry } from '../../stores/assessment-team-store';
import { useHydratedStore } from '../shared/use-hydrated-store';
import { chapterTitle, levelName } from './format';
import { downloadText } from '../shared/download';

/** Owner and due date inputs for one action, saved as typed; the printed page shows their values as text. */
function PlanCells({ row, i, plan }: { row: ActionRow; i: number; plan: ActionPlanState }) {
  const saved = plan[row.key] ?? { owner: '', due: '' };
  const [badDate, setBadDate] = useState(false);
  return (
    <>
      <td data-label="Owner">
        <label class="sr-only" for={`owner-${i}`}>
          Owner of: {row.action}
        </label>
        <input
          id={`owner-${i}`}
          class="plan-input no-print"
          type="text"
          maxLength={80}
          autoComplete="off"
          value={saved.owner}
          onInput={(e) => setPlanEntry(row.key, { owner: e.currentTarget.value })}
        />
        <span class="print-only">{saved.owner}</span>
      </td>
      <td data-label="Due">
        <label class="sr-only" for={`due-${i}`}>
          Due date of: {row.action}
        </label>
        <input
          id={`due-${i}`}
          class="plan-input no-print"
          type="date"
          value={saved.due}
          aria-invalid={badDate || undefined}
          aria-describedby={badDate ? `due-err-${i}` : undefined}
          onChange={(e) => {
            const v = e.currentTarget.value;
            const ok = planEntrySchema.shape.due.safeParse(v).success;
            setBadDate(!ok);
            if (ok) setPlanEntry(row.key, { due: v });
          }}
        />
        {badDate && (
          <span class="field-error" id={`due-err-${i}`}>
            Enter a whole date, like 30 June 2026.
          </span>
        )}
        <span class="print-only">{saved.due}</span>
      </td>
    </>
  );
}

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
  const plan = useHydratedStore($plan, {});
  const site = location.origin;
  return (
    <section class="workshop" aria-labelledby="workshop-heading">
      <h3 id="workshop-heading">Workshop</h3>
      <p>
        Bring both teams together for an hour. Talk through the largest gaps first, then the lowest scores, and leave
        with owners and dates. Each dimension's actions start from where the side that rated it lower stands. What you
        type is kept in this browser and goes into the downloads and the printout.
      </p>
      <Agenda
        title="Discuss the largest gaps"
        items={agenda.gaps}
        empty="There are no marketing–sales gaps to discuss: add results from both teams."
      />
      <Agenda title="Discuss the lowest dimensions" items={agenda.lowest} empty="No other dimension was rated." />
      <h4>Action plan</h4>
      <div class="table-scroll">
        <table class="stack-table plan-table">
          <caption>
            Actions to reach the next level in each workshop dimension, from the lower team's view; type owners and
            dates together
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
              <tr key={r.key} class={r.talkFirst ? 'talk-first' : undefined}>
                <th scope="row">
                  {r.dimension}
                  {r.lowerSide && <span class="muted lower-side"> {r.lowerSide}</span>}
                </th>
                <td data-label="Now">{levelName(q, r.level)}</td>
                <td data-label="Action">
                  {r.talkFirst ? <strong>{r.action}</strong> : r.action}{' '}
                  {!r.talkFirst && (
                    <span class="muted">Read: {r.chapters.map((c) => chapterTitle(c, chapters)).join(', ')}.</span>
                  )}
                </td>
                <PlanCells row={r} i={i} plan={plan} />
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
              actionPlanMarkdown(q, team, rows, labels, site, plan),
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
          onClick={() => downloadText(actionPlanCsv(q, rows, plan), 'action-plan.csv', 'text/csv;charset=utf-8')}
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
