/**
 * Search helpers with no DOM: filter values, Pagefind filter objects, safe excerpt
 * parsing and term matching for highlights. No zod here, so the search dialog stays
 * small; the URL codec of /search/ is in search-url.ts.
 */

/** Section filter values: BaseLayout gives every indexed page exactly one, from `sectionOf`. */
export const SECTIONS = ['Guide', 'Glossary', 'Tools', 'Practice', 'Paths'] as const;
/** Audience filter values, as pages emit them with `data-pagefind-filter="audience:…"`. */
export const AUDIENCES = ['Student', 'New hire', 'Manager'] as const;
export type Section = (typeof SECTIONS)[number];
export type AudienceFilter = (typeof AUDIENCES)[number];

/** First path segments of each section other than the guide (chapters, home and about). */
const SECTION_ROOTS = new Map<string, Section>([
  ['glossary', 'Glossary'],
  ['funnel', 'Tools'],
  ['assessment', 'Tools'],
  ['progress', 'Tools'],
  ['practice', 'Practice'],
  ['paths', 'Paths'],
  ['onboarding', 'Paths'],
]);

/** The one search section a page belongs to, from its path: one rule for the whole site. */
export function sectionOf(path: string): Section {
  const root = path.split('/').find(Boolean) ?? '';
  return SECTION_ROOTS.get(root) ?? 'Guide';
}

/** Query parameter that carries the searched words to the page a result opens. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
/** Longest query kept from a URL; longer text is cut, never rejected. */
export const MAX_QUERY = 200;

/** What a search is: the words and the ticked filters. */
export interface SearchState {
  q: string;
  section: Section[];
  audience: AudienceFilter[];
}

export const emptySearch: SearchState = { q: '', section: [], audience: [] };

/** Pagefind filter object: any ticked value within a group, every group at once. */
export function pagefindFilters(state: Pick<SearchState, 'section' | 'audience'>): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  if (state.section.length) filters.section = { any: [...state.section] };
  if (state.audience.length) filters.audience = { any: [...state.audience] };
  return filters;
}

/** A run of excerpt text, marked when it matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Turns a Pagefind excerpt into text segments without ever treating it as HTML.
 * Pagefind escapes only `<` and `>` in page text and wraps matched words in `<mark>`;
 * any other tag-like text is kept as text, so nothing can become markup.
 */
export function parseExcerpt(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part) {
      const text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      const last = segments[segments.length - 1];
      if (last && last.mark === mark) last.text += text;
      else segments.push({ text, mark });
    }
  }
  return segments;
}

/**
 * The words to highlight on a page opened from a result, from its `pagefind-highlight` params:
 * topic words only, so "who sets the price" marks "sets" and "price", never every "the".
 */
export function highlightTerms(search: string): string[] {
  const words = new URLSearchParams(search)
    .getAll(HIGHLIGHT_PARAM)
    .flatMap((v) => v.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u))
    .map((w) => w.replace(/^['’-]+|['’-]+$/g, ''))
    .filter((w) => w.length >= 2 && !STOP_WORDS.has(w));
  return [...new Set(words)].slice(0, 10);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where the terms occur in `text`, as [start, end) ranges in order, without overlaps.
 * A term matches at the start of a word and runs to the end of that word, so "call"
 * also marks "calls" and "called", the way Pagefind's stemming finds them.
 */
export function findMatches(text: string, terms: string[]): [number, number][] {
  if (!terms.length || !text) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(pattern)) {
    if (m[0].length) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** Shape of one Pagefind result once its data is loaded (the parts this site uses). */
export interface ResultData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text. */
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: SubResultData[];
}

/** A heading-level match inside a page, as Pagefind returns it. */
export interface SubResultData {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score?: number }[];
}

const subScore = (s: SubResultData) =>
  (s.weighted_locations ?? []).reduce((n, l) => n + (Number.isFinite(l.balanced_score) ? l.balanced_score! : 0), 0);

/** A result as the search UI shows it. */
export interface ShownResult {
  url: string;
  title: string;
  section: string;
  excerpt: Segment[];
  subResults: { title: string; url: string; excerpt: Segment[] }[];
}

