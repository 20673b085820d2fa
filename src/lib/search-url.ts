import '../schemas/no-eval';
import * as z from 'zod/mini';
import { AUDIENCES, MAX_QUERY, SECTIONS, emptySearch, type SearchState } from './search';

/** Keeps the known values of a list, once each, in canonical order; unknown values are dropped. */
function known<T extends string>(allowed: readonly T[]) {
  return z.pipe(z.array(z.string()), z.transform((values: string[]) => allowed.filter((v) => values.includes(v))));
}

/** Untrusted URL state of /search/: anything odd is dropped or cut, never an error. */
export const searchStateSchema = z.object({
  /** The words searched for, trimmed and cut to MAX_QUERY characters. */
  q: z.pipe(z.string(), z.transform((s: string) => s.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY))),
  /** Ticked section filters (Guide, Glossary, Tools, Paths). */
  section: known(SECTIONS),
  /** Ticked audience filters (Student, New hire, Manager). */
  audience: known(AUDIENCES),
});

/** Reads `?q=…&section=…&audience=…`; never throws. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const parsed = searchStateSchema.safeParse({
    q: params.get('q') ?? '',
    section: params.getAll('section'),
    audience: params.getAll('audience'),
  });
  return parsed.success ? parsed.data : { ...emptySearch };
}

/** Writes the state as a query string ("" when empty) so a search can be linked and bookmarked. */
export function toSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const s of state.section) params.append('section', s);
  for (const a of state.audience) params.append('audience', a);
  const text = params.toString();
  return text ? `?${text}` : '';
}

