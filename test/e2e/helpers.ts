import type { Page } from '@playwright/test';

/**
 * Collects console errors, page errors and requests to any other origin while a page is used.
 */
export function watchPage(page: Page, baseURL: string) {
  const origin = new URL(baseURL).origin;
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) problems.push(`third-party request: ${req.url()}`);
  });
  return problems;
}

/**
 * Resolves once every Astro island that should have hydrated by now has: all of them, except
 * `client:visible` and `client:sight` islands outside the viewport, which wait until they are scrolled to, and
 * `client:intent` islands, which wait for the reader's first touch, click, wheel turn or key press. Islands are
 * `display: contents`, so where one is on screen is measured from what it contains.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island')].every((el) => {
      if (!el.hasAttribute('ssr') || el.getAttribute('client') === 'intent') return true;
      if (el.getAttribute('client') !== 'visible' && el.getAttribute('client') !== 'sight') return false;
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      return !(r.top < innerHeight && r.bottom > 0 && r.left < innerWidth && r.right > 0);
    }),
  );
}

/**
 * Sums the layout shifts not caused by the reader's input on every page this test opens (each
 * navigation starts again from 0). Call the returned function to read the current page's total.
 */
export async function watchLayoutShift(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

/** The names of the code chunks a page requests from now on ("Wizard", "TeamReport"…), in order. */
export function watchChunks(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (r) => {
    const m = /\/_astro\/([A-Za-z]+)\.[^/]+\.js$/.exec(new URL(r.url()).pathname);
    if (m) names.push(m[1]!);
  });
  return names;
}

/**
 * The offline support's registration script (src/scripts/offline/sw-register.ts), which every page
 * imports after its load event: not part of any first view or tool, so the in-browser budgets leave
 * it out; test/dist/offline.test.ts caps its size instead.
 */
export const isOfflineRegistration = (url: string) => /\/_astro\/sw-register\.[\w-]+\.js$/.test(new URL(url).pathname);
