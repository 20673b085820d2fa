/*
 * The leads file's summary: the funnel (how many reached each lifecycle stage, conversion to the
 * next, days between stages), volumes by month, conversion by source and speed to lead.
 */
import type { LeadsSummary, SpeedGroup } from '../../schemas/crm';
import { dayKey, dayMs, monthKey, monthsSpanned } from './dates';
import { Labels, topGroups } from './groups';
import { IdList, NumberList, quantileSorted, share } from './stats';

/** The lifecycle stages a leads file can show, in funnel order. */
export const LEAD_STAGES = [
  { id: 'created', label: 'Leads', name: 'Lead', owner: 'marketing' },
  { id: 'mql', label: 'MQLs', name: 'MQL', owner: 'marketing' },
  { id: 'sql', label: 'SQLs', name: 'SQL', owner: 'sales' },
  { id: 'customer', label: 'Customers', name: 'Customer', owner: 'sales' },
] as const;

/** Response curves count up to a week, the longest SLA the funnel builder allows. */
const CURVE_HOURS = 168;
/** The months shown: the most recent three years of the file. */
const MAX_MONTHS = 36;

/** Median and 90th percentile of a list, sorted where it lies: the summary is its last use, so no copy is made. */
function spreadOf(list: NumberList): { n: number; median: number | null; p90: number | null } {
  const sorted = list.values().sort();
  return { n: sorted.length, median: quantileSorted(sorted, 0.5), p90: quantileSorted(sorted, 0.9) };
}

/** One month's counters: stage dates falling in it, and the leads created in it (the cohort). */
interface MonthRow {
  counts: number[];
  cohort: number;
  toLast: number;
}

/**
 * Summarises leads as they are read: counts, months and sources are added up row by row, so
 * nothing per row is kept except what a median needs (the days between stages and the response
 * times, in typed arrays, 8 bytes a value) and, for speed by owner and source, each lead's two
 * label numbers (4 bytes each).
 */
export class LeadsAccumulator {
  readonly stageIds: string[];
  private readonly K: number;
  private rows = 0;
  private first = Infinity;
  private last = -Infinity;
  /** reached[k]: leads that reached stage k (its date or a later stage's). */
  private reached: number[];
  private gaps: NumberList[];
  private outOfOrder = 0;
  private monthByDay = new Map<number, MonthRow>();
  private monthRows = new Map<string, MonthRow>();
  private sourceLeads: number[] = [];
  private sourceLast: number[] = [];
  private ownerLeads: number[] = [];
  private response = new NumberList();
  private source = new IdList();
  private owner = new IdList();
  readonly sources = new Labels();
  readonly owners = new Labels();
  private hasSpeed: boolean;
  /** Each stage's date in the row being added (reused, so a row allocates nothing). */
  private at: Float64Array;

  constructor(mapped: readonly string[]) {
    this.stageIds = LEAD_STAGES.map((s) => s.id).filter((id) => mapped.includes(id));
    this.K = this.stageIds.length;
    this.reached = new Array<number>(this.K).fill(0);
    this.gaps = this.stageIds.slice(1).map(() => new NumberList());
    this.at = new Float64Array(this.K);
    this.hasSpeed = mapped.includes('response') || mapped.includes('firstTouch');
  }

  /** The month row a time falls in, found by its day number (a file spans a few hundred days). */
  private month(t: number): MonthRow {
    const day = Math.floor(t / dayMs);
    let r = this.monthByDay.get(day);
    if (!r) {
      const key = monthKey(t);
      r = this.monthRows.get(key);
      if (!r) this.monthRows.set(key, (r = { counts: new Array<number>(this.K).fill(0), cohort: 0, toLast: 0 }));
      this.monthByDay.set(day, r);
    }
    return r;
  }

