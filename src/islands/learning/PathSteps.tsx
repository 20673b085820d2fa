import { emptyProgress } from '../../lib/learning/progress-codec';
import { stepDone } from '../../lib/learning/paths';
import { scoreLabel } from '../../lib/learning/scoring';
import { $progress, setTaskDone } from '../../stores/progress-store';
import { useHydratedStore } from '../shared/use-hydrated-store';
import { useReady } from '../shared/use-ready';
import type { StepView } from '../../lib/learning/views';

interface Props {
  steps: StepView[];
}

/** One part of a path: each step with a done mark in a column whose width never changes. Tasks get a tick box. */
export default function PathSteps({ steps }: Props) {
  const ready = useReady();
  const p = useHydratedStore($progress, emptyProgress());
  return (
    <ol class="pt-steps">
      {steps.map((s) => {
        const done = stepDone(s.step, p);
        const check = s.step.kind === 'check' ? p.checks[s.step.chapter] : undefined;
        return (
          <li key={s.key} class={`pt-step ${done ? 'is-done' : ''}`} data-step={s.key}>
            <span class="pt-mark">
              {done ? (check ? `✓ ${check.best.correct} of ${check.best.total}` : '✓ Done') : 'To do'}
            </span>
            <div class="pt-body">
              <span class="pt-kind">{s.kind}: </span>
              {s.step.kind === 'task' ? (
                <label class="pt-task">
                  <input
                    type="checkbox"
                    checked={done}
                    disabled={!ready}
                    onChange={(e) => setTaskDone(s.step.kind === 'task' ? s.step.id : '', e.currentTarget.checked)}
                  />
                  <span>{s.title}</span>
                </label>
              ) : (
                <a href={s.href}>{s.title}</a>
              )}
              {check && <span class="sr-only">, best score {scoreLabel(check.best)}</span>}
              {s.note && <p>{s.note}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
