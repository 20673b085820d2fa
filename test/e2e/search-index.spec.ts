import { test, expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { builtPagePaths } from './sitemap';
import { SECTIONS, sectionOf, toShownResult, type ResultData } from '../../src/lib/search';

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
      // A chapter's check page repeats the questions for readers without JavaScript; search finds the chapter.
      if (p.endsWith('/check/')) continue;
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
      expect(p.filters?.section, `${p.url} is not in exactly one section`).toEqual([sectionOf(path(p.url))]);
      expect(p.filters?.audience?.length, `${p.url} has no audience filter`).toBeGreaterThan(0);
    }
  });

  test('each section filter holds its own pages: progress is a tool, the sort exercise is practice', async ({
    page,
  }) => {
    const pf = await pagefindIn(page);
    const inSection = async (section: string) =>
      (await pf.search(null, 500, { section })).map((p) => path(p.url)).sort();
    const all = (await pf.search(null, 500)).length;
    let counted = 0;
    for (const section of SECTIONS) {
      const pages = await inSection(section);
      expect(pages.length, `${section} is empty`).toBeGreaterThan(0);
      counted += pages.length;
    }
    expect(counted).toBe(all);
    expect(await inSection('Paths')).not.toContain('/progress/');
    expect(await inSection('Paths')).not.toContain('/practice/sort/');
    expect(await inSection('Tools')).toContain('/progress/');
    expect(await inSection('Practice')).toEqual([
      '/practice/',
      '/practice/negotiating-the-sla/',
      '/practice/pipeline-review/',
      '/practice/review/',
      '/practice/sdr-morning-inbox/',
      '/practice/sort/',
    ]);
  });

  test('interface text is not indexed: buttons, labels, status text, audience tags and progress', async ({ page }) => {
    const pf = await pagefindIn(page);
    const pages = await pf.search(null, 500);
    const uiText = [
      'StudentNew hire',
      'Copy SLA as text',
      'Print SLA',
      'Show the answer',
      'Reveal the answer',
      'Move up',
      'Download table as CSV',
      'Take the check.',
      'steps done',
      'To do Read',
      'Delete all progress',
      'Your best score will appear here',
    ];
    for (const p of pages) {
      for (const text of uiText) expect(p.content, `${p.url} indexes "${text}"`).not.toContain(text);
    }
    // The queries from the bug report: nothing that answers them is interface text.
    for (const q of ['marked as read', 'Copy SLA as text', 'Print SLA']) {
      for (const r of await pf.search(q, 50)) {
        expect(r.excerpt, `"${q}" matched interface text on ${r.url}`).not.toMatch(
          /Mark as read\.|Copy SLA as text|Print SLA|StudentNew/,
        );
      }
    }
    // "Mark as read" is a button under every chapter and a cell in every row of the progress table.
    for (const p of pages.filter((x) => /^\/guide\/.|^\/progress\/$/.test(path(x.url)))) {
      expect(p.content.match(/Mark as read/g)?.length ?? 0, `${p.url} indexes "Mark as read"`).toBeLessThanOrEqual(
        path(p.url) === '/progress/' ? 1 : 0,
      );
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
  ['marketing mix', '/guide/selling-in-the-marketing-mix/'],
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
  ['who sets the price', '/guide/what-marketing-does/'],
  ['buyer persona', '/glossary/#buyer-persona'],
  ['sales cycle', '/glossary/#sales-cycle'],
  ['demand waterfall', '/guide/funnel-and-handoff/'],
  ['four Ps', '/guide/what-marketing-does/'],
  ['voice of the customer', '/guide/what-marketing-does/'],
  ['discovery call', '/guide/what-sales-does/'],
  ['conversion rate', '/glossary/#conversion-rate'],
  ['spaced review', '/practice/review/'],
  ['marketing or sales', '/practice/sort/'],
];

/** A query equal to a glossary term, or its abbreviation, leads with that entry. */
const GLOSSARY_FIRST: [query: string, id: string][] = [
  ['SLA', 'sla'],
  ['ABM', 'abm'],
  ['MQL', 'mql'],
  ['ICP', 'icp'],
  ['lead scoring', 'lead-scoring'],
  ['win rate', 'win-rate'],
  ['RevOps', 'revops'],
  ['service-level agreement', 'sla'],
  ['account-based marketing', 'abm'],
  ['BANT', 'bant'],
];

/** A page title outweighs body text: the page whose title the query is comes first. */
const TITLE_FIRST: [query: string, expected: string][] = [
  ['What sales does', '/guide/what-sales-does/'],
  ['The rivalry', '/guide/the-rivalry/'],
  ['Working as one', '/guide/working-as-one/'],
  ['Four kinds of relationship', '/guide/four-kinds-of-relationship/'],
];

/** Misspellings: search offers the right word, and following the offer finds the page. */
const MISSPELLED: [query: string, meant: string, expected: string][] = [
  ['markting', 'marketing', '/guide/what-marketing-does/'],
  ['lead scorring', 'lead scoring', '/glossary/#lead-scoring'],
  ['pipline', 'pipeline', '/glossary/#pipeline'],
  ['segmantation', 'segmentation', '/glossary/#segmentation'],
  ['qouta', 'quota', '/glossary/#quota'],
  ['revnue operations', 'revenue operations', '/guide/working-as-one/'],
  ['converson rate', 'conversion rate', '/glossary/#conversion-rate'],
];

const QUERY_COUNT = RANKING.length + GLOSSARY_FIRST.length + TITLE_FIRST.length + MISSPELLED.length;

/** The top results as the /search/ page shows them: page paths and the anchors of their headings. */
async function topResults(page: Page, n = 3): Promise<{ url: string; subs: string[] }[]> {
  await expect(page.getByRole('status')).toContainText(/results? for/);
  const top: { url: string; subs: string[] }[] = [];
  for (const r of (await page.locator('.search-result').all()).slice(0, n)) {
    top.push({
      url: path((await r.locator('a[data-top]').getAttribute('href'))!),
      subs: await r
        .locator('.search-subresults a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1))),
    });
  }
  return top;
}

async function expectInTopThree(page: Page, query: string, expected: string) {
  const [want, fragment] = expected.split('#') as [string, string | undefined];
  const top = await topResults(page);
  const hit = top.find((r) => r.url === want);
  expect.soft(hit, `top three for "${query}": ${top.map((r) => r.url).join(', ')}`).toBeTruthy();
  if (hit && fragment) expect.soft(hit.subs, `headings under ${want} for "${query}"`).toContain(fragment);
}

test.describe('search ranking', () => {
  // One test per table of queries, each query through the real search page, so the ranking is
  // exactly what a reader sees. Soft assertions report every query that misses, not just the first.
  test(`readers' queries (${RANKING.length}) find the page they mean in the top three`, async ({ page }) => {
    test.setTimeout(180_000);
    expect(QUERY_COUNT, 'the ranking test asks at least 30 queries').toBeGreaterThanOrEqual(30);
    const built = builtPagePaths();
    for (const [query, expected] of RANKING) {
      expect.soft(built, `${expected} is not built yet`).toContain(expected.split('#')[0]);
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expectInTopThree(page, query, expected);
    }
  });

  test('a query equal to a glossary term or its abbreviation leads with that entry', async ({ page }) => {
    test.setTimeout(120_000);
    for (const [query, id] of GLOSSARY_FIRST) {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const [first] = await topResults(page, 1);
      expect.soft(first?.url, `"${query}" leads with`).toBe('/glossary/');
      expect.soft(first?.subs[0], `"${query}" leads with the heading`).toBe(id);
    }
  });

  test('a page title finds that page first', async ({ page }) => {
    for (const [query, expected] of TITLE_FIRST) {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const [first] = await topResults(page, 1);
      expect.soft(first?.url, `"${query}" leads with`).toBe(expected);
    }
  });

  test('a misspelt query offers the right word, and following the offer finds the page', async ({ page }) => {
    test.setTimeout(120_000);
    for (const [query, meant, expected] of MISSPELLED) {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const offer = page.getByRole('status').getByRole('button', { name: meant, exact: true });
      await expect(page.getByRole('status')).toContainText(`Did you mean ${meant}?`);
      await offer.click();
      await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue(meant);
      await expect(page.getByRole('searchbox', { name: 'Search for' })).toBeFocused();
      await expect(page.getByRole('status')).toContainText(`for “${meant}”`);
      await expectInTopThree(page, meant, expected);
    }
  });
});
