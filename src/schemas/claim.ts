import { z } from 'astro/zod';
import { isbnChecks, isbnPattern, text, strictObject } from './common';

/** The kinds of evidence the guide tells apart, weakest guide to cause last (see chapter 12). */
export const CLAIM_KINDS = [
  'field-study',
  'survey',
  'experiment',
  'practitioner-analysis',
  'company-story',
  'expert-opinion',
] as const;
export const claimKindSchema = z.enum(CLAIM_KINDS, {
  error: `kind must be one of ${CLAIM_KINDS.join(', ')}`,
});
export type ClaimKind = z.infer<typeof claimKindSchema>;

/** "10.1509/jmkg.71.3.124": a DOI as printed, without the https://doi.org/ prefix. */
const doiPattern = /^10\.\d{4,9}\/\S+$/;

/** The fields of a claim's source; myths' sources add a note (see myth.ts). */
export const claimSourceFields = {
  title: text('source.title'),
  /** Author(s) or organisation, as printed: "James B. Oldroyd, Kristina McElheran and David Elkington". */
  author: text('source.author'),
  /** Publisher, journal or site. */
  publisher: text('source.publisher'),
  year: z.number({ error: 'source.year must be a year such as 2011' }).int().min(1900).max(2100),
  /** How the label names the source when "Surname et al. year" would read badly (an organisation: "IPA"). */
  short: text('source.short').max(40).optional(),
  url: z.url({ error: 'source.url must be a full URL, such as https://example.com/article' }).optional(),
  /** Only when confirmed in a stored record. */
  doi: z.string().regex(doiPattern, { error: 'source.doi must look like 10.1509/jmkg.71.3.124' }).optional(),
  isbn: z
    .string()
    .regex(isbnPattern, { error: 'source.isbn must be an ISBN-10 or ISBN-13, e.g. 978-0-07-051113-2' })
    .refine(isbnChecks, { error: 'source.isbn has a wrong check digit' })
    .optional(),
};

/** A reader must be able to find the source: a url, a DOI or an ISBN. */
export const hasLink = (s: { url?: string; doi?: string; isbn?: string }) =>
  s.url !== undefined || s.doi !== undefined || s.isbn !== undefined;
export const noLinkError = { error: 'source needs a url, a doi or an isbn so readers can check it', path: ['url'] };

/** Where a claim comes from. */
export const claimSourceSchema = strictObject(claimSourceFields).refine(hasLink, noLinkError);
export type ClaimSource = z.infer<typeof claimSourceSchema>;

/**
 * One empirical claim the guide makes: `content/claims/<id>.yaml`, the file name is the id chapters use
 * in `<Claim id="…" />`. Written once, however many chapters use it.
 */
export const claimSchema = strictObject({
  /** What the guide claims, in a sentence. */
  statement: text('statement').max(300),
  kind: claimKindSchema,
  source: claimSourceSchema,
  /** A sponsor or author with a stake in the result, named; leave out when there is none. */
  conflict: text('conflict').max(300).optional(),
  /** What this evidence can show. */
  shows: text('shows').max(500),
  /** What it cannot show: the limit a careful reader keeps in mind. */
  cannotShow: text('cannotShow').max(500),
});
export type Claim = z.infer<typeof claimSchema>;
