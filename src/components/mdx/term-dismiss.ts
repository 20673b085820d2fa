/**
 * Escape hides a term's definition without moving the pointer or focus
 * (WCAG 1.4.13). The definition shows again once the reader moves on.
 */
export function setUpTermDismissal(doc: Document): void {
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of doc.querySelectorAll('.term:hover, .term:focus-within')) term.classList.add('is-dismissed');
  });
  const reset = (event: Event) => {
    for (const term of doc.querySelectorAll('.term.is-dismissed')) {
      if (!(event.target instanceof Node) || !term.contains(event.target)) term.classList.remove('is-dismissed');
    }
  };
  doc.addEventListener('focusin', reset);
  doc.addEventListener('pointerover', reset);
}
