import type { Schema } from '../../schemas/funnel';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
/** A number field's reading: `alt` is the other valid way to read the same text, when there is one. */
export type ParsedNumber = { ok: true; value: number; alt: number | null } | { ok: false; message: string };

export const NOT_A_NUMBER = 'Use digits only, like 12,500.5 or 12.500,5 (no letters or words).';

/** Thin, no-break and ordinary spaces and apostrophes group digits ("10 000", "10’000"). */
const GROUPING = /[\s\u00a0\u202f\u2009'’]/g;
/** A number whose digits are grouped in threes by one such mark each, with decimals or not. */
const SPACED = /^[-−+]?\d{1,3}([\s\u00a0\u202f\u2009'’]\d{3})+([.,]\d+)?$/;
export const SPACES = 'Spaces can only group digits in threes, like 10 000. Enter one number.';

/**
 * Arabic-Indic and Eastern Arabic-Indic digits (٠–٩, ۰–۹) as 0–9, and the Arabic decimal and
 * thousands marks (٫ ٬) as "." and ",": a reader may type any of them.
 */
function westernDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',');
}

/**
 * The numbers a text can mean, most likely first. Both "." and "," are accepted as the
 * decimal mark and as the thousands separator: with both present the last one is the decimal
 * mark; a single one followed by exactly three digits ("1.500", "1,500") can be either, so both
 * readings are returned (thousands first), except when the decimals would be "000".
 */
function readings(text: string): number[] | null {
  const m = /^([-−+]?)([\d.,]+)$/.exec(text);
  if (!m) return null;
  const sign = m[1] && m[1] !== '+' ? -1 : 1;
  const body = m[2]!;
  const seps = body.replace(/\d/g, '');
  const num = (int: string, frac = '') => sign * Number(`${int}${frac ? `.${frac}` : ''}`);
  if (seps === '') return [num(body)];
  const dec = body.search(/[.,][^.,]*$/);
  const last = body[dec]!;
  const other = last === '.' ? ',' : '.';
  if (seps.includes(last) && seps.includes(other)) {
    // Both marks: the last is the decimal mark, the other must group digits in threes.
    if (seps.indexOf(last) !== seps.length - 1) return null;
    const int = body.slice(0, dec);
    const frac = body.slice(dec + 1);
    if (!new RegExp(`^\\d{1,3}(\\${other}\\d{3})+$`).test(int) || frac === '') return null;
    return [num(int.split(other).join(''), frac)];
  }
  if (seps.length > 1) {
    // One mark used several times: it can only group digits ("10.000.000", "1,000,000").
    return new RegExp(`^\\d{1,3}(\\${last}\\d{3})+$`).test(body) ? [num(body.split(last).join(''))] : null;
  }
  const [int, frac] = body.split(last) as [string, string];
  if (frac === '') return null;
  // ".5" and ",5": a decimal with no whole part.
  if (int === '') return [num('0', frac)];
  const decimal = num(int, frac);
  if (frac.length === 3 && int.length <= 3 && !/^0/.test(int)) {
    const thousands = num(`${int}${frac}`);
    return frac === '000' ? [thousands] : [thousands, decimal];
  }
  return [decimal];
}

/**
 * What an empty field is told: the field's own request from its schema ("Enter whole days,
 * like 14."), so each empty field says what it wants.
 */
function emptyMessage(schema: Schema<number>): string {
  const r = schema.safeParse(undefined);
  const ask = r.success ? '' : (r.error.issues[0]?.message ?? '');
  return `This field is empty. ${/^Enter /.test(ask) ? ask : 'Enter a number.'}`;
}

/** Text with its trailing percent sign taken off ("12%" → "12"); other text as it is. */
export const withoutPercentSign = (text: string) => text.replace(/\s*%\s*$/, '');

/**
 * Reads what a reader typed into a number field, written either way ("10,000", "10 000",
 * "10.000", "2,5 %"), and checks it against the field's zod schema. Letters, "e" notation,
 * several numbers and pasted prose are refused with a message; the caller keeps the raw text.
 */
export function parseNumberField(raw: string, schema: Schema<number>): ParsedNumber {
  const plain = westernDigits(raw.trim()).replace(/\s*%$/, '');
  if (raw.trim() === '') return { ok: false, message: emptyMessage(schema) };
  // A space between digits groups them in threes ("10 000"); "1 2" is two numbers, not 12.
  if (/\d[\s\u00a0\u202f\u2009'’]+\d/.test(plain) && !SPACED.test(plain)) return { ok: false, message: SPACES };
  const text = plain.replace(GROUPING, '');
  const found = readings(text);
  if (!found) {
    if (/^-?[\d.,]+e[+-]?\d+$/i.test(text))
      return { ok: false, message: 'Write the number in full digits, without "e".' };
    return { ok: false, message: NOT_A_NUMBER };
  }
  if (!found.every(Number.isFinite)) return { ok: false, message: 'That number is too large.' };
  const checked = found.map((n) => schema.safeParse(n));
  const valid = checked.flatMap((r) => (r.success ? [r.data] : []));
  if (valid.length === 0) {
    // The last reading is the decimal one: its message ("at most two decimal places") helps most.
    const last = checked[checked.length - 1]!;
    return { ok: false, message: (!last.success && last.error.issues[0]?.message) || 'That value is not allowed.' };
  }
  return { ok: true, value: valid[0]!, alt: valid[1] ?? null };
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
