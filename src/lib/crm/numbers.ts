import * as z from 'zod/mini';
import { parseNumberField } from '../funnel/parse';

/*
 * Amounts and durations from CRM cells. Digits are read by the funnel builder's own parser,
 * so "12,500.50", "12.500,50" and "12 500" mean what they mean in the builder.
 */

const anyNumber = z.number();
/** Currency signs and ISO codes around an amount: "$1,200", "1.200 €", "EUR 1200", "1200 USD". */
const CURRENCY = /^[A-Z]{3}\s*|\s*[A-Z]{3}$|[$€£¥₹]|\bkr\b|CHF/g;

/** An amount of money or MRR; null when empty or not a number. */
export function parseAmount(raw: string): number | null {
  const text = raw.trim().replace(CURRENCY, '').trim();
  if (text === '') return null;
  // Plain digits are by far the most common: skip the general parser for them.
  if (/^-?\d+(\.\d{1,2})?$/.test(text)) return Number(text);
  const r = parseNumberField(text, anyNumber);
  return r.ok ? r.value : null;
}

/** How a response-time column counts: the unit its header names, hours when it names none. */
export type DurationUnit = 'hours' | 'minutes' | 'seconds' | 'ms';
const PER_HOUR: Record<DurationUnit, number> = { hours: 1, minutes: 60, seconds: 3600, ms: 3_600_000 };

/** The unit a header names, e.g. "Time to first touch (minutes)"; hours when it names none. */
export function unitFromHeader(header: string): DurationUnit {
  const h = header.toLowerCase();
  if (/\bms\b|millisecond/.test(h)) return 'ms';
  if (/\bsec|seconds?\b/.test(h)) return 'seconds';
  if (/\bmin|minutes?\b/.test(h)) return 'minutes';
  return 'hours';
}

/** A duration in hours from "2.5" (in `unit`) or "02:30:00" / "2:30" (h:mm[:ss]); null when unreadable or negative. */
export function parseDurationHours(raw: string, unit: DurationUnit): number | null {
  const text = raw.trim();
  if (text === '') return null;
  const clock = clockHours(text);
  if (clock !== null) return clock;
  const n = parseAmount(text);
  return n === null || n < 0 ? null : n / PER_HOUR[unit];
}

/** The digit at i as a number 0–9, or -1. */
function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Minutes or seconds at i: two digits, 00–59; -1 otherwise. */
function sixtyAt(s: string, i: number): number {
  const a = digitAt(s, i);
  const b = digitAt(s, i + 1);
  return a >= 0 && a <= 5 && b >= 0 ? a * 10 + b : -1;
}

/**
 * Hours from a clock time, h:mm or h:mm:ss with 1 to 5 digits of hours (what /^(\d{1,5}):([0-5]\d)
 * (?::([0-5]\d))?$/ matches), read from its characters: an export can have a response time on
 * every one of hundreds of thousands of rows, and the pattern cost several times more. Null when
 * the text is not one.
 */
export function clockHours(t: string): number | null {
  const colon = t.indexOf(':');
  if (colon < 1 || colon > 5 || (t.length !== colon + 3 && t.length !== colon + 6)) return null;
  let h = 0;
  for (let i = 0; i < colon; i++) {
    const d = digitAt(t, i);
    if (d < 0) return null;
    h = h * 10 + d;
  }
  const m = sixtyAt(t, colon + 1);
  if (m < 0) return null;
  if (t.length === colon + 3) return h + m / 60;
  const s = sixtyAt(t, colon + 4);
  if (t.charCodeAt(colon + 3) !== 58 || s < 0) return null;
  return h + m / 60 + s / 3600;
}
