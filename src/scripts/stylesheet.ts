const loading = new Map<string, Promise<void>>();

/**
 * Links a stylesheet once and resolves when it has loaded (or failed: unstyled beats stuck).
 * The search dialog, the search-word highlighter and the offline update notice load their CSS this way, on first use:
 * imported normally, Astro would link it in the <head> of every page, on every reader's first view.
 */
export function loadStylesheet(href: string): Promise<void> {
  let done = loading.get(href);
  if (!done) {
    done = new Promise<void>((resolve) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.addEventListener('load', () => resolve(), { once: true });
      link.addEventListener('error', () => resolve(), { once: true });
      document.head.append(link);
    });
    loading.set(href, done);
  }
  return done;
}
