/**
 * Enhances the header's <details> disclosures (the "Tools" list and the phone "Menu", whose panel
 * is its next sibling), which already work without JavaScript: Escape closes the innermost open
 * one and returns focus to its button, and a click or focus outside closes it, as readers expect
 * of a menu over the page.
 */
export function initMenu(): void {
  // Innermost first: the Tools list sits inside the phone menu's panel.
  const all = [...document.querySelectorAll<HTMLDetailsElement>('header details')].reverse();
  const inside = (d: HTMLDetailsElement, t: EventTarget | null) =>
    t instanceof Node && (d.contains(t) || !!d.nextElementSibling?.contains(t));
  document.addEventListener('keydown', (e) => {
    const d = e.key === 'Escape' && all.find((d) => d.open && inside(d, e.target));
    if (!d) return;
    d.open = false;
    d.querySelector('summary')?.focus();
  });
  const away = (e: Event) =>
    all.forEach((d) => {
      if (d.open && !inside(d, e.target)) d.open = false;
    });
  document.addEventListener('click', away);
  document.addEventListener('focusin', away);
}
