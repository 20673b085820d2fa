/*
 * Keeps the reader's place in a chapter (localStorage `msg:place`) so "Continue" on the home page
 * and the guide index can bring them back to the heading they were reading. It writes only when
 * the heading changes, and uses no store or schema so the chapter page stays light; everything
 * that reads the place parses it through placeCodec (schemas/reading.ts).
 */
import { headingAt, PLACE_VERSION, shortTitle } from '../lib/learning/place';
import { PLACE_KEY } from '../schemas/storage-keys';

const article = document.querySelector<HTMLElement>('article.chapter[data-chapter]');
const chapter = article?.dataset.chapter;

if (article && chapter) {
  const headings = [...article.querySelectorAll<HTMLHeadingElement>('h2[id], h3[id]')];
  let saved: string | undefined;
  let pending = false;

  const save = () => {
    pending = false;
    const at = headingAt(
      headings.map((h) => ({ id: h.id, title: h.textContent ?? '', top: h.getBoundingClientRect().top })),
      window.innerHeight * 0.25,
    );
    const id = at?.id ?? null;
    if (id === saved) return;
    saved = id ?? '';
    const place = { chapter, heading: id, title: at ? shortTitle(at.title) : '' };
    try {
      localStorage.setItem(PLACE_KEY, JSON.stringify({ v: PLACE_VERSION, data: place }));
    } catch {
      // Private mode or a full quota: the place is a convenience, the chapter works without it.
    }
  };

  save();
  window.addEventListener(
    'scroll',
    () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(save);
    },
    { passive: true },
  );
}