const withoutQuery = (url: string) => url.replace(/[?#].*$/, '');

/** How well a heading's title names the query: 3 is it, 2 starts with it, 1 holds every word, 0 neither. */
function titleMatch(title: string, q: string): number {
  const t = title.toLowerCase();
  const query = q.trim().toLowerCase();
  if (!query) return 0;
  // The term itself ("Brand", "SLA (Service-level agreement)") before longer ones that start with it ("Brand building").
  if (t === query || t.startsWith(`${query} (`)) return 3;
  if (t.startsWith(query)) return 2;
  const words = query.split(/\s+/);
  return words.every((w) => t.includes(w)) ? 1 : 0;
}

/**
 * Prepares a result for display: the page's own top-of-page sub-result is dropped (the
 * page link already covers it), headings are ordered so that one named by the query
 * comes first (the glossary term "Customer" before the terms that merely mention
 * customers), then by how well they match; at most `maxSub` are kept.
 */
export function toShownResult(data: ResultData, q = '', maxSub = 3): ShownResult {
  const page = withoutQuery(data.url);
  const subs = (data.sub_results ?? [])
    .filter((s) => /#./.test(s.url))
    .map((s, i) => ({ s, i, named: titleMatch(s.title, q), score: subScore(s) }))
    .sort((a, b) => b.named - a.named || b.score - a.score || a.i - b.i)
    .map(({ s }) => s);
  return {
    url: data.url,
    title: data.meta.title?.trim() || page,
    section: data.filters?.section?.[0] ?? '',
    excerpt: parseExcerpt(data.excerpt),
    subResults: subs.slice(0, maxSub).map((s) => ({ title: s.title, url: s.url, excerpt: parseExcerpt(s.excerpt) })),
  };
}

/** "3 results for “pricing”", in words a screen reader announces well. */
export function resultSummary(count: number, q: string): string {
  if (!q.trim()) return '';
  if (count === 0) return `No results for “${q.trim()}”.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${q.trim()}”.`;
}

/** Words that carry no topic; dropped when a question finds too little ("who owns pricing?"). */
const STOP_WORDS = new Set(
  'a an and are as at be by can do does for from how i in is it its me my of on or our should the their to vs versus we what when where which who why will with you your'.split(
    ' ',
  ),
);

/** The topic words of a query, lower-cased, without stop words or repeats. */
export function meaningfulTerms(q: string): string[] {
  const words = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w && !STOP_WORDS.has(w));
  return [...new Set(words)];
}

/** A Pagefind hit before its data is loaded. */
export interface Hit {
  id: string;
  score: number;
}

/**
 * Pagefind only returns pages that contain every word. When that finds too little, the
 * pages found for single topic words follow, by the sum of their Pagefind scores (as an
 * "any word" query would rank them: a rare word such as "pricing" outweighs a common one
 * such as "owns"). Pages that matched every word keep their place at the top.
 */
export function mergeRelaxed<T extends Hit>(strict: T[], perTerm: T[][]): T[] {
  const seen = new Set(strict.map((r) => r.id));
  const extra = new Map<string, { hit: T; score: number }>();
  for (const list of perTerm) {
    for (const hit of list) {
      if (seen.has(hit.id)) continue;
      const e = extra.get(hit.id) ?? { hit, score: 0 };
      e.score += Number.isFinite(hit.score) ? hit.score : 0;
      extra.set(hit.id, e);
    }
  }
  const rest = [...extra.values()].sort((a, b) => b.score - a.score).map((e) => e.hit);
  return [...strict, ...rest];
}

/** Common English endings, longest first, cut to find the stem Pagefind would match ("pricing" → "pric"). */
const ENDINGS = ['ing', 'ies', 'es', 'ed', 'ly', 's'];

/** The word and its stem without a common ending (at least three letters left). */
export function wordStems(word: string): string[] {
  const w = word.toLowerCase();
  const ending = ENDINGS.find((e) => w.endsWith(e) && w.length - e.length >= 3);
  return ending ? [w, w.slice(0, -ending.length)] : [w];
}

/**
 * True when one of the texts has the word, or its stem, at the start of a word. Pagefind also
 * returns near misses ("markting" finds "marked"); this tells a real match from one of those.
 */
export function hasWord(texts: string[], word: string): boolean {
  const patterns = wordStems(word).map((s) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(s)}`, 'iu'));
  return texts.some((t) => patterns.some((p) => p.test(t)));
}
