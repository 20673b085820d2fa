/*
 * zod/mini pieces shared by the schemas that read saved and shared values in the browser
 * (assessment, progress). Written as refinements: zod's int, iso and regex types would each add
 * to the zod code that every island page loads, and refinements are loaded already.
 */
import * as z from 'zod/mini';
import { isDay } from './day';

/** A whole number from `min` to `max`. */
export const whole = (min: number, max: number) =>
  z.number().check(z.refine(Number.isInteger, { error: 'must be a whole number' }), z.minimum(min), z.maximum(max));

/** The message of a day that is not a real calendar day. */
export const REAL_DAY = 'must be a real day written YYYY-MM-DD';

/** A real calendar day as YYYY-MM-DD: "2024-02-30" is refused. */
export const daySchema = z.string().check(z.refine(isDay, { error: REAL_DAY }));
