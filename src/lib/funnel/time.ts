import type { Funnel } from '../../schemas/funnel';
import { forward, type ForwardResult } from './model';
import { findHandoff } from './insights';

/** The projection counts a month as 30 days. */
const DAYS_PER_MONTH = 30;

/**
 * Cycle length: the days spent in every stage before the last (the last stage holds the
 * customers, so time spent there is not part of the cycle). Unknown days count as 0.
 */
export function cycleDays(f: Funnel): number {
  return f.stages.slice(0, -1).reduce((sum, s) => sum + (s.days ?? 0), 0);
}

/**
 * Rounding rule: a lag of d days shifts arrivals by round(d ÷ 30) whole months, halves
 * rounding up. People enter evenly through each month, so most of a monthly group lands
 * in the nearest month: 14 days → same month, 15–44 days → one month later, 45 → two.
 */
export function lagMonths(days: number): number {
  return Math.floor(days / DAYS_PER_MONTH + 0.5);
}

export interface ProjectionRow {
  month: number;
  /** People entering the first stage (steady from month 1). */
  entering: number;
  /** People reaching the first sales-owned stage of the handoff; null without a handoff. */
  handedOver: number | null;
  customers: number;
  revenue: number;
  cumulativeRevenue: number;
}

export interface Projection {
  rows: ProjectionRow[];
  cycleDays: number;
  /** Whole months before the first customers arrive. */
  customerLag: number;
  /** First month with customers, or null when it falls after the projection. */
  firstCustomerMonth: number | null;
}

/**
 * A 12-month projection for a steady monthly volume starting in month 1. Arrivals at a
 * stage lag by the cumulative days spent in the stages above it, rounded once (on the sum,
 * not stage by stage) with lagMonths, so the sales cycle shows as empty early months.
 */
export function project(f: Funnel, months = 12, base: ForwardResult = forward(f)): Projection {
  const cumulative = (index: number) => f.stages.slice(0, index).reduce((sum, s) => sum + (s.days ?? 0), 0);
  const handoff = findHandoff(f, base);
  const handLag = handoff ? lagMonths(cumulative(handoff.toIndex)) : 0;
  const days = cycleDays(f);
  const customerLag = lagMonths(days);
  const rows: ProjectionRow[] = [];
  let cumulativeRevenue = 0;
  for (let month = 1; month <= months; month++) {
    const customers = month > customerLag ? base.customers : 0;
    const revenue = customers * f.dealValue;
    cumulativeRevenue += revenue;
    rows.push({
      month,
      entering: base.stages[0]!.count,
      handedOver: handoff ? (month > handLag ? handoff.accepted : 0) : null,
      customers,
      revenue,
      cumulativeRevenue,
    });
  }
  return { rows, cycleDays: days, customerLag, firstCustomerMonth: customerLag + 1 <= months ? customerLag + 1 : null };
}
