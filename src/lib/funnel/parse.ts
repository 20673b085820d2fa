import type { Schema } from '../../schemas/funnel';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Plain decimal with optional thousands commas and an optional trailing "%". */
const NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/;

/**
 * Reads what a reader typed into a number field and checks it against the field's zod
 * schema. Letters, "e" notation (1e400), several numbers and pasted prose are refused
 * with a message; the caller keeps the raw text in the field either way.
 */
export function parseNumberField(raw: string, schema: Schema<number>): Parsed<number> {
  const text = raw.trim().replace(/\s+/g, '');
  if (text === '') return { ok: false, message: 'This field is empty: enter a number.' };
  if (!NUMBER.test(text)) {
    if (/e/i.test(text) && /^-?[\d.,]+e[+-]?\d+%?$/i.test(text))
      return { ok: false, message: 'Write the number in full digits, without "e".' };
    return { ok: false, message: 'Use digits only, like 1200 or 12.5 (no letters or words).' };
  }
  const value = Number(text.replace(/[,%]/g, ''));
  if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large.' };
  const result = schema.safeParse(value);
  if (!result.success) return { ok: false, message: result.error.issues[0]?.message ?? 'That value is not allowed.' };
  return { ok: true, value: result.data };
}

/** Reads a text field (such as a stage name) through its schema. */
export function parseTextField(raw: string, schema: Schema<string>): Parsed<string> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const message = result.error.issues[0]?.message ?? 'That text is not allowed.';
    const length = raw.trim().length;
    return {
      ok: false,
      message: result.error.issues[0]?.code === 'too_big' ? `${message} This one has ${length}.` : message,
    };
  }
  return { ok: true, value: result.data };
}
