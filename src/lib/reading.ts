/** Words in a Markdown/MDX body, ignoring import lines, JSX tags, code fences and link targets. */
export function countWords(body: string): number {
  const prose = body
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`|[\]{}]/g, ' ');
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read at 220 words a minute (an adult reading study text), never less than 1. */
export function readingMinutes(words: number, wordsPerMinute = 220): number {
  if (!Number.isFinite(words) || words <= 0) return 1;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
