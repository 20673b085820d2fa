import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS, sectionOf, type ResultData } from '../../src/lib/search';
import type { PagefindApi } from '../../src/islands/search/pagefind';
import { builtPagePaths } from '../e2e/sitemap';
import { attr, all, page } from './site';
import { builtPagefind, hasIndex } from './pagefind';

/** What the index holds for a page: its text and filters, as Pagefind returns them. */
interface Indexed extends ResultData {
  content: string;
}

const path = (url: string) => url.replace(/[?#].*$/, '');
let pf: PagefindApi;
let restore: () => void;

/** Every indexed page (a null query lists them all), optionally within some filters. */
async function indexed(filters: Record<string, string> = {}): Promise<Indexed[]> {
  const search = pf.search as unknown as (q: null, o: object) => ReturnType<PagefindApi['search']>;
  const r = await search(null, { filters });
  return (await Promise.all(r.results.map((x) => x.data()))) as Indexed[];
}
const pathsIn = async (section: string) => (await indexed({ section })).map((p) => path(p.url)).sort();

describe.skipIf(!hasIndex())('the search index', () => {
  let pages: Indexed[];
  beforeAll(async () => {
    ({ pf, restore } = await builtPagefind());
    pages = await indexed();
  });
  afterAll(() => restore());

  it('holds every page but the noindex ones and the chapter checks, each in one section with an audience', () => {
    const noindex = (p: string) =>
      all(page(p), (e) => e.tagName === 'meta' && attr(e, 'name') === 'robots').some((m) =>
        attr(m, 'content')?.includes('noindex'),
      );
    // A chapter's check page repeats the questions for readers without JavaScript; search finds the chapter.
    const expected = builtPagePaths().filter((p) => !p.endsWith('/check/') && !noindex(p));
    expect(pages.map((p) => path(p.url)).sort()).toEqual(expected.sort());
    for (const p of pages) {
      expect(p.filters?.section, `${p.url} is not in exactly one section`).toEqual([sectionOf(path(p.url))]);
      expect(p.filters?.audience?.length, `${p.url} has no audience filter`).toBeGreaterThan(0);
    }
  });

  it('holds only main content: no navigation, footer, screen-reader-only or interface text', () => {
    const notIndexed = [
      'Skip to main content',
      'a free, open guide for students, new hires and managers',
      'On this page',
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
      for (const text of notIndexed) expect(p.content, `${p.url} indexes "${text}"`).not.toContain(text);
      // "Mark as read" is a button under every chapter and a cell in each row of the progress table.
      const marks = p.content.match(/Mark as read/g)?.length ?? 0;
      expect(marks, `${p.url} indexes "Mark as read"`).toBeLessThanOrEqual(path(p.url) === '/progress/' ? 1 : 0);
    }
  });

  it('answers the queries from the bug report with content, never with interface text', async () => {
    for (const q of ['marked as read', 'Copy SLA as text', 'Print SLA']) {
      const r = await pf.search(q, { filters: {} });
      for (const hit of await Promise.all(r.results.slice(0, 50).map((x) => x.data())))
        expect(hit.excerpt, `"${q}" matched interface text on ${hit.url}`).not.toMatch(
          /Mark as read\.|Copy SLA as text|Print SLA|StudentNew/,
        );
    }
  });

  it('puts each page in its own section: progress is a tool, the sort exercise is practice', async () => {
    let counted = 0;
    for (const section of SECTIONS) {
      const inSection = await pathsIn(section);
      expect(inSection.length, `${section} is empty`).toBeGreaterThan(0);
      counted += inSection.length;
    }
    expect(counted).toBe(pages.length);
    expect(await pathsIn('Paths')).not.toContain('/progress/');
    expect(await pathsIn('Paths')).not.toContain('/practice/sort/');
    expect(await pathsIn('Tools')).toContain('/progress/');
    expect(await pathsIn('Practice')).toEqual([
      '/practice/',
      '/practice/negotiating-the-sla/',
      '/practice/pipeline-review/',
      '/practice/review/',
      '/practice/sdr-morning-inbox/',
      '/practice/sort/',
    ]);
  });
});
