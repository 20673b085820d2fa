/**
 * Which glossary terms a page has already linked. Keyed by the page's
 * `Astro.locals` object, which is new for every page render, so nothing leaks
 * from one page to the next and the entries are collected with the page.
 */
const usesByPage = new WeakMap<object, Set<string>>();

/** True the first time `id` is claimed for this page, false after that. */
export function claimFirstUse(page: object, id: string): boolean {
  let seen = usesByPage.get(page);
  if (!seen) usesByPage.set(page, (seen = new Set()));
  if (seen.has(id)) return false;
  seen.add(id);
  return true;
}
