// Keystroke-to-results timing of the search dialog, shared by `npm run bench` and search-bench.mjs
// so both report the same thing over the same queries.

/** 20 searches a reader would type: terms, headings, tools. */
export const QUERIES = [
  'cold calls',
  'pricing',
  'MQL',
  'service level agreement',
  'rivalry',
  'handoff',
  'marketing mix',
  'networking',
  'win rate',
  'four kinds of relationship',
  'account-based marketing',
  'revenue operations',
  'closed-loop feedback',
  'forecast demand',
  'who owns pricing',
  'SQL',
  'lead',
  'funnel',
  'self-assessment',
  'first week',
];

/**
 * Opens search with "/" on the loaded page, as a reader does, and returns `timed(q)`: it types the
 * query and resolves to the milliseconds from the last keystroke until the status line announces
 * the results for that query (the panel's typing pause included).
 */
export async function searchTimer(page) {
  await page.evaluate(() => {
    window.__lastKey = 0;
    document.addEventListener('keydown', () => (window.__lastKey = performance.now()), true);
  });
  await page.keyboard.press('/');
  const input = page.locator('dialog .search-input');
  await input.waitFor();
  return async function timed(q) {
    await input.fill('');
    await page.waitForFunction(() => document.querySelector('dialog .search-status')?.textContent === '');
    await page.evaluate((q) => {
      const status = document.querySelector('dialog .search-status');
      const want = `“${q.trim()}”`;
      window.__done = new Promise((resolve) => {
        new MutationObserver((_, obs) => {
          if (status.textContent.includes(want)) {
            obs.disconnect();
            resolve(performance.now());
          }
        }).observe(status, { childList: true, subtree: true, characterData: true });
      });
    }, q);
    await page.keyboard.type(q);
    const done = await page.evaluate(() => Promise.race([window.__done, new Promise((r) => setTimeout(r, 10000))]));
    if (typeof done !== 'number') throw new Error(`search for "${q}" announced no result within 10 s`);
    return done - (await page.evaluate(() => window.__lastKey));
  };
}
