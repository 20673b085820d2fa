import { useMemo } from 'preact/hooks';
import { useReady } from '../shared/use-ready';
import './funnel.css';
import type { Funnel } from '../../schemas/funnel';
import { forward, goal as reverse } from '../../lib/funnel/model';
import { presetRange } from '../../lib/funnel/presets';
import { presets } from '../../lib/funnel/preset-data';
import { summaryText } from '../../lib/funnel/summary';
import { useHydratedStore } from '../../stores/use-hydrated-store';
import { $funnelState, $linkFunnel, initialFunnelState, setScale } from '../../stores/funnel-store';
import { FunnelChart } from './Charts';
import { ResultsTable } from './Results';
import { ShareTools } from './Share';
import { H } from './H';

interface Props {
  /** The short form for a guide chapter: no sharing, and a link to the full builder. */
  compact?: boolean;
  /** Level of the section heading (default 2; use 3 inside a chapter section). */
  headingLevel?: number;
}

const SERVER_STATE = initialFunnelState();

/**
 * The builder's results: headline, chart, table and sharing. An island of its own on the same
 * store as FunnelBuilder (the settings and stages above it), so its code loads only when the
 * reader scrolls to it; FunnelBuilder keeps the live announcement of each change.
 */
export default function FunnelResults({ compact = false, headingLevel = 2 }: Props) {
  const idp = compact ? 'fc' : 'fb';
  const state = useHydratedStore($funnelState, SERVER_STATE);
  const linked = useHydratedStore($linkFunnel, null);
  const funnel: Funnel = linked ?? state.funnel;
  const ready = useReady();

  const result = useMemo(() => forward(funnel), [funnel]);
  const goal = useMemo(() => (funnel.mode === 'goal' ? reverse(funnel) : null), [funnel]);
  const preset = presets.find((p) => p.id === funnel.presetId) ?? null;
  const range = useMemo(() => (preset ? presetRange(funnel, preset) : null), [funnel, preset]);

  return (
    <div class={`funnel-builder${compact ? ' funnel-compact' : ''}`}>
      <section class="funnel-results" aria-labelledby={`${idp}-results`}>
        <H level={headingLevel} id={`${idp}-results`}>
          Results
        </H>
        <p class="funnel-summary">
          <strong>{summaryText(funnel, result, goal)}</strong>
        </p>
        <fieldset class="radio-group scale-switch">
          <legend>Chart scale</legend>
          {(['linear', 'log'] as const).map((s) => (
            <label key={s} class="radio">
              <input
                type="radio"
                name={`${idp}-scale`}
                value={s}
                checked={state.scale === s}
                disabled={!ready}
                onChange={() => setScale(s)}
              />
              {s === 'linear' ? 'Linear' : 'Logarithmic (shows small stages)'}
            </label>
          ))}
        </fieldset>
        <FunnelChart result={result} scale={state.scale} idp={idp} />
        <ResultsTable funnel={funnel} result={result} goal={goal} range={range} idp={idp} />
        {!compact && <ShareTools funnel={funnel} idp={idp} />}
      </section>
      {compact && (
        <p>
          <a href="/funnel/">Open the full funnel builder</a> for levers, a 12-month projection, scenarios and a draft
          SLA.
        </p>
      )}
    </div>
  );
}
