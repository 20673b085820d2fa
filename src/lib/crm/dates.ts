/*
 * Dates as CRMs export them: ISO ("2025-03-04", "2025-03-04T09:15:00Z"), US ("03/04/2025 9:15 AM")
 * and European ("04.03.2025 09:15", "04/03/2025"). A slashed date whose two first parts are both
 * 12 or less can be read either way, so the order is chosen once per file from every date in its
 * sample, and the reader is told when the sample could not decide.
 */

/** Day-month order for dates that are not ISO: month first (US) or day first (European). */
export type DateOrder = 'mdy' | 'dmy';

const ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const NUMERIC = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i;

const DAY_MS = 86_400_000;
export const dayMs = DAY_MS;

/** Months between two times (an average month of 30.44 days), at least one, for "a month" rates. */
export const monthsSpanned = (firstMs: number, lastMs: number): number =>
  Math.max(1, (lastMs - firstMs) / (DAY_MS * 30.44));

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  // Date.UTC would roll 31 April over to 1 May: a day beyond the month's end is refused instead.
  if (d > (mo === 2 && leap(y) ? 29 : MONTH_DAYS[mo - 1]!)) return null;
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

/**
 * Milliseconds since 1970 for a CRM date, read as written (a time zone offset, when given, is
 * applied; otherwise the clock time is taken as UTC, which keeps differences between dates
 * right). Null when the text is not a date this reader knows.
 */
export function parseDate(raw: string, order: DateOrder): number | null {
  const text = raw.trim();
  const fast = plainIso(text);
  return fast === undefined ? byPattern(text, order) : fast;
}

/** Two digits at i as a number, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The commonest export form, "2025-03-04", "2025-03-04 09:15" or "2025-03-04T09:15:30" (no zone),
 * read from its characters: a file has hundreds of thousands of dates, and the patterns below
 * cost several times more. Undefined for any other form, which the patterns then read (giving
 * the same result for these forms, as a test checks).
 */
function plainIso(t: string): number | null | undefined {
  const n = t.length;
  if ((n !== 10 && n !== 16 && n !== 19) || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return undefined;
  const c = twoDigits(t, 0);
  const y = twoDigits(t, 2);
  const mo = twoDigits(t, 5);
  const d = twoDigits(t, 8);
  if (c < 0 || y < 0 || mo < 0 || d < 0) return undefined;
  if (n === 10) return utc(c * 100 + y, mo, d, 0, 0, 0);
  const sep = t.charCodeAt(10);
  if ((sep !== 32 && sep !== 84) || t.charCodeAt(13) !== 58) return undefined;
  const h = twoDigits(t, 11);
  const mi = twoDigits(t, 14);
  if (h < 0 || mi < 0) return undefined;
  if (n === 16) return utc(c * 100 + y, mo, d, h, mi, 0);
  const s = twoDigits(t, 17);
  if (t.charCodeAt(16) !== 58 || s < 0) return undefined;
  return utc(c * 100 + y, mo, d, h, mi, s);
}

/** Any form this reader knows, by its pattern (`text` already trimmed). */
export function byPattern(text: string, order: DateOrder): number | null {
  if (text === '') return null;
  let m = ISO.exec(text);
  if (m) {
    const base = utc(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
    if (base === null || !m[7] || m[7].toUpperCase() === 'Z') return base;
    const off = /^([+-])(\d{2}):?(\d{2})$/.exec(m[7])!;
    return base - (off[1] === '-' ? -1 : 1) * (+off[2]! * 60 + +off[3]!) * 60_000;
  }
  m = NUMERIC.exec(text);
  if (!m) return null;
  const [a, b] = [+m[1]!, +m[2]!];
  const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
  let hour = +(m[4] ?? 0);
  const half = m[7]?.[0]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  const [month, day] = order === 'mdy' ? [a, b] : [b, a];
  return utc(year, month, day, hour, +(m[5] ?? 0), +(m[6] ?? 0));
}

export interface OrderGuess {
  order: DateOrder;
  /** No date in the sample showed which part is the day: the order is the fallback. */
  ambiguous: boolean;
  /** Some dates read only month first and others only day first: the file mixes both. */
  mixed: boolean;
  /** One date that shows the order, to quote to the reader; null when none did. */
  evidence: string | null;
  /** Every date in the sample is written year first (ISO), so the order does not matter. */
  yearFirst: boolean;
}

/**
 * Chooses the day-month order for a file from its sample of date texts: a first part above 12
 * can only be a day, a second part above 12 only a day. When nothing decides, `fallback` (the
 * reader's own convention) is used and the guess says so.
 */
export function guessDateOrder(samples: readonly string[], fallback: DateOrder): OrderGuess {
  let dmy = 0;
  let mdy = 0;
  let evidence: string | null = null;
  let numeric = 0;
  for (const s of samples) {
    const m = NUMERIC.exec(s.trim());
    if (!m) continue;
    numeric++;
    const [a, b] = [+m[1]!, +m[2]!];
    if (a > 12 && b <= 12) {
      dmy++;
      evidence ??= s.trim();
    } else if (b > 12 && a <= 12) {
      mdy++;
      evidence ??= s.trim();
    }
  }
  if (dmy === 0 && mdy === 0)
    return { order: fallback, ambiguous: numeric > 0, mixed: false, evidence: null, yearFirst: numeric === 0 };
  return { order: dmy >= mdy ? 'dmy' : 'mdy', ambiguous: false, mixed: dmy > 0 && mdy > 0, evidence, yearFirst: false };
}

/** True when a text looks like a date in some order (used to tell date columns from others). */
export const looksLikeDate = (raw: string) => parseDate(raw, 'mdy') !== null || parseDate(raw, 'dmy') !== null;

/** Month keys by day number: a file spans a few hundred days, so each is worked out once. */
const monthKeys = new Map<number, string>();

/** "2025-03" for a time in ms (UTC). */
export function monthKey(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let key = monthKeys.get(day);
  if (key === undefined) {
    const d = new Date(day * DAY_MS);
    key = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    if (monthKeys.size > 100_000) monthKeys.clear();
    monthKeys.set(day, key);
  }
  return key;
}

/** "2025-03-04" for a time in ms (UTC). */
export const dayKey = (ms: number) => new Date(ms).toISOString().slice(0, 10);
