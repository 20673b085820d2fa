import './funnel.css';
import { useHydratedStore } from '../shared/use-hydrated-store';
import { useReady } from '../shared/use-ready';
import { Hydrating } from '../shared/early-input';
import { $funnelView, SERVER_VIEW } from '../../stores/funnel-view';
import { Insights, ProjectionSection } from './Insights';
import { AfterSaleSection } from './AfterSale';
import { Scenarios } from './Scenarios';
import { SlaDraft } from './Sla';
import { TeamSlot } from './TeamSlot';

/**
 * The funnel builder's second half: what to fix first, the 12-month projection, after the sale,
 * scenarios and the SLA draft. A separate island on the same derived view, so its code loads
 * only when the reader scrolls to it; until then the page hides its server-rendered example.
 */
export default function FunnelExtras({ headingLevel = 2 }: { headingLevel?: number }) {
  const view = useHydratedStore($funnelView, SERVER_VIEW);
  const idp = 'fx';
  const ready = useReady();
  return (
    <Hydrating.Provider value={!ready}>
      <div class="funnel-builder funnel-extras">
        <Insights view={view} level={headingLevel} />
        <ProjectionSection view={view} idp={idp} level={headingLevel} />
        <TeamSlot view={view} idp={idp} level={headingLevel} />
        <AfterSaleSection view={view} idp={idp} level={headingLevel} />
        <Scenarios view={view} idp={idp} level={headingLevel} />
        <SlaDraft view={view} idp={idp} level={headingLevel} />
      </div>
    </Hydrating.Provider>
  );
}
