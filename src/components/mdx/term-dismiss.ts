/**
 * Glossary terms in chapters. Hover and keyboard focus show the definition with CSS alone;
 * this adds what CSS cannot:
 * - Escape hides a definition without moving the pointer or focus (WCAG 1.4.13). It shows
 *   again once the reader moves on.
 * - On a touch screen, a tap on a term opens its definition in place (with a link to the full
 *   glossary entry) instead of leaving the chapter; tapping that link navigates, tapping the
 *   term again or anywhere else closes it.
 */
import type { TermTouch } from './term-touch';

export function setUpTermDismissal(doc: Document): void {
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of doc.querySelectorAll('.term:hover, .term:focus-within')) term.classList.add('is-dismissed');
    for (const term of doc.querySelectorAll<HTMLElement>('.term.is-open')) term.classList.remove('is-open');
  });
  const reset = (event: Event) => {
    for (const term of doc.querySelectorAll('.term.is-dismissed')) {
      if (!(event.target instanceof Node) || !term.contains(event.target)) term.classList.remove('is-dismissed');
    }
  };
  doc.addEventListener('focusin', reset);
  doc.addEventListener('pointerover', reset);

  // The tap-to-open code loads on the first touch, so readers with a mouse never fetch it. A tap
  // that comes before it has loaded is held back and opens the definition once it is there.
  let touch = false;
  let touchUi: TermTouch | null = null;
  let loading: Promise<void> | null = null;
  doc.addEventListener(
    'pointerdown',
    (event) => {
      touch = event.pointerType === 'touch';
      if (touch) loading ??= import('./term-touch').then((m) => void (touchUi = m.setUpTermTouch(doc)));
    },
    true,
  );
  doc.addEventListener('click', (event) => {
    const term = event.target instanceof Element ? event.target.closest<HTMLElement>('.term') : null;
    if (touchUi || !touch || !loading || !term || !(event.target as Element).closest('.term-link')) return;
    event.preventDefault();
    void loading.then(() => touchUi?.open(term));
  });
}
