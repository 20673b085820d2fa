import type { FunnelView } from '../../stores/funnel-view';
import { loader, useCode } from '../shared/loader';
import './team.css';

const code = loader(() => import('./Team'));

/**
 * Where goal mode's team section goes. Its code (inputs, maths, the starting values and their
 * notes) loads only once the reader works in goal mode, so forward mode never pays for it.
 */
export function TeamSlot({ view, idp, level }: { view: FunnelView; idp: string; level: number }) {
  const goal = view.funnel.mode === 'goal';
  const mod = useCode(code, goal);
  if (!goal) return null;
  if (mod === 'failed')
    return (
      <p class="notice notice-bad" role="alert">
        The team this goal needs could not be loaded. Check your connection and reload the page: your funnel is saved.
      </p>
    );
  if (mod === undefined)
    return (
      <section class="funnel-team deferred" aria-busy="true">
        <p class="muted deferred-note">The team this goal needs will appear here.</p>
      </section>
    );
  return <mod.TeamSection idp={idp} level={level} />;
}
