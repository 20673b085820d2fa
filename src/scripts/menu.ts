/**
 * Enhances the header's <details> menu, which already works without JavaScript: Escape closes
 * it and returns focus to the button, and a click or focus outside closes it, as readers expect
 * of a menu that covers the page.
 */
export function initMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>('details[data-menu]');
  const summary = menu?.querySelector('summary');
  const panel = summary && document.getElementById(summary.getAttribute('aria-controls') ?? '');
  if (!menu || !summary || !panel) return;
  const inside = (t: EventTarget | null) => t instanceof Node && (menu.contains(t) || panel.contains(t));
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !menu.open || !inside(e.target)) return;
    menu.open = false;
    summary.focus();
  });
  document.addEventListener('click', (e) => {
    if (menu.open && !inside(e.target)) menu.open = false;
  });
  document.addEventListener('focusin', (e) => {
    if (menu.open && !inside(e.target)) menu.open = false;
  });
}
