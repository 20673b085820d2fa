import { useMemo } from 'preact/hooks';
import './funnel.css';
import { forward } from '../../lib/funnel/model';
import { presetRange } from '../../lib/funnel/presets';
import { presets } from '../../lib/funnel/preset-data';
import { project } from '../../lib/funnel/time';
import { useHydratedStore } from '../../stores/use-hydrated-store';
import { $funnelState, $linkFunnel, initialFunnelState } from '../../stores/funnel-store';
import { Insights, ProjectionSection } from './Insights';
import { Scenarios } from './Scenarios';
import { SlaDraft } from './Sla';

const SERVER_STATE = initialFunnelState();

/**
 * The funnel builder's second half: what to fix first, the 12-month projection, scenarios
 * and the SLA draft. A separate island on the same store, so its code loads only when the
 * reader scrolls to it.
 */
export default function FunnelExtras({ headingLevel = 2 }: { headingLevel?: number }) {
  const state = useHydratedStore($funnelState, SERVER_STATE);
  const linked = useHydratedStore($linkFunnel, null);
  const funnel = linked ?? state.funnel;
  const result = useMemo(() => forward(funnel), [funnel]);
  const preset = presets.find((p) => p.id === funnel.presetId) ?? null;
  const range = useMemo(() => (preset ? presetRange(funnel, preset) : null), [funnel, preset]);
  const projection = useMemo(() => project(funnel, 12, result), [funnel, result]);
  const idp = 'fx';
  return (
    <div class="funnel-builder">
      <Insights funnel={funnel} result={result} range={range} preset={preset} level={headingLevel} />
      <ProjectionSection funnel={funnel} projection={projection} idp={idp} level={headingLevel} />
      <Scenarios funnel={funnel} scenarios={state.scenarios} idp={idp} level={headingLevel} />
      <SlaDraft funnel={funnel} sla={state.sla} idp={idp} level={headingLevel} />
    </div>
  );
}
