import {
  HIGHLIGHT_PARAM,
  hasWord,
  meaningfulTerms,
  mergeRelaxed,
  pagefindFilters,
  toShownResult,
  type ResultData,
  type SearchState,
  type ShownResult,
} from '../../lib/search';
import { termHref } from '../../lib/glossary';
import { withBase } from '../../lib/base';
import {
  closestName,
  didYouMean,
  glossaryEntryFor,
  normalise,
  rewriteQuery,
  vocabulary,
  type SearchTerms,
} from '../../lib/search-suggest';

/** The parts of Pagefind's browser API this site uses. */
export interface PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, opts: { filters: Record<string, unknown> }): Promise<RawSearch>;
  debouncedSearch(term: string, opts: { filters: Record<string, unknown> }, ms: number): Promise<RawSearch | null>;
}
interface RawHit {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface RawSearch {
  results: RawHit[];
}

/** Below this many pages, a question is searched again word by word. */
const RELAX_BELOW = 3;

/** Results of one query; `more` loads the data of the next page of results. */
export interface SearchOutcome {
  total: number;
  results: ShownResult[];
  more(): Promise<ShownResult[]>;
  /** Topic words of the query that no page has (near misses such as "marked" for "markting" do not count). */
  missing: string[];
  /** A corrected query from the site's titles and glossary terms, when some words found nothing. */
  suggestion?: string;
  /** The query as searched when a glossary name was respaced ("winrate" as "win rate"). */
  searchedAs?: string;
}

export const PAGE_SIZE = 8;

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind on first use only. The URL is built at run time so Vite never
 * bundles or rewrites it: the index is written after the site is built. Both the bundle and the
 * result URLs (`baseUrl`) follow the site's base, so search works wherever the site is served.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = new URL(withBase('/pagefind/pagefind.js'), location.origin).href;
    const pf = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pf.options({ ...PAGEFIND_OPTIONS, baseUrl: withBase('/') });
    await pf.init();
    return pf;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

let terms: Promise<{ list: SearchTerms; vocab: string[] } | undefined> | undefined;

/**
 * The build-time list of titles and glossary terms, fetched with Pagefind on first use. Search
 * still works without it (no suggestions, no glossary-first ordering) if it cannot load.
 */
export function loadTerms(): Promise<{ list: SearchTerms; vocab: string[] } | undefined> {
  terms ??= fetch(withBase('/search-terms.json'))
    .then((r) => (r.ok ? (r.json() as Promise<SearchTerms>) : undefined))
    .then((list) =>
      list && Array.isArray(list.glossary) && Array.isArray(list.titles)
        ? { list, vocab: vocabulary(list) }
        : undefined,
    )
    .catch(() => undefined);
  return terms;
}

/** Whether a word is really on some page: the best few pages Pagefind finds for it alone hold it. */
async function onSomePage(pf: PagefindApi, word: string, opts: { filters: Record<string, unknown> }) {
  const { results } = await pf.search(word, opts);
  const top = await Promise.all(results.slice(0, 3).map((r) => r.data()));
  return hasWord(
    top.map((d) => d.content ?? ''),
    word,
  );
}

/**
 * Runs a query after a short pause in typing. Resolves to null when a newer query
 * superseded this one, so the UI only ever shows the latest results.
 */
export async function search(state: SearchState, debounceMs = 100): Promise<SearchOutcome | null> {
  const [pf, known] = await Promise.all([loadPagefind(), loadTerms()]);
  return searchWith(pf, known, state, debounceMs);
}

/** The options the site passes to Pagefind, shared with the ranking test that runs the built index in Node. */
export const PAGEFIND_OPTIONS = {
  excerptLength: 22,
  highlightParam: HIGHLIGHT_PARAM,
  // pageLength 0.5 (default 0.75): long chapters should not bury a short page that is about the query.
  ranking: { pageLength: 0.5 },
};

/** A search with a loaded Pagefind and term list: what `search` runs, and what the ranking test runs. */
export async function searchWith(
  pf: PagefindApi,
  known: { list: SearchTerms; vocab: string[] } | undefined,
  state: SearchState,
  debounceMs = 100,
): Promise<SearchOutcome | null> {
  const opts = { filters: pagefindFilters(state) };
  const glossary = known?.list.glossary ?? [];
  // "bowtie", "bow-tie" and "hand off" are searched as the pages write them: "bow tie", "handoff".
  const rewritten = rewriteQuery(state.q, glossary);
  const terms = meaningfulTerms(rewritten);
  // "the", "who", "of" match nearly every page and only blur the ranking: search the topic words.
  const query = terms.length ? terms.join(' ') : state.q;
  const raw = await pf.debouncedSearch(query, opts, debounceMs);
  if (!raw) return null;
  let hits = raw.results;
  if (hits.length < RELAX_BELOW && terms.length > 1) {
    const perTerm = await Promise.all(terms.map((t) => pf.search(t, opts)));
    hits = mergeRelaxed(
      hits,
      perTerm.map((r) => r.results),
    );
  }
  // A query that names a glossary term ("SLA", "lead scoring", "cold calling") leads with its page.
  const entry = glossaryEntryFor(state.q, glossary);
  if (entry && (!state.section.length || state.section.includes('Glossary'))) {
    const found = await pf.search(query, { filters: { ...opts.filters, section: { any: ['Glossary'] } } });
    const candidates = found.results.slice(0, 5);
    const urls = await Promise.all(candidates.map(async (h) => (await h.data()).url.replace(/[?#].*$/, '')));
    const own = candidates[urls.indexOf(termHref(entry.id))];
    if (own) hits = [own, ...hits.filter((h) => h.id !== own.id)];
  }
  let shown = 0;
  const page = async () => {
    const slice = hits.slice(shown, shown + PAGE_SIZE);
    shown += slice.length;
    return Promise.all(slice.map((r) => r.data()));
  };
  const first = await page();
  const contents = first.map((d) => d.content ?? '');
  // A word in the results shown is on a page; only a query of several words, whose results may
  // match its other words, needs a search for a word that is not there.
  const found = async (t: string) => hasWord(contents, t) || (terms.length > 1 && (await onSomePage(pf, t, opts)));
  const missing = (await Promise.all(terms.map(async (t) => ((await found(t)) ? '' : t)))).filter(Boolean);
  const suggestion =
    missing.length && known ? (closestName(state.q, glossary) ?? didYouMean(state.q, known.vocab, missing)) : undefined;
  return {
    searchedAs: rewritten !== normalise(state.q) ? rewritten : undefined,
    total: hits.length,
    results: first.map((d) => toShownResult(d, state.q)),
    more: async () => (await page()).map((d) => toShownResult(d, state.q)),
    missing,
    suggestion,
  };
}
