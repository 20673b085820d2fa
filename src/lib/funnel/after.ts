import type { After } from '../../schemas/funnel';

/** Rounds money to cents. */
const cents = (n: number) => Math.round(n * 100) / 100;

/**
 * The gross margin a funnel starts with, and the one older saves and links get: an editorial
 * assumption typical of subscription software, not a benchmark; the reader sets their own.
 */
export const DEFAULT_GROSS_MARGIN = 75;

/**
 * The after-sale settings a funnel starts with: off, 2 % monthly churn, 1 % monthly expansion
 * (editorial assumptions, not benchmarks), the deal value spread over 12 months as what a
 * customer pays each month, at least one cent, and a 75 % gross margin. An older save or link
 * being upgraded may carry a deal value that is not a positive number (the schema then refuses
 * the funnel by that field): it still gets valid settings, 1 a month, so the message names the
 * real fault.
 */
export function defaultAfter(dealValue: number): After {
  return { on: false, churn: 2, expansion: 1, monthly: monthlyFromDeal(dealValue), grossMargin: DEFAULT_GROSS_MARGIN };
}

/** What a new customer pays each month by default: the deal value spread over 12 months, at least one cent. */
export function monthlyFromDeal(dealValue: number): number {
  const deal = Number.isFinite(dealValue) && dealValue > 0 ? dealValue : 12;
  return Math.max(0.01, cents(deal / 12));
}

/**
 * True while what a new customer pays each month is still the default worked out from the deal
 * value (the reader has not set their own), so it follows the deal value when that changes.
 */
export function monthlyFollowsDeal(f: { dealValue: number; after: After }): boolean {
  return f.after.monthly === monthlyFromDeal(f.dealValue);
}

export interface AfterMonth {
  month: number;
  /** Customers won this month. */
  won: number;
  /** Customers still paying at the end of the month. */
  kept: number;
  /** Recurring revenue this month from everyone kept. */
  recurring: number;
}

export interface AfterSale {
  months: AfterMonth[];
  /** Recurring revenue summed over the months. */
  total: number;
  /** Customers kept at the end. */
  keptAtEnd: number;
  /** Gross profit one new customer brings in their first month: monthly revenue × gross margin. */
  monthlyProfit: number;
  /**
   * Lifetime value of one customer on gross margin, as the glossary defines it; null when the customers kept grow
   * their revenue as fast as churn loses it, or faster, and the margin is above 0 (it never ends).
   */
  ltv: number | null;
  /** Months until one customer's gross profit covers what winning them cost; null without a cost. */
  payback: number | null;
  /** True when the payback takes longer than PAYBACK_MAX months. */
  paybackBeyond: boolean;
}

export const PAYBACK_MAX = 120;

/**
 * How much of one customer's monthly revenue is still coming in a month later: the share of customers
 * kept (1 − churn) times what each kept customer now pays (1 + expansion). Expansion applies only to
 * the customers kept, so at 100 % churn nothing is left to expand, whatever the expansion rate.
 */
export function monthlyRetention(a: Pick<After, 'churn' | 'expansion'>): number {
  return (1 - a.churn / 100) * (1 + a.expansion / 100);
}

/**
 * Customers won each month (`won[m]`) become customers kept and recurring revenue. Each month
 * the customers already kept lose `churn` %, and each one kept pays `expansion` % more than the
 * month before; then the month's new customers join, each paying `monthly`. So revenue is always
 * the customers kept times what they pay, never more.
 * Lifetime value and payback count gross profit, not revenue, as the glossary's lifetime value
 * does: revenue also pays for serving the customer, so it cannot all go to winning them back.
 * Lifetime value is the sum of that profit for ever: monthly × margin ÷ (1 − retention), where retention
 * is (1 − churn) × (1 + expansion); it has no limit only when retention reaches 100 %.
 * Payback counts months of one customer's gross profit, kept and expanded alike, until it covers `cost`.
 */
export function afterSale(a: After, won: number[], cost: number | null): AfterSale {
  const keep = 1 - a.churn / 100;
  const retain = monthlyRetention(a);
  let kept = 0;
  let recurring = 0;
  let total = 0;
  const months = won.map((w, i): AfterMonth => {
    kept = kept * keep + w;
    recurring = recurring * retain + w * a.monthly;
    total += recurring;
    return { month: i + 1, won: w, kept, recurring };
  });
  const monthlyProfit = (a.monthly * a.grossMargin) / 100;
  // Rates have at most two decimals, so retention is a multiple of 1e-8: the margin absorbs float error.
  const ltv = monthlyProfit === 0 ? 0 : retain < 1 - 1e-10 ? monthlyProfit / (1 - retain) : null;
  let payback: number | null = null;
  let beyond = false;
  if (cost !== null && cost > 0) {
    let sum = 0;
    let pay = monthlyProfit;
    for (let m = 1; m <= PAYBACK_MAX; m++) {
      sum += pay;
      pay *= retain;
      if (sum >= cost - 1e-9) {
        payback = m;
        break;
      }
    }
    beyond = payback === null;
  } else if (cost === 0) payback = 0;
  return { months, total, keptAtEnd: kept, monthlyProfit, ltv, payback, paybackBeyond: beyond };
}
