import { test, expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { builtPagePaths } from './sitemap';
import { toShownResult, type ResultData } from '../../src/lib/search';

interface Indexed extends ResultData {
  content: string;
  anchors?: { id: string; element: string }[];
}

/** Runs Pagefind in the built site's own page, with the options the search UI uses. */
async function pagefindIn(page: Page) {
  await page.goto('/search/');
  await page.evaluate(async () => {
    const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pf.options({ excerptLength: 22, highlightParam: 'pagefind-highlight', ranking: { pageLength: 0.5 } });
    await pf.init();
    (window as unknown as { pf: unknown }).pf = pf;
  });
  return {
    search: (q: string | null, top = 3, filters: Record<string, string> = {}): Promise<Indexed[]> =>
      page.evaluate(
        async ([q, top, filters]) => {
          type Pf = { search(q: string | null, o: object): Promise<{ results: { data(): Promise<unknown> }[] }> };
          const r = await (window as unknown as { pf: Pf }).pf.search(q, { filters });
          return (await Promise.all(r.results.slice(0, top).map((x) => x.data()))) as Indexed[];
        },
        [q, top, filters] as const,
      ),
  };
}

const path = (url: string) => url.replace(/[?#].*$/, '');

test.describe('the search index', () => {
  test('holds only main content: no 404 or search page, navigation, footer or screen-reader-only text', async ({
    page,
  }) => {
    const pf = await pagefindIn(page);
    const pages = await pf.search(null, 500);
    const indexed = pages.map((p) => path(p.url)).sort();
    // Pages marked noindex (search itself, a shared read-only result) must stay out of the index.
    const expected: string[] = [];
    for (const p of builtPagePaths()) {
      const html = await page.request.get(p).then((r) => r.text());
      if (!/<meta name="robots" content="noindex"/.test(html)) expected.push(p);
    }
    expect(indexed).toEqual(expected);
    for (const p of pages) {
      for (const text of [
        'Skip to main content',
        'a free, open guide for students, new hires and managers',
        'On this page',
      ]) {
        expect(p.content, `${p.url} indexes "${text}"`).not.toContain(text);
      }
      expect(p.filters?.section?.length, `${p.url} has no section filter`).toBe(1);
      expect(['Guide', 'Glossary', 'Tools', 'Paths']).toContain(p.filters!.section![0]);
      expect(p.filters?.audience?.length, `${p.url} has no audience filter`).toBeGreaterThan(0);
    }
  });

  test('every glossary term comes back as a heading result that links to its own anchor', async ({ page }) => {
    const pf = await pagefindIn(page);
    const ids = readdirSync('content/glossary')
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.replace(/\.md$/, ''));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const html = await page.request.get('/glossary/').then((r) => r.text());
      const term = html.match(new RegExp(`<h3[^>]*id="${id}"[^>]*>([^<]+)`))?.[1]?.trim();
      expect(term, `no h3#${id} on /glossary/`).toBeTruthy();
      const [glossary] = (await pf.search(term!, 1, { section: 'Glossary' })).map((d) => toShownResult(d, term));
      expect(glossary && path(glossary.url), `"${term}" does not find the glossary`).toBe('/glossary/');
      expect(glossary!.subResults[0]?.url, `"${term}" does not lead with its own heading`).toMatch(
        new RegExp(`^/glossary/\\?pagefind-highlight=[^#]+#${id}$`),
      );
    }
  });
});

/**
 * Real queries a reader types, each with the page (and heading) that must be in the top
 * three. Chapter ids follow the guide's chapter plan; until a chapter exists this fails.
 */
const RANKING: [query: string, expected: string][] = [
  ['cold calls', '/guide/what-sales-does/'],
  ['pricing', '/guide/what-marketing-does/'],
  ['MQL', '/glossary/#mql'],
  ['SQL', '/glossary/#sql'],
  ['service level agreement', '/guide/sla-and-shared-metrics/'],
  ['rivalry', '/guide/the-rivalry/'],
  ['handoff', '/guide/funnel-and-handoff/'],
  ['marketing mix', '/guide/what-marketing-does/'],
  ['networking', '/guide/what-sales-does/'],
  ['win rate', '/glossary/#win-rate'],
  ['four kinds of relationship', '/guide/four-kinds-of-relationship/'],
  ['account-based marketing', '/guide/working-as-one/'],
  ['revenue operations', '/guide/working-as-one/'],
  ['closed-loop feedback', '/guide/sla-and-shared-metrics/'],
  ['forecast demand', '/guide/today-and-tomorrow/'],
  ['who owns pricing', '/guide/what-marketing-does/'],
  ['shared metrics', '/guide/sla-and-shared-metrics/'],
  ['cost of confusion', '/guide/marketing-vs-sales/'],
  ['self-assessment', '/assessment/'],
  ['first week', '/onboarding/'],
];

test.describe('search ranking', () => {
  for (const [query, expected] of RANKING) {
    test(`"${query}" finds ${expected} in the top three`, async ({ page }) => {
      const [want, fragment] = expected.split('#') as [string, string | undefined];
      expect(builtPagePaths(), `${want} is not built yet`).toContain(want);
      // Through the real search page, so the ranking is exactly what a reader sees.
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.getByRole('status')).toContainText(/results? for/);
      const results = page.locator('.search-result');
      const top: { url: string; subs: string[] }[] = [];
      for (const r of (await results.all()).slice(0, 3)) {
        top.push({
          url: path((await r.locator('a[data-top]').getAttribute('href'))!),
          subs: await r
            .locator('.search-subresults a')
            .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1))),
        });
      }
      const hit = top.find((r) => r.url === want);
      expect(hit, `top three for "${query}": ${top.map((r) => r.url).join(', ')}`).toBeTruthy();
      if (fragment) expect(hit!.subs, `headings under ${want}`).toContain(fragment);
    });
  }
});
