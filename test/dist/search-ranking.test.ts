import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptySearch } from '../../src/lib/search';
import { vocabulary, type SearchTerms } from '../../src/lib/search-suggest';
import { searchWith, type PagefindApi } from '../../src/islands/search/pagefind';
import { builtPagefind, hasIndex } from './pagefind';

/**
 * Natural queries a reader types, each with the page that must be among the first two results the
 * search UI shows. Runs the real built index (dist/pagefind) through the same code as the search
 * dialog, in Node: Pagefind's browser script only needs `fetch`, served here from dist/.
 */
const RANKING: [query: string, expected: string][] = [
  // From issue 27: hyphen, space and joined spellings of one term.
  ['bow-tie', '/glossary/bow-tie/'],
  ['bowtie', '/glossary/bow-tie/'],
  ['bow tie', '/glossary/bow-tie/'],
  ['hand off', '/glossary/handoff/'],
  ['handoff', '/glossary/handoff/'],
  ['hand-off', '/glossary/handoff/'],
  ['handoff', '/guide/funnel-and-handoff/'],
  ['winrate', '/glossary/win-rate/'],
  ['win rate', '/glossary/win-rate/'],
  ['win-rate', '/glossary/win-rate/'],
  // Abbreviations and terms lead with their glossary page.
  ['MQL', '/glossary/mql/'],
  ['SQL', '/glossary/sql/'],
  ['SLA', '/glossary/sla/'],
  ['ABM', '/glossary/abm/'],
  ['ICP', '/glossary/icp/'],
  ['BANT', '/glossary/bant/'],
  ['RevOps', '/glossary/revops/'],
  ['lead scoring', '/glossary/lead-scoring/'],
  ['service-level agreement', '/glossary/sla/'],
  ['account-based marketing', '/glossary/abm/'],
  ['buyer persona', '/glossary/buyer-persona/'],
  ['sales cycle', '/glossary/sales-cycle/'],
  ['conversion rate', '/glossary/conversion-rate/'],
  // Aliases are synonyms of their term.
  ['cold calling', '/glossary/cold-call/'],
  ['lifetime value', '/glossary/lifetime-value/'],
  ['go to market', '/glossary/go-to-market/'],
  // Topics that a chapter or tool teaches.
  ['cold calls', '/guide/what-sales-does/'],
  ['pricing', '/guide/what-marketing-does/'],
  ['service level agreement', '/guide/sla-and-shared-metrics/'],
  ['rivalry', '/guide/the-rivalry/'],
  ['marketing mix', '/glossary/marketing-mix/'],
  ['networking', '/guide/what-sales-does/'],
  ['four kinds of relationship', '/guide/four-kinds-of-relationship/'],
  ['revenue operations', '/guide/working-as-one/'],
  ['closed-loop feedback', '/guide/sla-and-shared-metrics/'],
  ['who owns pricing', '/guide/what-marketing-does/'],
  ['shared metrics', '/guide/sla-and-shared-metrics/'],
  ['cost of confusion', '/guide/marketing-vs-sales/'],
  ['self-assessment', '/assessment/'],
  ['first week', '/onboarding/'],
  ['who sets the price', '/guide/what-marketing-does/'],
  ['demand waterfall', '/guide/funnel-and-handoff/'],
  ['funnel maths', '/guide/scoring-and-funnel-maths/'],
  ['hand-raiser', '/guide/scoring-and-funnel-maths/'],
  ['four Ps', '/guide/what-marketing-does/'],
  ['voice of the customer', '/guide/what-marketing-does/'],
  ['discovery call', '/guide/what-sales-does/'],
  ['spaced review', '/practice/review/'],
  ['marketing or sales', '/practice/sort/'],
  // A page title finds that page.
  ['What sales does', '/guide/what-sales-does/'],
  ['The rivalry', '/guide/the-rivalry/'],
  ['Working as one', '/guide/working-as-one/'],
  ['Four kinds of relationship', '/guide/four-kinds-of-relationship/'],
];

