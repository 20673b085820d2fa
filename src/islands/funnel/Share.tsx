import { useState } from 'preact/hooks';
import type { Funnel } from '../../schemas/funnel';
import { encodeFunnel } from '../../lib/funnel/code';
import { funnelCsv } from '../../lib/funnel/csv';
import { dropLinkedFunnel, keepLinkedFunnel } from '../../stores/funnel-store';
import { copyText, downloadText } from './clipboard';

/** Copy a link that opens this funnel elsewhere, or download the table as CSV. */
export function ShareTools({ funnel, idp }: { funnel: Funnel; idp: string }) {
  const [status, setStatus] = useState<string | null>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  const copyLink = async () => {
    const url = `${location.origin}${location.pathname}#f=${encodeFunnel(funnel)}`;
    if (await copyText(url)) {
      setFallback(null);
      setStatus('Link copied. Anyone who opens it sees this funnel; their own saved funnel is not changed.');
    } else {
      setFallback(url);
      setStatus('Your browser did not allow copying. Copy the link from the box below.');
    }
  };
  const csv = () => {
    downloadText(funnelCsv(funnel), 'funnel.csv', 'text/csv;charset=utf-8');
    setStatus('The table was downloaded as funnel.csv.');
  };
  return (
    <div class="share-tools no-print">
      <div class="button-row">
        <button type="button" class="btn btn-secondary" onClick={copyLink}>
          Copy link to this funnel
        </button>
        <button type="button" class="btn btn-secondary" onClick={csv}>
          Download table as CSV
        </button>
      </div>
      <p role="status">{status}</p>
      {fallback && (
        <div class="field">
          <label for={`${idp}-link-text`}>Link to this funnel</label>
          <input id={`${idp}-link-text`} type="text" readOnly value={fallback} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
        </div>
      )}
    </div>
  );
}

/** Clears the share code from the address bar once the reader has decided. */
function clearHash() {
  if (/(^#|&)f=/.test(location.hash)) history.replaceState(null, '', location.pathname + location.search);
}

/** Tells the reader they are looking at a linked funnel (or that a link was unreadable) and lets them choose. */
export function LinkBanner({ linked, problem }: { linked: boolean; problem: string | null }) {
  if (!linked && !problem) return null;
  return (
    <div class={`link-banner${problem ? ' link-banner-problem' : ''}`} role="status">
      {linked ? (
        <>
          <p>
            <strong>You are looking at a funnel from a link.</strong> Your own saved funnel has not changed. Keep this one to replace it, or go back to yours.
          </p>
          <div class="button-row">
            <button type="button" class="btn" onClick={() => (keepLinkedFunnel(), clearHash())}>
              Keep this funnel
            </button>
            <button type="button" class="btn btn-secondary" onClick={() => (dropLinkedFunnel(), clearHash())}>
              Back to my funnel
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            <strong>The funnel in this link could not be opened:</strong> {problem}. Your own funnel is shown instead, and nothing was changed.
          </p>
          <button type="button" class="btn btn-secondary" onClick={() => (dropLinkedFunnel(), clearHash())}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
