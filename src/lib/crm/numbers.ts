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
  const clock = /^(\d{1,5}):([0-5]\d)(?::([0-5]\d))?$/.exec(text);
  if (clock) return +clock[1]! + +clock[2]! / 60 + +(clock[3] ?? 0) / 3600;
  const n = parseAmount(text);
  return n === null || n < 0 ? null : n / PER_HOUR[unit];
}
