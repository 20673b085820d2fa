import { useState } from 'preact/hooks';
import { $funnelView, type FunnelView } from '../../stores/funnel-view';
import { copyText } from '../shared/clipboard';
import { downloadText } from '../shared/download';
import { Button } from '../shared/Button';

/** The share code's writer loads when the reader points at or focuses the button, so it is ready by the click. */
const loadCodec = () => import('../../lib/funnel/code-encode');
const prefetchCodec = () => void loadCodec().catch(() => undefined);
const OFFLINE = 'This needs a part of the page that could not be loaded. Check your connection and try again.';

/** The name of the saved scenario the funnel on screen matches, if any. */
function scenarioName(view: FunnelView): string {
  const same = JSON.stringify(view.funnel);
  return view.state.scenarios.find((c) => JSON.stringify(c.funnel) === same)?.name ?? 'Current funnel (not saved)';
}

/**
 * Copy a link that opens this funnel elsewhere, or download the settings and table as CSV (each loads its code on first use).
 * Both read the funnel when they run, not when the buttons were drawn: a tap made before the builder woke runs
 * after what the reader typed before it has been applied, and must carry it.
 */
export function ShareTools({ idp }: { idp: string }) {
  const [status, setStatus] = useState<string | null>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  const copyLink = async () => {
    const codec = await loadCodec().catch(() => null);
    if (!codec) return setStatus(OFFLINE);
    const url = `${location.origin}${location.pathname}#f=${codec.encodeFunnel($funnelView.get().funnel)}`;
    if (await copyText(url)) {
      setFallback(null);
      setStatus('Link copied. Anyone who opens it sees this funnel; their own saved funnel is not changed.');
    } else {
      setFallback(url);
      setStatus('Your browser did not allow copying. Copy the link from the box below.');
    }
  };
  const csv = async () => {
    const csvModule = await import('../../lib/funnel/csv').catch(() => null);
    if (!csvModule) return setStatus(OFFLINE);
    const view = $funnelView.get();
    downloadText(csvModule.funnelCsv(view, scenarioName(view)), 'funnel.csv', 'text/csv;charset=utf-8');
    setStatus('The settings and table were downloaded as funnel.csv.');
  };
  return (
    <div class="share-tools no-print">
      <div class="button-row">
        <Button class="btn btn-secondary" onClick={copyLink} onPointerEnter={prefetchCodec} onFocus={prefetchCodec}>
          Copy link to this funnel
        </Button>
        <Button class="btn btn-secondary" onClick={csv}>
          Download as CSV
        </Button>
      </div>
      <p role="status">{status}</p>
      {fallback && (
        <div class="field">
          <label for={`${idp}-link-text`}>Link to this funnel</label>
          <input
            id={`${idp}-link-text`}
            type="text"
            readOnly
            value={fallback}
            onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
          />
        </div>
      )}
    </div>
  );
}
