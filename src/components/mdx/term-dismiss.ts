/**
 * Glossary terms in chapters. Hover and keyboard focus show the definition with CSS alone;
 * this adds what CSS cannot:
 * - Escape hides a definition without moving the pointer or focus (WCAG 1.4.13). It shows
 *   again once the reader moves on.
 * - On a touch screen, a tap on a term opens its definition in place (with a link to the full
 *   glossary entry) instead of leaving the chapter; tapping that link navigates, tapping the
 *   term again or anywhere else closes it.
 */
export function setUpTermDismissal(doc: Document): void {
  let touch = false;
  const open = () => [...doc.querySelectorAll<HTMLElement>('.term.is-open')];
  const close = (term: HTMLElement) => {
    term.classList.remove('is-open');
    const link = term.querySelector<HTMLElement>('.term-link');
    link?.setAttribute('aria-expanded', 'false');
    if (link === doc.activeElement) link.blur();
  };

  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of doc.querySelectorAll('.term:hover, .term:focus-within')) term.classList.add('is-dismissed');
    open().forEach(close);
  });
  const reset = (event: Event) => {
    for (const term of doc.querySelectorAll('.term.is-dismissed')) {
      if (!(event.target instanceof Node) || !term.contains(event.target)) term.classList.remove('is-dismissed');
    }
  };
  doc.addEventListener('focusin', reset);
  doc.addEventListener('pointerover', reset);

  // Remember how the coming click was made: only a finger turns a term into a popover.
  doc.addEventListener('pointerdown', (event) => (touch = event.pointerType === 'touch'), true);
  doc.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const term = target?.closest<HTMLElement>('.term');
    for (const other of open()) if (other !== term) close(other);
    const link = target?.closest('.term-link');
    if (!touch || !term || !link) return;
    event.preventDefault();
    if (term.classList.contains('is-open')) return close(term);
    term.classList.remove('is-dismissed');
    term.classList.add('is-open');
    link.setAttribute('aria-expanded', 'true');
  });
}
