/*
 * The leads file's summary: the funnel (how many reached each lifecycle stage, conversion to the
 * next, days between stages), volumes by month, conversion by source and speed to lead.
 */
import type { LeadsSummary } from '../../schemas/crm';
import { dayKey, dayMs, monthKey, monthsSpanned } from './dates';
import { Labels, topGroups } from './groups';
import { Sketch } from './sketch';
import { allLeads, SpeedTally, speedGroups } from './speed';
import { share } from './stats';

/** The lifecycle stages a leads file can show, in funnel order. */
export const LEAD_STAGES = [
  { id: 'created', label: 'Leads', name: 'Lead', owner: 'marketing' },
  { id: 'mql', label: 'MQLs', name: 'MQL', owner: 'marketing' },
  { id: 'sql', label: 'SQLs', name: 'SQL', owner: 'sales' },
  { id: 'customer', label: 'Customers', name: 'Customer', owner: 'sales' },
] as const;

/** The months shown: the most recent three years of the file. */
const MAX_MONTHS = 36;

/** One month's counters: stage dates falling in it, and the leads created in it (the cohort). */
interface MonthRow {
  counts: number[];
  cohort: number;
  toLast: number;
}

/**
 * Summarises leads as they are read: counts, months and sources are added up row by row, and the
 * days between stages and the response times go into sketches (medians within 1 %), so nothing
 * per row is kept and memory grows with the months and labels, not the rows.
 */
export class LeadsAccumulator {
  readonly stageIds: string[];
  private readonly K: number;
  private rows = 0;
  private first = Infinity;
  private last = -Infinity;
  /** reached[k]: leads that reached stage k (its date or a later stage's). */
  private reached: number[];
  private gaps: Sketch[];
  private outOfOrder = 0;
  private monthByDay = new Map<number, MonthRow>();
  private monthRows = new Map<string, MonthRow>();
  private sourceLeads: number[] = [];
  private sourceLast: number[] = [];
  /** Speed to lead by label number. */
  private speedByOwner: SpeedTally[] = [];
  private speedBySource: SpeedTally[] = [];
  readonly sources = new Labels();
  readonly owners = new Labels();
  private hasSpeed: boolean;
  /** Each stage's date in the row being added (reused, so a row allocates nothing). */
  private at: Float64Array;

  constructor(mapped: readonly string[]) {
    this.stageIds = LEAD_STAGES.map((s) => s.id).filter((id) => mapped.includes(id));
    this.K = this.stageIds.length;
    this.reached = new Array<number>(this.K).fill(0);
    this.gaps = this.stageIds.slice(1).map(() => new Sketch());
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
      else this.gaps[k]!.add(d / dayMs);
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
    if (own === this.speedByOwner.length) this.speedByOwner.push(new SpeedTally());
    if (src === this.speedBySource.length) this.speedBySource.push(new SpeedTally());
    let hours = typeof v.response === 'number' ? v.response : NaN;
    if (Number.isNaN(hours) && typeof v.firstTouch === 'number' && v.firstTouch >= created)
      hours = (v.firstTouch - created) / 3_600_000;
    this.speedByOwner[own]!.add(hours);
    this.speedBySource[src]!.add(hours);
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
        days: k < K - 1 ? this.gaps[k]!.spread() : null,
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
      speed: this.hasSpeed
        ? {
            all: allLeads(this.speedByOwner),
            byOwner: speedGroups(this.speedByOwner, this.owners.names),
            bySource: speedGroups(this.speedBySource, this.sources.names),
          }
        : null,
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
}
