import { z } from 'astro/zod';
import { audienceSchema, sourceSchema, text, strictObject } from './common';

/** Frontmatter of a guide chapter (an MDX file in `content/guide/`). */
export const guideSchema = strictObject({
  /** Chapter title, shown as the page's h1 and in navigation. */
  title: text('title').max(80),
  /** One or two sentences for search results, meta description and cards. */
  description: text('description').max(200),
  /** Position in the guide, from 1; two chapters may not share one. */
  order: z.number({ error: 'order must be a whole number' }).int().positive(),
  /** Who the chapter is written for; drives paths and search filters. */
  audience: z.array(audienceSchema).min(1, { error: 'audience needs at least one of student, new-hire, manager' }),
  /** A short summary shown at the top of the chapter. */
  summary: text('summary').max(400),
  /** What the reader can do after the chapter ("Explain…", "Name…"). */
  objectives: z.array(text('objective')).min(1, { error: 'objectives needs at least one learning objective' }),
  /** The points to remember, shown at the end of the chapter. */
  takeaways: z.array(text('takeaway')).min(1, { error: 'takeaways needs at least one key takeaway' }),
  /** The works the chapter draws on, listed in its sources section. */
  sources: z.array(sourceSchema).default([]),
});
export type GuideFrontmatter = z.infer<typeof guideSchema>;
