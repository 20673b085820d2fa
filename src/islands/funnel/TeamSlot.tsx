import type { FunnelView } from '../../stores/funnel-view';
import { loader, useCode } from '../shared/loader';
import { LoadFailed } from '../shared/Stalled';
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
  if (mod === 'failed') return <LoadFailed what="The team this goal needs" kept="your funnel is saved" />;
  if (mod === undefined)
    return (
      <section class="funnel-team deferred" aria-busy="true">
        <p class="muted deferred-note">The team this goal needs will appear here.</p>
      </section>
    );
  return <mod.TeamSection view={view} idp={idp} level={level} />;
}
