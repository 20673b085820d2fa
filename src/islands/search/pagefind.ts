import {
  HIGHLIGHT_PARAM,
  meaningfulTerms,
  mergeRelaxed,
  pagefindFilters,
  toShownResult,
  type ResultData,
  type SearchState,
  type ShownResult,
} from '../../lib/search';

/** The parts of Pagefind's browser API this site uses. */
interface PagefindApi {
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
}

export const PAGE_SIZE = 8;

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind on first use only. The URL is built at run time so Vite never
 * bundles or rewrites it: the index is written after the site is built.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', location.origin).href;
    const pf = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // pageLength 0.5 (default 0.75): the glossary is one long page of many short entries,
    // and the default length penalty buried a term's definition below passing mentions.
    await pf.options({ excerptLength: 22, highlightParam: HIGHLIGHT_PARAM, ranking: { pageLength: 0.5 } });
    await pf.init();
    return pf;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Runs a query after a short pause in typing. Resolves to null when a newer query
 * superseded this one, so the UI only ever shows the latest results.
 */
export async function search(state: SearchState, debounceMs = 100): Promise<SearchOutcome | null> {
  const pf = await loadPagefind();
  const opts = { filters: pagefindFilters(state) };
  const raw = await pf.debouncedSearch(state.q, opts, debounceMs);
  if (!raw) return null;
  let hits = raw.results;
  const terms = meaningfulTerms(state.q);
  const isWholeQuery = terms.length === 1 && terms[0] === state.q.trim().toLowerCase();
  if (hits.length < RELAX_BELOW && terms.length > 0 && !isWholeQuery) {
    const perTerm = await Promise.all(terms.map((t) => pf.search(t, opts)));
    hits = mergeRelaxed(
      hits,
      perTerm.map((r) => r.results),
    );
  }
  let shown = 0;
  const page = async () => {
    const slice = hits.slice(shown, shown + PAGE_SIZE);
    shown += slice.length;
    return (await Promise.all(slice.map((r) => r.data()))).map((d) => toShownResult(d, state.q));
  };
  return { total: hits.length, results: await page(), more: page };
}
