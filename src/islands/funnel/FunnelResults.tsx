import { useReady } from '../shared/use-ready';
import './funnel.css';
import { useHydratedStore } from '../shared/use-hydrated-store';
import { $funnelView, SERVER_VIEW } from '../../stores/funnel-view';
import { ResultsPanel } from './ResultsPanel';

interface Props {
  /** Level of the section heading (default 2; use 3 inside a chapter section). */
  headingLevel?: number;
}

/**
 * The builder's results on their own, for the compact embed in a guide chapter (the full
 * builder renders them beside its inputs). Renders $funnelView like every funnel island.
 */
export default function FunnelResults({ headingLevel = 2 }: Props & { compact?: boolean }) {
  const view = useHydratedStore($funnelView, SERVER_VIEW);
  const ready = useReady();
  return (
    <div class="funnel-builder funnel-compact">
      <ResultsPanel view={view} idp="fc" level={headingLevel} ready={ready} compact />
      <p>
        <a href="/funnel/">Open the full funnel builder</a> for levers, a 12-month projection, scenarios and a draft
        SLA.
      </p>
    </div>
  );
}
