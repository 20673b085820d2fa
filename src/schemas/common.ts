import './no-eval';
import { z } from 'astro/zod';
import { closest } from './edit-distance';

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

/** ISBN-10 or ISBN-13, digits with optional hyphens (the last ISBN-10 digit may be X). */
export const isbnPattern = /^(?:97[89]-?)?(?:\d-?){9}[\dX]$/;

/** True when the ISBN's check digit is right, so a mistyped number is caught at build time. */
export function isbnChecks(isbn: string): boolean {
  const d = isbn.replace(/-/g, '');
  if (d.length === 10) {
    const sum = [...d].reduce((acc, c, i) => acc + (c === 'X' ? 10 : Number(c)) * (10 - i), 0);
    return sum % 11 === 0;
  }
  if (d.length === 13) {
    const sum = [...d].reduce((acc, c, i) => acc + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
    return sum % 10 === 0;
  }
  return false;
}

/** A checkable source: every figure or claim the guide cites points to one, with a URL or an ISBN. */
export const sourceSchema = strictObject({
  /** Title of the book, article or report. */
  title: z.string().min(1),
  /** Author(s) or organisation, as printed. */
  author: z.string().min(1),
  /** Publisher, journal or site. */
  publisher: z.string().min(1).optional(),
  /** Year of publication. */
  year: z.number().int().min(1900).max(2100),
  /** A stable link to the source (the publisher's page, a DOI link or a stored copy). */
  url: z.url({ error: 'must be a full URL, such as https://example.com/article' }).optional(),
  /** The book's ISBN, for printed works without a stable link. */
  isbn: z
    .string()
    .regex(isbnPattern, { error: 'isbn must be an ISBN-10 or ISBN-13, e.g. 978-0-07-051113-2' })
    .refine(isbnChecks, { error: 'isbn has a wrong check digit' })
    .optional(),
}).refine((s) => s.url !== undefined || s.isbn !== undefined, {
  error: 'a source needs a url or an isbn so readers can check it',
  path: ['url'],
});
export type Source = z.infer<typeof sourceSchema>;

/** Non-empty, trimmed text; the message names what is missing. */
export const text = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

/** The one id rule (see ./slug), for content schemas. */
export { slug, slugRule, SLUG_MAX } from './slug';

/** The known field closest to a misspelt one (at most two edits away), if any: `chapters` → `chapter`. */
export function closestField(key: string, allowed: readonly string[]): string | undefined {
  return closest(key, allowed, 2);
}

/** What the build says about fields a schema does not know: each key, a likely fix, and the fields allowed. */
function unknownFieldsMessage(keys: readonly PropertyKey[], allowed: readonly string[]): string {
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
