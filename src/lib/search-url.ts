import '../schemas/no-eval';
import * as z from 'zod/mini';
import { AUDIENCES, MAX_QUERY, SECTIONS, emptySearch, type SearchState } from './search';

/**
 * Untrusted URL state of /search/, as read. The clean-up below (cutting the query, dropping
 * unknown filters) is plain code rather than zod transforms, which would add their own code
 * to the zod bundle every widget page shares.
 */
const searchStateSchema = z.strictObject({
  /** The words searched for. */
  q: z.string(),
  /** Ticked section filters (Guide, Glossary, Tools, Paths). */
  section: z.array(z.string()),
  /** Ticked audience filters (Student, New hire, Manager). */
  audience: z.array(z.string()),
});

/** Keeps the known values of a list, once each, in canonical order; unknown values are dropped. */
const known = <T extends string>(allowed: readonly T[], values: string[]) => allowed.filter((v) => values.includes(v));

/** Reads `?q=…&section=…&audience=…`; never throws: anything odd is dropped or cut. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const parsed = searchStateSchema.safeParse({
    q: params.get('q') ?? '',
    section: params.getAll('section'),
    audience: params.getAll('audience'),
  });
  if (!parsed.success) return { ...emptySearch };
  const { q, section, audience } = parsed.data;
  return {
    q: q.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY),
    section: known(SECTIONS, section),
    audience: known(AUDIENCES, audience),
  };
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
