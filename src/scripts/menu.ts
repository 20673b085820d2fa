/**
 * Enhances the header's <details> disclosures (the phone "Menu" and the "Tools" list), which
 * already work without JavaScript: Escape closes the innermost open one and returns focus to its
 * button, and a click or focus outside closes it, as readers expect of a menu over the page.
 */
function enhance(details: HTMLDetailsElement, summary: HTMLElement, panel: HTMLElement): void {
  const inside = (t: EventTarget | null) => t instanceof Node && (details.contains(t) || panel.contains(t));
  document.addEventListener('keydown', (e) => {
    // The Tools list sits inside the phone menu: the first handler to close one claims the key.
    if (e.key !== 'Escape' || e.defaultPrevented || !details.open || !inside(e.target)) return;
    e.preventDefault();
    details.open = false;
    summary.focus();
  });
  document.addEventListener('click', (e) => {
    if (details.open && !inside(e.target)) details.open = false;
  });
  document.addEventListener('focusin', (e) => {
    if (details.open && !inside(e.target)) details.open = false;
  });
}

export function initMenu(): void {
  // Inner disclosures first, so their Escape handler runs before the menu's.
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-disclosure]')) {
    const summary = d.querySelector('summary');
    if (summary) enhance(d, summary, d);
  }
  const menu = document.querySelector<HTMLDetailsElement>('details[data-menu]');
  const summary = menu?.querySelector('summary');
  const panel = summary && document.getElementById(summary.getAttribute('aria-controls') ?? '');
  if (menu && summary && panel) enhance(menu, summary, panel);
}
