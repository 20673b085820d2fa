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
export const sourceSchema = z.object({
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
