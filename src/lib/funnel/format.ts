import { currencyLocales, type Currency } from '../../schemas/funnel';

/**
 * Display rounding for every number the builder shows: people and percentages as the page's
 * English writes them, money as its currency is usually written (`currencyLocales`; see
 * `numbersFor`). Inputs that are not finite (NaN, ±Infinity) print as an em dash, so a reader
 * never sees "NaN" or "Infinity".
 */
const NBSP = '\u00a0';
const DASH = '—';
/** The page's language: English digit grouping ("97,360", "6.2"). */
const US = 'en-US';

const cache = new Map<string, Intl.NumberFormat>();
/** Intl.NumberFormat is slow to build, and a chart formats dozens of numbers per keystroke. */
function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}
const upTo = (digits: number) => ({ maximumFractionDigits: digits });

/**
 * People per month: one decimal below 10 (a trailing ".0" is dropped), whole numbers
 * with thousands separators from 10 up. 9.96 rounds to "10", never "10.0".
 */
export function formatCount(n: number, locale = US): string {
  if (!Number.isFinite(n)) return DASH;
  const rounded = Math.round(n * 10) / 10;
  // A few hundredths of a customer still bring revenue: "< 0.1", never a "0" beside "$1".
  if (rounded === 0 && n > 0) return `<${NBSP}${nf(locale, upTo(1)).format(0.1)}`;
  if (Math.abs(rounded) < 10) return nf(locale, upTo(1)).format(rounded === 0 ? 0 : rounded);
  return nf(locale, upTo(0)).format(n);
}

/**
 * Percentages: up to one decimal from 10 %, up to two from 1 %, two significant digits
 * below 1 %, and "< 0.0001 %" for anything smaller (ten low stages multiply fast).
 */
export function formatPct(p: number | null, locale = US): string {
  if (p === null || !Number.isFinite(p)) return DASH;
  if (p === 0) return `0${NBSP}%`;
  if (p < 0.0001) return `<${NBSP}${nf(locale, upTo(4)).format(0.0001)}${NBSP}%`;
  const text = nf(locale, p >= 10 ? upTo(1) : p >= 1 ? upTo(2) : { maximumSignificantDigits: 2 }).format(p);
  return `${text}${NBSP}%`;
}

/**
 * A rate rounded UP to the precision formatPct shows it with (one decimal from 10 %, two from 1 %,
 * two significant digits below), so advice to reach "at least" a rate reads a figure that, typed
 * back in, still reaches it.
 */
export function ceilToShownPct(p: number): number {
  const step = p >= 10 ? 0.1 : p >= 1 ? 0.01 : 10 ** (Math.floor(Math.log10(p)) - 1);
  const up = Math.ceil(Number((p / step).toFixed(9))) * step;
  return Number(up.toPrecision(12));
}

/** Figures this large are said in words: a reader cannot take in "$1,234,567,890,123". */
const MONEY_IN_WORDS = 1e9;

/**
 * Money in the currency's usual form (its locale's symbol, grouping and decimal mark, and its
 * minor unit: cents for dollars, none for yen): with the minor unit below 100 when there is a
 * fraction, whole units from 100, and from a billion in words, rounded down ("more than
 * 2 billion euros"; the words are English, like the sentences around them).
 */
export function formatMoney(n: number | null, currency: Currency): string {
  if (n === null || !Number.isFinite(n)) return DASH;
  const abs = Math.abs(n);
  if (abs >= MONEY_IN_WORDS) {
    const unit = abs >= 1e12 ? 1e12 : 1e9;
    const floor = Math.floor(abs / unit) * unit;
    const words = nf(US, {
      style: 'currency',
      currency,
      currencyDisplay: 'name',
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 0,
    }).format(floor);
    return `${n < 0 ? 'minus ' : ''}${floor < abs ? 'more than ' : ''}${words}`;
  }
  const locale = currencyLocales[currency];
  const minor = nf(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const digits = abs < 100 && !Number.isInteger(Math.round(n * 100) / 100) ? minor : 0;
  return nf(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);
}

/**
 * The formatters for one funnel. People and percentages are part of the English sentences
 * around them, so they are written the page's way whatever the currency ("97,360 Visitors",
 * "6.2 Customers"); money is written as its currency usually is ("74.250 €"), its symbol showing
 * whose convention it follows. `locale` is the page's, for any other number in its sentences.
 */
export function numbersFor(currency: Currency) {
  return {
    locale: US,
    count: (n: number) => formatCount(n),
    pct: (p: number | null) => formatPct(p),
    money: (n: number | null) => formatMoney(n, currency),
  };
}
export type Numbers = ReturnType<typeof numbersFor>;

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