/**
 * Chapters that must stay in the top three: a term page that the query also names ("Marketing mix",
 * "Sales forecast") rightly takes one of the first places.
 */
const TOP_THREE: [query: string, expected: string][] = [
  ['marketing mix', '/guide/selling-in-the-marketing-mix/'],
  ['forecast demand', '/guide/today-and-tomorrow/'],
];

/** Misspellings: search offers the right word, and that word finds the page. */
const MISSPELLED: [query: string, meant: string, expected: string][] = [
  ['winrat', 'win rate', '/glossary/win-rate/'],
  ['bowtei', 'bow tie', '/glossary/bow-tie/'],
  ['markting', 'marketing', '/guide/what-marketing-does/'],
  ['lead scorring', 'lead scoring', '/glossary/lead-scoring/'],
  ['pipline', 'pipeline', '/glossary/pipeline/'],
  ['segmantation', 'segmentation', '/glossary/segmentation/'],
  ['qouta', 'quota', '/glossary/quota/'],
  ['revnue operations', 'revenue operations', '/guide/working-as-one/'],
  ['converson rate', 'conversion rate', '/glossary/conversion-rate/'],
];

const path = (url: string) => url.replace(/[?#].*$/, '');
let pf: PagefindApi;
let restore: () => void;
let known: { list: SearchTerms; vocab: string[] };

/** Rank (1-based) of the expected page among the results the search UI shows, or 0 when it is not in the first 8. */
async function rankOf(query: string, expected: string): Promise<number> {
  const outcome = await searchWith(pf, known, { ...emptySearch, q: query }, 0);
  const urls = (outcome?.results ?? []).map((r) => path(r.url));
  if (process.env.RANKING_TOP) console.log(query, '=>', urls.slice(0, 4).join(' '));
  return urls.indexOf(expected) + 1;
}

describe.skipIf(!hasIndex())('search ranking on the built index', () => {
  beforeAll(async () => {
    ({ pf, restore } = await builtPagefind());
    const list = JSON.parse(readFileSync('dist/search-terms.json', 'utf8')) as SearchTerms;
    known = { list, vocab: vocabulary(list) };
  });
  afterAll(() => restore());

  it(`asks at least 40 queries (${RANKING.length})`, () => {
    expect(RANKING.length).toBeGreaterThanOrEqual(40);
  });

  it('keeps the right page in the top two for every query', async () => {
    const table: string[] = [];
    const misses: string[] = [];
    for (const [query, expected] of RANKING) {
      const rank = await rankOf(query, expected);
      table.push(`${query.padEnd(28)} ${String(rank || '-').padStart(2)}  ${expected}`);
      if (rank < 1 || rank > 2) misses.push(`"${query}": ${expected} is ${rank ? `#${rank}` : 'not in the first 8'}`);
    }
    if (process.env.RANKING_TABLE) console.log(table.join('\n'));
    expect(misses).toEqual([]);
  });

  it("leads with the term's own page for every glossary term's name and spelled-out form", async () => {
    const wrong: string[] = [];
    for (const t of known.list.glossary) {
      for (const name of [t.term, t.expansion].filter((n): n is string => !!n)) {
        const outcome = await searchWith(pf, known, { ...emptySearch, q: name }, 0);
        const first = outcome?.results[0] && path(outcome.results[0].url);
        if (first !== `/glossary/${t.id}/`) wrong.push(`"${name}" → ${first}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(MISSPELLED)('offers "did you mean" for "%s": "%s", which finds %s in the top three', async (query, meant, page) => {
    const outcome = await searchWith(pf, known, { ...emptySearch, q: query }, 0);
    expect(outcome?.suggestion).toBe(meant);
    const rank = await rankOf(meant, page);
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(3);
  });

  it.each(TOP_THREE)('"%s" keeps %s in the top three', async (query, expected) => {
    const rank = await rankOf(query, expected);
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(3);
  });
});
