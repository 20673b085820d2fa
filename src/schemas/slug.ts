/*
 * The one rule for ids: chapters, glossary terms, questions, statements, activities, tasks,
 * presets and funnel stages. Ids become file names, URL fragments and storage keys, so they stay
 * readable and need no escaping. Written with zod/mini and kept apart from ./common (whose
 * content schemas are build-time only) so browser schemas can use it without loading those;
 * content schemas get it through ./common. It builds only string schemas, which zod never
 * compiles with eval, so it needs no ./no-eval.
 */
import * as z from 'zod/mini';

/** Lower-case letters and digits, in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest id, in characters. */
export const SLUG_MAX = 60;

/** The rule in words, naming the field. */
export const slugRule = (what: string) =>
  `${what} must be lower-case words joined by hyphens, like "shared-goals" (at most ${SLUG_MAX} characters)`;

/** True when `s` follows the rule. */
export const isSlug = (s: string) => s.length <= SLUG_MAX && SLUG_PATTERN.test(s);

/** An id that follows the rule; the message names the field. */
export const slug = (what = 'id') =>
  z.string({ error: `${what} is required` }).check(z.refine(isSlug, { error: slugRule(what) }));
