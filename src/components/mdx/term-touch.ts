/**
 * On a touch screen, a tap on a glossary term opens its definition in place, with a link to
 * the full entry, instead of leaving the chapter. Tapping that link navigates; tapping the term
 * again, anywhere else, or pressing Escape (see term-dismiss.ts) closes it. Loaded on the
 * first touch, before that touch's click, so the first tap already opens the definition.
 */
export interface TermTouch {
  /** Opens a term's definition (used for the tap that loaded this module). */
  open(term: HTMLElement): void;
}

export function setUpTermTouch(doc: Document): TermTouch {
  let touch = true;
  const close = (term: HTMLElement) => {
    term.classList.remove('is-open');
    const link = term.querySelector<HTMLElement>('.term-link');
    link?.setAttribute('aria-expanded', 'false');
    if (link && link === doc.activeElement) link.blur();
  };
  const open = (term: HTMLElement) => {
    const link = term.querySelector('.term-link');
    if (!link) return;
    term.classList.remove('is-dismissed');
    term.classList.add('is-open');
    link.setAttribute('aria-expanded', 'true');
    // Made on first use rather than sent with every term: only touch readers need it.
    const tip = term.querySelector('.term-tip');
    const href = link.getAttribute('href');
    if (tip && href && !tip.querySelector('.term-more')) {
      const more = doc.createElement('a');
      more.className = 'term-more';
      more.href = href;
      more.textContent = 'Full entry in the glossary';
      tip.append(more);
    }
  };
  // Remember how each click is made: only a finger turns a term into a popover.
  doc.addEventListener('pointerdown', (event) => (touch = event.pointerType === 'touch'), true);
  doc.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const term = target?.closest<HTMLElement>('.term');
    for (const other of doc.querySelectorAll<HTMLElement>('.term.is-open')) if (other !== term) close(other);
    const link = target?.closest('.term-link');
    if (!touch || !term || !link) return;
    event.preventDefault();
    if (term.classList.contains('is-open')) return close(term);
    open(term);
  });
  return { open };
}
