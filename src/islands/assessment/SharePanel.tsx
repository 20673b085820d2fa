import { useState } from 'preact/hooks';
import { codeDateNote, shareHref } from '../../lib/assessment/code-encode';
import { attemptCode } from '../../lib/assessment/attempt';
import type { Questionnaire } from '../../lib/assessment/questionnaire';
import type { Attempt } from '../../schemas/assessment';
import { copyText } from '../shared/clipboard';
import { withBase } from '../../lib/base';

/**
 * The result code and share link, with copy buttons that fall back to selecting the text. When the
 * attempt's day is outside what a code can hold (a clock set wrong), it says which day the code records.
 */
export function SharePanel({ q, latest }: { q: Questionnaire; latest: Attempt }) {
  // ResultsView shows an attempt only in a questionnaire version this site knows, so it has a code.
  const code = attemptCode(q, latest)!;
  const dateNote = codeDateNote(latest.completedAt.slice(0, 10));
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
        show your result, or collect codes from both teams on the <a href={withBase('/assessment/team/')}>team page</a>{' '}
        to see where marketing and sales see things differently.
      </p>
      {dateNote && <p class="notice">{dateNote}</p>}
      {[
        { id: 'share-link', label: 'Share link', what: 'Link', value: link },
        { id: 'share-code', label: 'Result code', what: 'Code', value: code },
      ].map((f) => (
        <p class="field" key={f.id}>
          <label for={f.id}>{f.label}</label>
          <span class="copy-row">
            <input id={f.id} type="text" readOnly value={f.value} />
            <button type="button" class="btn btn-secondary" onClick={() => copy(f.value, f.what, f.id)}>
              Copy {f.what.toLowerCase()}
            </button>
          </span>
        </p>
      ))}
      <p class="muted" role="status">
        {status}
      </p>
      <p>
        <a href={shareHref(code)}>Open the shared view of this result</a>
      </p>
    </section>
  );
}
