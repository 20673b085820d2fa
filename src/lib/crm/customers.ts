/*
 * The customers file's summary: MRR kept and grown over the last 12 months (GRR, NRR), logo
 * churn per month and cohorts by start month. A file gives MRR now and, when it has one, MRR at
 * the start; without the start column no expansion can be seen, and the summary says so.
 *
 * Added up as rows are read, by day and by month, so memory grows with the days a file spans,
 * not its rows. Both the year looked back over and the months shown end at the file's last date,
 * which is only known at the end: so each row adds to sums by the day or month it starts, churns
 * or both, and the summary looks the year-ago day and each month up in those sums.
 */
import type { CustomersSummary } from '../../schemas/crm';
import { dayKey, dayMs, monthKey } from './dates';
import { share } from './stats';

const MAX_MONTHS = 24;

/** The first moment of the month `back` months before the month of `ms` (UTC). */
function monthStart(ms: number, back = 0): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1);
}

/** Months since year 0 for a time (UTC), so months can be compared and counted between. */
function monthNumber(ms: number): number {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** MRR of the customers of one day: `before` is what they paid a year ago. */
interface DaySums {
  before: number;
  /** Customers whose `before` is above 0. */
  paying: number;
  /** min(before, now) and now: kept and grown, counted for those still active. */
  kept: number;
  now: number;
}

function addTo<K>(map: Map<K, DaySums>, key: K): DaySums {
  let s = map.get(key);
  if (!s) map.set(key, (s = { before: 0, paying: 0, kept: 0, now: 0 }));
  return s;
}

/** The sums of every day up to `last`. */
function upTo(map: Map<number, DaySums>, last: number): DaySums {
  const total = { before: 0, paying: 0, kept: 0, now: 0 };
  for (const [day, s] of map) {
    if (day > last) continue;
    total.before += s.before;
    total.paying += s.paying;
    total.kept += s.kept;
    total.now += s.now;
  }
  return total;
}

export class CustomersAccumulator {
  private rows = 0;
  private asOf = -Infinity;
  private active = 0;
  private mrrNow = 0;
  /** Customers still active, by start day: MRR a year ago, kept and now. */
  private stayed = new Map<number, DaySums>();
  /**
   * Customers who left count in the base when they started on or before the year-ago day and
   * left after it: their MRR a year ago by start day, less the same by the later of their start
   * and churn day. Only they are subtracted, so money of the active customers never cancels out.
   */
  private leftByStart = new Map<number, DaySums>();
  private leftByEnd = new Map<number, DaySums>();
  /** Active customers by month number: +1 from the month after the start, -1 from the month they are gone. */
  private activeFrom = new Map<number, number>();
  /** Customers who churned during a month they started before, by month number. */
  private churnedIn = new Map<number, number>();
  private cohorts = new Map<string, { started: number; active: number }>();
  constructor(private hasStartMrr: boolean) {}

  add(v: Record<string, number | string>): void {
    const start = v.start as number;
    const churn = typeof v.churn === 'number' ? v.churn : NaN;
    const churned = !Number.isNaN(churn);
    const m = typeof v.mrr === 'number' && !Number.isNaN(v.mrr) ? Math.max(0, v.mrr) : 0;
    const startMrr = typeof v.startMrr === 'number' ? v.startMrr : NaN;
    // What a customer paid a year ago: their start MRR when the file has it, else MRR now.
    const before = this.hasStartMrr && !Number.isNaN(startMrr) ? Math.max(0, startMrr) : m;
    this.rows++;
    this.asOf = Math.max(this.asOf, start, churned ? churn : -Infinity);
    if (!churned) {
      this.active++;
      this.mrrNow += m;
    }

    const startDay = Math.floor(start / dayMs);
    const sums = churned
      ? [addTo(this.leftByStart, startDay), addTo(this.leftByEnd, Math.max(startDay, Math.floor(churn / dayMs)))]
      : [addTo(this.stayed, startDay)];
    for (const s of sums) {
      s.before += before;
      if (before > 0) s.paying++;
      s.kept += Math.min(before, m);
      s.now += m;
    }

    // Active in a month: started before it and not gone at its first moment.
    const startMonth = monthNumber(start);
    const churnMonth = churned ? monthNumber(churn) : Infinity;
    const goneFrom = churned && churn === monthStart(churn) ? churnMonth : churnMonth + 1;
    if (goneFrom > startMonth + 1) {
      this.activeFrom.set(startMonth + 1, (this.activeFrom.get(startMonth + 1) ?? 0) + 1);
      if (churned) this.activeFrom.set(goneFrom, (this.activeFrom.get(goneFrom) ?? 0) - 1);
    }
    if (churned && goneFrom === churnMonth + 1 && startMonth < churnMonth)
      this.churnedIn.set(churnMonth, (this.churnedIn.get(churnMonth) ?? 0) + 1);

    const key = monthKey(start);
    let c = this.cohorts.get(key);
    if (!c) this.cohorts.set(key, (c = { started: 0, active: 0 }));
    c.started++;
    if (!churned) c.active++;
  }

  summary(): CustomersSummary | null {
    const { rows: n, asOf } = this;
    if (n === 0) return null;
    // A year back from the last day in the file: customers who started on or before that day
    // and had not churned by its end.
    const yearAgoDay = Math.floor(asOf / dayMs) - 365;
    const stayed = upTo(this.stayed, yearAgoDay);
    const leftStarted = upTo(this.leftByStart, yearAgoDay);
    const leftGone = upTo(this.leftByEnd, yearAgoDay);
    // Counted, not summed, so that a base of only zeros is 0 exactly, whatever the rounding.
    const leftPaying = leftStarted.paying - leftGone.paying;
    const base = stayed.before + (leftPaying > 0 ? leftStarted.before - leftGone.before : 0);
    const { kept, now } = stayed;
    return {
      rows: n,
      asOf: dayKey(asOf),
      active: this.active,
      mrrNow: this.mrrNow,
      grr: base > 0 ? kept / base : null,
      nrr: base > 0 ? now / base : null,
      expansionMeasured: this.hasStartMrr,
      churnMonths: this.churnMonths(),
      cohorts: [...this.cohorts.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .slice(-MAX_MONTHS)
        .map(([month, c]) => ({ month, ...c })),
    };
  }

  /** The last MAX_MONTHS months up to the file's last, from the first with an active customer. */
  private churnMonths(): CustomersSummary['churnMonths'] {
    const steps = [...this.activeFrom.entries()].sort(([a], [b]) => a - b);
    const out: CustomersSummary['churnMonths'] = [];
    for (let back = MAX_MONTHS - 1; back >= 0; back--) {
      const from = monthStart(this.asOf, back);
      const month = monthNumber(from);
      let active = 0;
      for (const [at, change] of steps) if (at <= month) active += change;
      const churned = this.churnedIn.get(month) ?? 0;
      if (active > 0 || out.length > 0)
        out.push({ month: monthKey(from), active, churned, rate: share(churned, active) });
    }
    return out;
  }
}
