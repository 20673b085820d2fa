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

/**
 * Bidirectional controls (embeddings, overrides, isolates, marks). Typed into a name, they reorder
 * the text around it wherever it is shown, and an unclosed one can escape its <bdi>; names never
 * need them, since each is shown isolated already.
 */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export const withoutBidiControls = () => z.overwrite((s: string) => s.replace(BIDI_CONTROLS, ''));

/** Refuses a non-empty text made only of characters that show nothing (zero-width spaces and joiners). */
export const somethingVisible = (error: string) =>
  z.refine<string>((s) => s === '' || /[^\s\u200b-\u200d\u2060\ufeff]/.test(s), { error });
