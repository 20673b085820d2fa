const HIGHLIGHT_PARAM = 'pagefind-highlight';

/**
 * The only search code on every page (well under 2 KB): it listens for the header button,
 * "/" and Ctrl/⌘+K, and imports the dialog and Pagefind on first use. Without JavaScript the
 * button stays a plain link to /search/.
 */

function isTyping(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

async function open(from: Element | null): Promise<void> {
  // On /search/ itself the page's own field is the search box.
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page-input]');
  if (pageInput && !pageInput.disabled) {
    pageInput.focus();
    pageInput.select();
    return;
  }
  let dialog: typeof import('./dialog');
  try {
    dialog = await import('./dialog');
  } catch {
    // An old tab after a deploy, or a dropped connection: the search page works on its own.
    // BASE_URL directly rather than withBase: a constant here, where the script on every page
    // would otherwise load the helper as one more file.
    location.assign(`${import.meta.env.BASE_URL}search/`);
    return;
  }
  await dialog.openSearchDialog(from);
}

export function initSearch(): void {
  document.addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest('[data-search-open]') : null;
    if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void open(link);
  });
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.isComposing) return;
    const modK = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';
    const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target);
    if (!modK && !slash) return;
    e.preventDefault();
    void open(document.activeElement);
  });
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
    void import('./highlight').then((m) => m.highlightPage(location.search));
  }
}