  add(v: Record<string, number | string>): void {
    const { K, at } = this;
    this.rows++;
    // A lead reached a stage when it has that stage's date or a later one (CRMs let leads skip stages).
    let top = 0;
    for (let k = 0; k < K; k++) {
      const x = v[this.stageIds[k]!];
      at[k] = typeof x === 'number' ? x : NaN;
      if (k > 0 && !Number.isNaN(at[k]!)) top = k;
    }
    for (let k = 0; k <= top; k++) this.reached[k]!++;
    for (let k = 0; k < K - 1; k++) {
      const d = at[k + 1]! - at[k]!;
      if (Number.isNaN(d)) continue;
      if (d < 0) this.outOfOrder++;
      else this.gaps[k]!.push(d / dayMs);
    }
    const created = at[0]!;
    if (created < this.first) this.first = created;
    if (created > this.last) this.last = created;
    for (let k = 0; k < K; k++) if (!Number.isNaN(at[k]!)) this.month(at[k]!).counts[k]!++;
    const cohort = this.month(created);
    cohort.cohort++;
    const toLast = top === K - 1;
    if (toLast) cohort.toLast++;

    const src = this.sources.id(typeof v.source === 'string' ? v.source : '');
    if (src === this.sourceLeads.length) {
      this.sourceLeads.push(0);
      this.sourceLast.push(0);
    }
    this.sourceLeads[src]!++;
    if (toLast && K > 1) this.sourceLast[src]!++;
    if (!this.hasSpeed) return;
    const own = this.owners.id(typeof v.owner === 'string' ? v.owner : '');
    if (own === this.ownerLeads.length) this.ownerLeads.push(0);
    this.ownerLeads[own]!++;
    let hours = typeof v.response === 'number' ? v.response : NaN;
    if (Number.isNaN(hours) && typeof v.firstTouch === 'number' && v.firstTouch >= created)
      hours = (v.firstTouch - created) / 3_600_000;
    this.response.push(hours);
    this.source.push(src);
    this.owner.push(own);
  }

  summary(): LeadsSummary | null {
    const { K, rows: n } = this;
    if (n === 0) return null;
    const stages = this.stageIds.map((id, k) => {
      const def = LEAD_STAGES.find((s) => s.id === id)!;
      const reached = this.reached;
      return {
        id,
        label: def.label,
        reached: reached[k]!,
        toNext: k < K - 1 ? share(reached[k + 1]!, reached[k]!) : null,
        dropOff: k < K - 1 ? reached[k]! - reached[k + 1]! : null,
        days: k < K - 1 ? spreadOf(this.gaps[k]!) : null,
      };
    });
    const spanMonths = monthsSpanned(this.first, this.last);
    return {
      rows: n,
      first: dayKey(this.first),
      last: dayKey(this.last),
      monthlyVolume: Math.max(1, Math.round(n / spanMonths)),
      stages,
      months: this.months(),
      sources: this.bySource(),
      outOfOrder: this.outOfOrder,
      speed: this.hasSpeed ? this.speed() : null,
    };
  }

  private months(): LeadsSummary['months'] {
    const K = this.K;
    return [...this.monthRows.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .slice(-MAX_MONTHS)
      .map(([month, r]) => ({ month, counts: r.counts, cohortToLast: K > 1 ? share(r.toLast, r.cohort) : null }));
  }

  private bySource(): LeadsSummary['sources'] {
    const K = this.K;
    const { labels, groupOf } = topGroups(this.sourceLeads, this.sources.names);
    const out = labels.map((label) => ({ label, leads: 0, reachedLast: 0, rate: null as number | null }));
    this.sourceLeads.forEach((c, id) => {
      out[groupOf[id]!]!.leads += c;
      out[groupOf[id]!]!.reachedLast += this.sourceLast[id]!;
    });
    return out.map((g) => ({ ...g, rate: K > 1 ? share(g.reachedLast, g.leads) : null }));
  }

  /** Every speed group in one pass over the response times: all leads, each owner, each source. */
  private speed(): NonNullable<LeadsSummary['speed']> {
    const hours = this.response.values();
    const owner = this.owner.values();
    const source = this.source.values();
    const owners = topGroups(this.ownerLeads, this.owners.names);
    const sources = topGroups(this.sourceLeads, this.sources.names);
    const make = (label: string) => ({
      label,
      leads: 0,
      curve: new Array<number>(CURVE_HOURS + 1).fill(0),
      answered: new NumberList(),
    });
    const all = make('All leads');
    const byOwner = owners.labels.map(make);
    const bySource = sources.labels.map(make);
    for (let i = 0; i < hours.length; i++) {
      const h = hours[i]!;
      const slot = Number.isNaN(h) || h > CURVE_HOURS ? -1 : Math.max(0, Math.ceil(h));
      for (const g of [all, byOwner[owners.groupOf[owner[i]!]!]!, bySource[sources.groupOf[source[i]!]!]!]) {
        g.leads++;
        if (Number.isNaN(h)) continue;
        g.answered.push(h);
        if (slot >= 0) g.curve[slot]!++;
      }
    }
    const done = (g: ReturnType<typeof make>): SpeedGroup => {
      for (let h = 1; h <= CURVE_HOURS; h++) g.curve[h]! += g.curve[h - 1]!;
      const sorted = g.answered.values().sort();
      return {
        label: g.label,
        leads: g.leads,
        responded: sorted.length,
        median: quantileSorted(sorted, 0.5),
        curve: g.curve,
      };
    };
    return { all: done(all), byOwner: byOwner.map(done), bySource: bySource.map(done) };
  }
}
