/**
 * The glossary hub's filter box: which terms a typed fragment names. Pure, so the island stays
 * small and the rule is tested on its own.
 */
import { joinedKey } from './search-suggest';

/** A term as the hub lists it. */
export interface IndexTerm {
  id: string;
  term: string;
  expansion?: string;
  short: string;
  aliases: string[];
}

/**
 * Terms whose name, spelled-out form or other spelling holds the typed text, ignoring case, spaces
 * and hyphens ("bowtie", "bow-tie" and "bow tie" all find "Bow tie"). An empty box keeps every term.
 */
export function filterTerms<T extends IndexTerm>(query: string, terms: T[]): T[] {
  const q = joinedKey(query);
  if (!q) return terms;
  return terms.filter((t) => [t.term, t.expansion ?? '', ...t.aliases].some((name) => joinedKey(name).includes(q)));
}

/** The first letter a term is listed under. */
export const letterOf = (term: string) => term.trim()[0]?.toUpperCase() ?? '#';

/** "12 of 78 terms", "1 of 78 terms", "78 terms": what the live count says. */
export function countText(shown: number, total: number): string {
  const noun = total === 1 ? 'term' : 'terms';
  return shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`;
}
