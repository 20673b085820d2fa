/**
 * "Did you mean …?" and glossary-first ranking, from a small list of the site's own titles and
 * glossary terms written at build time (/search-terms.json). Pure functions, no DOM.
 */
import { closest } from '../schemas/edit-distance';

/** A glossary entry as the list carries it: the term, its spelled-out form, its anchor id. */
export interface TermEntry {
  term: string;
  expansion?: string;
  id: string;
}

/** The build-time list: glossary entries and page titles. */
export interface SearchTerms {
  glossary: TermEntry[];
  titles: string[];
}

/** Lower case, hyphens and punctuation as spaces, single spaces: "Service-level agreement" ≈ "service level agreement". */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The glossary entry a query names exactly, by its term ("MQL") or spelled out ("marketing-qualified lead"). */
export function glossaryEntryFor(q: string, glossary: TermEntry[]): TermEntry | undefined {
  const query = normalise(q);
  if (!query) return undefined;
  return glossary.find((t) => normalise(t.term) === query || (t.expansion && normalise(t.expansion) === query));
}

/** Every distinct word of three letters or more in the titles and terms, in the order first seen. */
export function vocabulary(terms: SearchTerms): string[] {
  const phrases = [...terms.titles, ...terms.glossary.flatMap((t) => [t.term, t.expansion ?? ''])];
  const words = phrases.flatMap((p) => normalise(p).split(' ')).filter((w) => w.length >= 3);
  return [...new Set(words)];
}

/** How many typing slips a word of this length may hold and still be recognised. */
const allowedEdits = (word: string) => (word.length <= 4 ? 1 : 2);

/** The closest known word to a word not in the list, or undefined when none is close enough. */
export function closestWord(word: string, vocab: string[]): string | undefined {
  // On a tie the first-seen word wins: titles come before glossary terms in the list.
  return closest(word, vocab, allowedEdits(word));
}

/**
 * A corrected query, word by word: words the list knows (and short words) stay as typed, others
 * become their closest known word. `only`, when given, limits corrections to those words (the
 * ones that found nothing), and drops those of them nothing is close to: offering "xylophone
 * marketing" would only find nothing again. Undefined when no word was corrected.
 */
export function didYouMean(q: string, vocab: string[], only?: string[]): string | undefined {
  const known = new Set(vocab);
  const fix = only && new Set(only.map(normalise));
  const words = normalise(q).split(' ').filter(Boolean);
  let changed = false;
  const fixed = words.flatMap((w) => {
    if (w.length < 4 || known.has(w) || /\d/.test(w) || (fix && !fix.has(w))) return [w];
    const near = closestWord(w, vocab);
    if (near && near !== w) changed = true;
    return near ? [near] : fix ? [] : [w];
  });
  return changed ? fixed.join(' ') : undefined;
}

/** "“xylophone” or “zebra”": words in quotes, joined for a sentence. */
export function listWords(words: string[], joiner = 'or'): string {
  const quoted = words.map((w) => `“${w}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${joiner} ${quoted.at(-1)}`;
}

/**
 * What to tell a reader when some words found nothing: which words, and what the results shown
 * match instead. Empty when every word was found.
 */
export function missingWordsMessage(missing: string[], topicWords: number, total: number): string {
  if (!missing.length) return '';
  const none = `No page has ${listWords(missing)}`;
  if (total === 0) return `${none}.`;
  if (missing.length < topicWords) return `${none}: the results match your other words.`;
  return `${none}: the results are near matches.`;
}
