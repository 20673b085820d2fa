import type { FunnelView } from '../../stores/funnel-view';
import { setScale } from '../../stores/funnel-store';
import { FunnelChart } from './Charts';
import { ResultsTable } from './Results';
import { ShareTools } from './Share';
import { H } from './H';
import { Radio } from './Fields';

/** The results column: the headline (kept in view), the chart, the table and sharing. */
export function ResultsPanel({ view, idp, level }: { view: FunnelView; idp: string; level: number }) {
  const { funnel, result, goal, range, state } = view;
  return (
    <section class="funnel-results" aria-labelledby={`${idp}-results`}>
      <div class="funnel-headline">
        <H level={level} id={`${idp}-results`}>
          Results
        </H>
        <p class="funnel-summary">
          <strong>{view.summary}</strong>
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
      <ShareTools view={view} idp={idp} />
    </section>
  );
}
