import { useState } from 'preact/hooks';
import { codeDateNote, shareHref } from '../../lib/assessment/code-encode';
import { copyText } from '../shared/clipboard';

/**
 * The result code and share link, with copy buttons that fall back to selecting the text. `date` is
 * the result's own day: when a code cannot hold it, the panel says which day the code records.
 */
export function SharePanel({ code, date }: { code: string; date?: string }) {
  const dateNote = date ? codeDateNote(date) : null;
  const [status, setStatus] = useState('');
  const link = `${location.origin}${shareHref(code)}`;
  async function copy(text: string, what: string, inputId: string) {
    if (await copyText(text)) setStatus(`${what} copied.`);
    else {
      const input = document.getElementById(inputId) as HTMLInputElement | null;
      input?.select();
      setStatus(`Could not copy automatically: the ${what.toLowerCase()} is selected, so press Ctrl+C or ⌘+C.`);
    }
  }
  return (
    <section class="share no-print" aria-labelledby="share-heading">
      <h3 id="share-heading">Share your result</h3>
      <p>
        The code holds your team, team label, the date and your answers: nothing else. Send the link to a colleague to
        show your result, or collect codes from both teams on the <a href="/assessment/team/">team page</a> to see where
        marketing and sales see things differently.
      </p>
      {dateNote && <p class="notice">{dateNote}</p>}
      <p class="field">
        <label for="share-link">Share link</label>
        <span class="copy-row">
          <input id="share-link" type="text" readOnly value={link} />
          <button type="button" class="btn btn-secondary" onClick={() => copy(link, 'Link', 'share-link')}>
            Copy link
          </button>
        </span>
      </p>
      <p class="field">
        <label for="share-code">Result code</label>
        <span class="copy-row">
          <input id="share-code" type="text" readOnly value={code} />
          <button type="button" class="btn btn-secondary" onClick={() => copy(code, 'Code', 'share-code')}>
            Copy code
          </button>
        </span>
      </p>
      <p class="muted" role="status">
        {status}
      </p>
      <p>
        <a href={shareHref(code)}>Open the shared view of this result</a>
      </p>
    </section>
  );
}
