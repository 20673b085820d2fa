import { useState } from 'preact/hooks';
import type { Funnel } from '../../schemas/funnel';
import { $funnelView } from '../../stores/funnel-view';
import { resetFunnel } from '../../stores/funnel-store';
import { useAtom } from '../shared/use-hydrated-store';
import { Button } from '../shared/Button';

/**
 * "Reset to the example" with an Undo beside its message, as a deleted scenario has: one click
 * should never lose a funnel the reader built. The Undo is offered while the example it put on
 * screen is still there; once the reader changes it, undoing would lose those changes instead.
 */
export function ResetFunnel({ idp }: { idp: string }) {
  const view = useAtom($funnelView);
  const [done, setDone] = useState<{ undo: () => void; example: Funnel } | null>(null);
  const [said, setSaid] = useState('');
  const offer = done !== null && done.example === view.funnel;
  // Once the reader edits the example, the message about the reset is stale and goes with the Undo.
  const text = done && !offer ? '' : said;
  return (
    <>
      <Button
        class="btn btn-secondary"
        onClick={() => {
          setDone(resetFunnel());
          setSaid('The example funnel is back on screen.');
        }}
      >
        Reset to the example
      </Button>
      <p class="reset-status" role="status">
        {text}
        {offer && (
          <>
            {' '}
            <Button
              class="btn btn-secondary btn-small"
              id={`${idp}-reset-undo`}
              onClick={() => {
                done.undo();
                setDone(null);
                setSaid('Your funnel is back.');
              }}
            >
              Undo
            </Button>
          </>
        )}
      </p>
    </>
  );
}
