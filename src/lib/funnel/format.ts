/**
 * Display rounding for every number the builder shows. Inputs that are not finite
 * (NaN, ±Infinity) print as an em dash, so a reader never sees "NaN" or "Infinity".
 */
const NBSP = '\u00a0';
const DASH = '—';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/**
 * People per month: one decimal below 10 (a trailing ".0" is dropped), whole numbers
 * with thousands separators from 10 up. 9.96 rounds to "10", never "10.0".
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return DASH;
  const rounded = Math.round(n * 10) / 10;
  if (Math.abs(rounded) < 10) return oneDecimal.format(rounded === 0 ? 0 : rounded);
  return whole.format(n);
}

/**
 * Percentages: up to one decimal from 10 %, up to two from 1 %, two significant digits
 * below 1 %, and "< 0.0001 %" for anything smaller (ten low stages multiply fast).
 */
export function formatPct(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return DASH;
  if (p === 0) return `0${NBSP}%`;
  if (p < 0.0001) return `<${NBSP}0.0001${NBSP}%`;
  let text: string;
  if (p >= 10) text = oneDecimal.format(p);
  else if (p >= 1) text = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(p);
  else text = String(Number(p.toPrecision(2)));
  return `${text}${NBSP}%`;
}

/** Figures this large are said in words: a reader cannot take in "$1,234,567,890,123". */
export const MONEY_IN_WORDS = 1e9;

/**
 * Money in the currency's usual form (its symbol and its minor unit: cents for dollars, none
 * for yen): with the minor unit below 100 when there is a fraction, whole units from 100, and
 * from a billion in words, rounded down ("more than 2 billion US dollars").
 */
export function formatMoney(n: number | null, currency: string): string {
  if (n === null || !Number.isFinite(n)) return DASH;
  const abs = Math.abs(n);
  if (abs >= MONEY_IN_WORDS) {
    const unit = abs >= 1e12 ? 1e12 : 1e9;
    const floor = Math.floor(abs / unit) * unit;
    const words = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      currencyDisplay: 'name',
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 0,
    }).format(floor);
    return `${n < 0 ? 'minus ' : ''}${floor < abs ? 'more than ' : ''}${words}`;
  }
  const minor =
    new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const digits = abs < 100 && !Number.isInteger(Math.round(n * 100) / 100) ? minor : 0;
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);
}

/** A signed difference for comparisons: "+1.5", "−250", "0". */
export function formatSigned(n: number, format: (n: number) => string): string {
  if (!Number.isFinite(n)) return DASH;
  if (Math.abs(n) < 1e-9) return format(0);
  return `${n > 0 ? '+' : '−'}${format(Math.abs(n))}`;
}

/**
 * A stage name in the plural for sentences like "240 MQLs": only a final word made of
 * letters is changed (Opportunity → Opportunities, MQL → MQLs); anything else stays as typed.
 */
export function pluralName(name: string, count: number): string {
  if (formatCount(count) === '1') return name;
  const m = /^(.*?)([A-Za-z]+)$/.exec(name);
  if (!m) return name;
  const [, head, word] = m as unknown as [string, string, string];
  if (/^[A-Z]+$/.test(word)) return `${head}${word}s`;
  if (/[^aeiou]y$/i.test(word)) return `${head}${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${head}${word}es`;
  return `${head}${word}s`;
}
