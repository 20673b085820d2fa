import './no-eval';
import { z } from 'astro/zod';

/** The three audiences the guide is written for. */
export const audienceSchema = z.enum(['student', 'new-hire', 'manager'], {
  error: 'must be one of "student", "new-hire" or "manager"',
});
export type Audience = z.infer<typeof audienceSchema>;

/** Human labels for audiences, used in navigation, filters and paths. */
export const audienceLabels: Record<Audience, string> = {
  student: 'Student',
  'new-hire': 'New hire',
  manager: 'Manager',
};

/** A checkable source: every figure or claim the guide cites points to one. */
export const sourceSchema = strictObject({
  /** Title of the book, article or report. */
  title: z.string().min(1),
  /** Author(s) or organisation, as printed. */
  author: z.string().min(1),
  /** Publisher, journal or site. */
  publisher: z.string().min(1).optional(),
  /** Year of publication. */
  year: z.number().int().min(1900).max(2100),
  /** A stable link to the source, if it is online. */
  url: z.url({ error: 'must be a full URL, such as https://example.com/article' }).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** Non-empty, trimmed text; the message names what is missing. */
export const text = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

/** The one id rule (see ./slug), for content schemas. */
export { slug, slugRule, SLUG_MAX, SLUG_PATTERN } from './slug';

/** The known field closest to a misspelt one (at most two edits away), if any: `chapters` → `chapter`. */
export function closestField(key: string, allowed: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++)
        row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row;
    }
    return prev[b.length]!;
  };
  const lower = key.toLowerCase();
  let best: { field: string; d: number } | undefined;
  for (const field of allowed) {
    const d = distance(lower, field.toLowerCase());
    if (d <= 2 && (!best || d < best.d)) best = { field, d };
  }
  return best?.field;
}

/** What the build says about fields a schema does not know: each key, a likely fix, and the fields allowed. */
export function unknownFieldsMessage(keys: readonly PropertyKey[], allowed: readonly string[]): string {
  const named = keys.map((k) => {
    const near = closestField(String(k), allowed);
    return near ? `"${String(k)}" (did you mean "${near}"?)` : `"${String(k)}"`;
  });
  return `unknown ${keys.length === 1 ? 'field' : 'fields'} ${named.join(', ')}; the fields allowed here are ${allowed.join(', ')}`;
}

/**
 * A content object that refuses fields it does not know, so a misspelt key (`chapters:` for
 * `chapter:`) stops the build instead of being silently dropped. Astro's message names the
 * collection and file; this one names the key.
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys, Object.keys(shape)) : undefined,
  });
}
