import { codeFromUrl } from '../../lib/url-code';
import { dropLinkedFunnel, keepLinkedFunnel } from '../../stores/funnel-store';
import { Button } from '../shared/Button';

/** Clears the share code from the address bar once the reader has decided. */
function clearHash() {
  if (codeFromUrl(location.hash, 'f') !== null) history.replaceState(null, '', location.pathname + location.search);
}

/** Tells the reader they are looking at a linked funnel (or that a link was unreadable) and lets them choose. */
export function LinkBanner({ linked, problem }: { linked: boolean; problem: string | null }) {
  if (!linked && !problem) return null;
  return (
    <div class={`link-banner${problem ? ' link-banner-problem' : ''}`} role="status">
      {linked ? (
        <>
          <p>
            <strong>You are looking at a funnel from a link.</strong> Your own saved funnel has not changed. Keep this
            one to replace it, or go back to yours.
          </p>
          <div class="button-row">
            <Button class="btn" onClick={() => (keepLinkedFunnel(), clearHash())}>
              Keep this funnel
            </Button>
            <Button class="btn btn-secondary" onClick={() => (dropLinkedFunnel(), clearHash())}>
              Back to my funnel
            </Button>
          </div>
        </>
      ) : (
        <>
          <p>
            <strong>The funnel in this link could not be opened:</strong> {problem}. Your own funnel is shown instead,
            and nothing was changed.
          </p>
          <Button class="btn btn-secondary" onClick={() => (dropLinkedFunnel(), clearHash())}>
            Dismiss
          </Button>
        </>
      )}
    </div>
  );
}
