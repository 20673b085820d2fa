import { HIGHLIGHT_PARAM, pagefindFilters, toShownResult, type ResultData, type SearchState, type ShownResult } from '../../lib/search';

/** The parts of Pagefind's browser API this site uses. */
interface PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, opts: { filters: Record<string, unknown> }, ms: number): Promise<RawSearch | null>;
}
interface RawSearch {
  results: { id: string; data(): Promise<ResultData> }[];
}

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
    await pf.options({ excerptLength: 22, highlightParam: HIGHLIGHT_PARAM });
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
  const raw = await pf.debouncedSearch(state.q, { filters: pagefindFilters(state) }, debounceMs);
  if (!raw) return null;
  let shown = 0;
  const page = async () => {
    const slice = raw.results.slice(shown, shown + PAGE_SIZE);
    shown += slice.length;
    return (await Promise.all(slice.map((r) => r.data()))).map((d) => toShownResult(d));
  };
  return { total: raw.results.length, results: await page(), more: page };
}
