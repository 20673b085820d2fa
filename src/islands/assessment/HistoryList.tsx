import type { Attempt } from '../../schemas/assessment';
import { forVersion, type Questionnaire } from '../../lib/assessment/questionnaire';
import { scoreAttempt } from '../../lib/assessment/scoring';
import { formatDate, levelName, roleLabels, signed } from './format';
import { ScrollTable } from './ScrollTable';
import { ConfirmDelete } from '../shared/ConfirmDelete';

/** "+15", "−3", "no change"; "first attempt" or "not comparable" when there is nothing to compare. */
function changeFrom(before: number | null | undefined, now: number | null): string {
  if (before === undefined) return 'first attempt';
  return before === null || now === null ? 'not comparable' : signed(now - before);
}

/** Attempts on this device, newest first, each with the change from the attempt before it. */
export function HistoryList({ q, history, onClear }: { q: Questionnaire; history: Attempt[]; onClear: () => void }) {
  // Each attempt is scored with the statements it was answered against; an unknown version is not rated.
  const scored = history.map((a) => {
    const vq = forVersion(q, a.questionnaireVersion);
    return { a, r: vq ? scoreAttempt(vq, a.answers).overall : { score: null, level: null } };
  });
  return (
    <section class="history" aria-labelledby="history-heading">
      <h3 id="history-heading">Your attempts on this device</h3>
      {history.length < 2 ? (
        <p>This is your first attempt here. Take it again in a few months to see what changed.</p>
      ) : (
        <ScrollTable
          id="history"
          caption="Every attempt saved in this browser, newest first, with the change from the attempt before each one"
          cols={['Date', 'Team', 'Score', 'Level', 'Change from the attempt before']}
        >
          {scored
            .map((s, i) => ({ ...s, i }))
            .reverse()
            .map(({ a, r, i }) => (
              <tr key={a.completedAt + i}>
                <th scope="row">
                  {formatDate(a.completedAt)}
                  {i === scored.length - 1 ? ' (latest)' : ''}
                  {a.questionnaireVersion !== q.version && (
                    <span class="muted"> · questionnaire version {a.questionnaireVersion}</span>
                  )}
                </th>
                <td>
                  {roleLabels[a.role]}
                  {a.team ? (
                    <>
                      , <bdi>{a.team}</bdi>
                    </>
                  ) : null}
                </td>
                <td>{r.score ?? 'not rated'}</td>
                <td>{levelName(q, r.level)}</td>
                <td>{changeFrom(scored[i - 1]?.r.score, r.score)}</td>
              </tr>
            ))}
        </ScrollTable>
      )}
      {history.length > 0 && (
        <p class="no-print result-actions">
          <ConfirmDelete
            label="Delete all attempts from this device"
            question={`Delete ${history.length === 1 ? 'your attempt' : `all ${history.length} attempts`} from this device? This cannot be undone.`}
            yes="Yes, delete"
            onConfirm={onClear}
          />
        </p>
      )}
    </section>
  );
}
