import { emptyProgress } from '../../lib/learning/progress-codec';
import { formatDay, localDay } from '../../lib/learning/dates';
import { stepDone } from '../../lib/learning/paths';
import { scoreLabel } from '../../lib/learning/scoring';
import { $progress, setLearnerName } from '../../stores/progress-store';
import { useHydratedStore } from '../shared/use-hydrated-store';
import { useReady } from '../shared/use-ready';
import { StorageNotice } from '../shared/StorageNotice';
import { PROGRESS_KEY } from '../../schemas/storage-keys';
import type { ChapterInfo, StepView } from '../../lib/learning/views';

interface Props {
  title: string;
  steps: StepView[];
  chapters: ChapterInfo[];
}

/** A printable summary of a path: the reader's name (kept in this browser only), the date, chapters read and check scores. */
export default function CompletionSummary({ title, steps, chapters }: Props) {
  const ready = useReady();
  const p = useHydratedStore($progress, emptyProgress());
  const done = steps.filter((s) => stepDone(s.step, p)).length;
  const inPath = new Set(
    steps.flatMap((s) => (s.step.kind === 'chapter' || s.step.kind === 'check' ? [s.step.chapter] : [])),
  );
  const list = chapters.filter((c) => inPath.has(c.id));
  const finished = done === steps.length;

  return (
    <div class="cs">
      <StorageNotice keys={[PROGRESS_KEY]} lost="your name and progress" />
      <p class="no-print">
        <label for="learner-name">Your name, as it should appear on the summary</label>
        <br />
        <input
          id="learner-name"
          type="text"
          autocomplete="name"
          maxLength={80}
          value={p.name}
          disabled={!ready}
          aria-describedby="learner-name-hint"
          onInput={(e) => setLearnerName(e.currentTarget.value)}
        />
        <br />
        <span id="learner-name-hint" class="muted">
          Kept only in this browser. It is never sent anywhere.
        </span>
      </p>
      <div class="cs-sheet">
        {!ready && (
          <p class="cs-unready">
            This summary had not read your progress when you printed: scroll down to it on the page, then print again.
          </p>
        )}
        <p class="cs-heading">
          <strong>{title}</strong>: {finished ? 'completed' : `${done} of ${steps.length} steps done`}
          <br />
          {p.name.trim() || 'Your name'} · {ready ? formatDay(localDay(new Date())) : 'Today'}
        </p>
        <div class="table-scroll">
          <table>
            <caption>Chapters and check scores</caption>
            <thead>
              <tr>
                <th scope="col">Chapter</th>
                <th scope="col">Read</th>
                <th scope="col">Best check score</th>
              </tr>
            </thead>
            <tbody>
              {list.map((c) => {
                const r = p.chapters[c.id];
                const check = p.checks[c.id];
                return (
                  <tr key={c.id}>
                    <th scope="row">{c.title}</th>
                    <td>{r ? `✓ ${r.readOn ? formatDay(r.readOn) : 'Yes'}` : 'Not yet'}</td>
                    <td>{check ? scoreLabel(check.best) : 'Not taken'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p>
          Sorting exercise: {p.exercises.sort ? scoreLabel(p.exercises.sort.best) : 'not done'}. Funnel builder:{' '}
          {p.tools.funnel ? 'used' : 'not used'}. Self-assessment: {p.tools.assessment ? 'taken' : 'not taken'}.
        </p>
      </div>
      <button type="button" class="btn no-print" disabled={!ready} onClick={() => window.print()}>
        Print summary
      </button>
    </div>
  );
}
