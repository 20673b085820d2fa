/**
 * How far apart two words are, for "did you mean …?" in search (misspelt queries) and in the
 * build (misspelt frontmatter fields). Pure and dependency-free, so the search bundle can use it
 * without pulling in zod from the schemas that also use it.
 */

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours, so "teh" is one
 * edit from "the"). Stops early and returns `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The candidate nearest to `word` (ignoring case) and at most `max` edits away, or undefined. On a
 * tie the earlier candidate wins, so callers order candidates by preference.
 */
export function closest(word: string, candidates: readonly string[], max: number): string | undefined {
  const w = word.toLowerCase();
  let best: { candidate: string; d: number } | undefined;
  for (const candidate of candidates) {
    const d = editDistance(w, candidate.toLowerCase(), max);
    if (d <= max && (!best || d < best.d)) best = { candidate, d };
  }
  return best?.candidate;
}
