/*
 * Kept only as the reference the incremental customers summary (src/lib/crm/customers.ts) must match; it
 * is the summary as it was worked out before, from every row kept. The page never loads it.
 *
 * The customers file's summary: MRR kept and grown over the last 12 months (GRR, NRR), logo
 * churn per month and cohorts by start month. A file gives MRR now and, when it has one, MRR at
 * the start; without the start column no expansion can be seen, and the summary says so.
 */
import type { CustomersSummary } from '../../../src/schemas/crm';
import { dayKey, dayMs, monthKey } from '../../../src/lib/crm/dates';
import { share } from '../../../src/lib/crm/stats';
import { NumberList } from './exact';

const MAX_MONTHS = 24;

/** The first moment of the month `back` months before the month of `ms` (UTC). */
function monthStart(ms: number, back = 0): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1);
}

export class ColumnCustomersAccumulator {
  private start = new NumberList();
  private churn = new NumberList();
  private mrr = new NumberList();
  private startMrr = new NumberList();
  constructor(private hasStartMrr: boolean) {}

  add(v: Record<string, number | string>): void {
    this.start.push(v.start as number);
    this.churn.push(typeof v.churn === 'number' ? v.churn : NaN);
    this.mrr.push(typeof v.mrr === 'number' ? v.mrr : NaN);
    this.startMrr.push(typeof v.startMrr === 'number' ? v.startMrr : NaN);
  }

  summary(): CustomersSummary | null {
    const start = this.start.values();
    const churn = this.churn.values();
    const mrr = this.mrr.values();
    const startMrr = this.startMrr.values();
    const n = start.length;
    if (n === 0) return null;
    let asOf = -Infinity;
    for (let i = 0; i < n; i++) asOf = Math.max(asOf, start[i]!, Number.isNaN(churn[i]!) ? -Infinity : churn[i]!);
    const gone = (i: number, t: number) => !Number.isNaN(churn[i]!) && churn[i]! <= t;
    const yearAgo = asOf - 365 * dayMs;
    let base = 0;
    let kept = 0;
    let now = 0;
    let active = 0;
    let mrrNow = 0;
    for (let i = 0; i < n; i++) {
      const m = Number.isNaN(mrr[i]!) ? 0 : Math.max(0, mrr[i]!);
      if (!gone(i, asOf)) {
        active++;
        mrrNow += m;
      }
      if (start[i]! > yearAgo || gone(i, yearAgo)) continue;
      // The base is what each customer paid a year ago: their start MRR when the file has it.
      const before = this.hasStartMrr && !Number.isNaN(startMrr[i]!) ? Math.max(0, startMrr[i]!) : m;
      base += before;
      if (!gone(i, asOf)) {
        kept += Math.min(before, m);
        now += m;
      }
    }
    const churnMonths: CustomersSummary['churnMonths'] = [];
    for (let back = MAX_MONTHS - 1; back >= 0; back--) {
      const from = monthStart(asOf, back);
      const to = monthStart(asOf, back - 1);
      let act = 0;
      let churned = 0;
      for (let i = 0; i < n; i++) {
        if (start[i]! >= from || gone(i, from)) continue;
        act++;
        if (gone(i, to - 1)) churned++;
      }
      if (act > 0 || churnMonths.length > 0)
        churnMonths.push({ month: monthKey(from), active: act, churned, rate: share(churned, act) });
    }
    const cohorts = new Map<string, { started: number; active: number }>();
    for (let i = 0; i < n; i++) {
      const key = monthKey(start[i]!);
      const c = cohorts.get(key) ?? { started: 0, active: 0 };
      c.started++;
      if (!gone(i, asOf)) c.active++;
      cohorts.set(key, c);
    }
    return {
      rows: n,
      asOf: dayKey(asOf),
      active,
      mrrNow,
      grr: base > 0 ? kept / base : null,
      nrr: base > 0 ? now / base : null,
      expansionMeasured: this.hasStartMrr,
      churnMonths,
      cohorts: [...cohorts.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .slice(-MAX_MONTHS)
        .map(([month, c]) => ({ month, ...c })),
    };
  }
}
