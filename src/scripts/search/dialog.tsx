import { render } from 'preact';
import { SearchPanel } from '../../islands/search/SearchPanel';
import { loadStylesheet } from '../stylesheet';
import searchCss from './search.css?url';

let dialog: HTMLDialogElement | undefined;
let opener: HTMLElement | null = null;

function close(): void {
  dialog?.close();
}

function create(): HTMLDialogElement {
  const d = document.createElement('dialog');
  d.className = 'search-dialog';
  d.setAttribute('aria-label', 'Search the guide');
  document.body.append(d);
  // Native close (Escape, Close button, a followed result) hands focus back to whatever opened search.
  // If that is hidden by now (a link in the phone menu, which closes as focus leaves it), the header's
  // search button takes focus, so a keyboard user is not sent back to the top of the page.
  d.addEventListener('close', () => {
    if (opener && opener !== document.body) {
      const shown = opener.isConnected && opener.getClientRects().length > 0;
      (shown ? opener : document.querySelector<HTMLElement>('[data-search-open]'))?.focus();
    }
    opener = null;
  });
  // A click on the backdrop lands on the <dialog> itself: the panel fills the whole box.
  d.addEventListener('click', (e) => {
    if (e.target === d) close();
  });
  render(<SearchPanel mode="dialog" onClose={close} />, d);
  return d;
}

/**
 * Opens the modal search dialog (created on first use). showModal() makes the rest of the
 * page inert, so Tab stays inside; the input gets focus with its text selected.
 */
export async function openSearchDialog(from: Element | null): Promise<void> {
  // Styled before it is shown, so the dialog never flashes unstyled.
  await loadStylesheet(searchCss);
  dialog ??= create();
  if (!dialog.open) {
    opener = from instanceof HTMLElement ? from : null;
    dialog.showModal();
  }
  const input = dialog.querySelector<HTMLInputElement>('.search-input');
  input?.focus();
  input?.select();
}
