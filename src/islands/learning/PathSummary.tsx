import { emptyProgress } from '../../lib/learning/progress-codec';
import { stepDone } from '../../lib/learning/paths';
import { $progress } from '../../stores/progress-store';
import { useHydratedStore } from '../shared/use-hydrated-store';
import type { StepView } from '../../lib/learning/views';

interface Props {
  title: string;
  steps: StepView[];
  finish: string;
}

/** How far along a path the reader is, and the next step. Two lines are reserved so nothing moves when it fills in. */
export default function PathSummary({ title, steps, finish }: Props) {
  const p = useHydratedStore($progress, emptyProgress());
  const done = steps.filter((s) => stepDone(s.step, p)).length;
  const total = steps.length;
  const nextView = steps.find((s) => !stepDone(s.step, p));
  return (
    <div class="pt-summary-box">
      <p>
        <strong>
          {done} of {total} steps done.
        </strong>{' '}
        {nextView ? (
          <>
            {done === 0 ? 'Start with' : 'Next'}:{' '}
            {nextView.href ? <a href={nextView.href}>{nextView.title}</a> : nextView.title}.
          </>
        ) : (
          <span class="pg-yes">✓ {finish}</span>
        )}
      </p>
      <progress class="pg-bar" max={total} value={done} aria-label={`${title}: steps done`} />
    </div>
  );
}
