/**
 * Readability and originality checks for guide content: plain text from MDX,
 * a Flesch–Kincaid grade, and the runs of words two texts share.
 * Pure functions so the content test and their own unit test can use them.
 */

/** Sentence-ending punctuation, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?]+["'’”)\]]*$/;

/**
 * The prose a reader sees in an MDX body, one block per line, each block ending
 * in a full stop so that headings and list items count as sentences (as a reader
 * takes them). Drops frontmatter, import/export statements (up to the next blank
 * line, so multi-line data exports go too), code, comments and JSX tags, keeping
 * the text between tags (a `<Term>`'s word is read by the reader).
 */
export function mdxToProse(source: string): string {
  const body = source
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '')
    .replace(/^(import|export)\s[\s\S]*?(?=\n\s*\n|(?![\s\S]))/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '');
  return body
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s*(#{1,6}\s+|[-+]\s+|\d+[.)]\s+|>\s*|\|)/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => /[\p{L}\p{N}]/u.test(line) && !/^\|?\s*:?-{3,}/.test(line))
    .map((line) => (SENTENCE_END.test(line) || line.endsWith(':') ? line.replace(/:$/, '.') : `${line}.`))
    .join('\n');
}

/** Words: runs of letters or digits, with inner apostrophes and hyphens kept. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Sentences: at least one, split after . ! or ? followed by a space or line end. */
export function sentenceCount(text: string): number {
  const parts = text.split(/[.!?]+["'’”)\]]*(?:\s+|$)/).filter((s) => /[\p{L}\p{N}]/u.test(s));
  return Math.max(1, parts.length);
}

/**
 * Syllables in an English word by the usual heuristic: vowel groups, less a
 * silent final "e" or "-es"/"-ed". Never less than 1. Numbers count as 1 per
 * digit group, which is close enough for a readability score.
 */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[’']/g, '');
  if (/^\d/.test(w)) return 1;
  return w.split('-').reduce((sum, part) => sum + partSyllables(part), 0) || 1;
}

function partSyllables(part: string): number {
  let w = part.replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  w = w
    .replace(/([^aeiouycgsxz])es$/, '$1')
    .replace(/([^laeiouy])e$/, '$1')
    .replace(/([^td])ed$/, '$1')
    .replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 0);
}

/** Counts behind a readability score, for reports and tests. */
export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

export function textStats(text: string): TextStats {
  const ws = words(text);
  return {
    words: ws.length,
    sentences: sentenceCount(text),
    syllables: ws.reduce((sum, w) => sum + syllables(w), 0),
  };
}

/**
 * Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per
 * word − 15.59 (Kincaid et al., 1975). Roughly the US school grade needed to
 * read the text. Returns 0 for text without words, never NaN.
 */
export function fleschKincaidGrade(text: string): number {
  const s = textStats(text);
  if (s.words === 0) return 0;
  return 0.39 * (s.words / s.sentences) + 11.8 * (s.syllables / s.words) - 15.59;
}

/**
 * Words for comparing two texts: lower case, curly quotes made straight,
 * apostrophes dropped ("business’s" = "business's" = "businesss") and every
 * other mark treated as a space.
 */
export function normalisedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/[’‘`']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** Every run of `n` consecutive normalised words in the text. */
export function wordRuns(text: string, n = 8): Set<string> {
  const ws = normalisedWords(text);
  const runs = new Set<string>();
  for (let i = 0; i + n <= ws.length; i++) runs.add(ws.slice(i, i + n).join(' '));
  return runs;
}

/** Runs of `n` words that `text` shares with `source`, in the order they occur in `text`. */
export function sharedRuns(source: string, text: string, n = 8): string[] {
  const fromSource = wordRuns(source, n);
  return [...wordRuns(text, n)].filter((run) => fromSource.has(run));
}
