import { useEffect, useRef } from 'preact/hooks';
import type { FunnelView } from '../../stores/funnel-view';
import { setScale } from '../../stores/funnel-store';
import { FunnelChart } from './Charts';
import { ResultsTable } from './Results';
import { ShareTools } from './Share';
import { H } from './H';
import { Radio } from './Fields';
import { useAtom } from '../shared/use-hydrated-store';
import { $invalidFields } from '../../stores/funnel-invalid';

/** Said while a field cannot be read: the results are the last valid funnel's, and which field holds them back. */
function staleNotice(labels: string[]): string {
  return labels.length === 0 ? '' : `Showing the last valid numbers. To update them, fix: ${labels.join('; ')}.`;
}

/** The results column: the headline (kept in view), the chart, the table and sharing. */
export function ResultsPanel({ view, idp, level }: { view: FunnelView; idp: string; level: number }) {
  const { funnel, result, goal, range, state } = view;
  const stale = staleNotice(Object.values(useAtom($invalidFields)));
  // From 1024 px the table's header row sticks just under the sticky headline, whose height varies.
  const head = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = head.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const ro = new ResizeObserver(() => el.parentElement?.style.setProperty('--headline-h', `${el.offsetHeight}px`));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return (
    <section class="funnel-results" aria-labelledby={`${idp}-results`}>
      <div class="funnel-headline" ref={head}>
        <H level={level} id={`${idp}-results`}>
          Results
        </H>
        <p class="funnel-summary">
          <strong>{view.summary}</strong>
        </p>
        <p class="funnel-stale" role="status">
          {stale || null}
        </p>
      </div>
      <fieldset class="radio-group scale-switch">
        <legend>Chart scale</legend>
        {(['linear', 'log'] as const).map((s) => (
          <Radio key={s} name={`${idp}-scale`} value={s} checked={state.scale === s} onChoose={() => setScale(s)}>
            {s === 'linear' ? 'Linear' : 'Logarithmic (spreads out small stages)'}
          </Radio>
        ))}
      </fieldset>
      <FunnelChart result={result} goal={goal} scale={state.scale} idp={idp} num={view.num} />
      <ResultsTable funnel={funnel} result={result} goal={goal} range={range} idp={idp} />
      <ShareTools idp={idp} />
    </section>
  );
}
