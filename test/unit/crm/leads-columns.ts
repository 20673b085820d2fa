/*
 * The leads summary as it was worked out before it became incremental: every row kept in typed
 * columns, everything counted at the end. Kept here only as the reference the incremental
 * accumulator (src/lib/crm/leads.ts) must match; the page never loads it.
 */
import type { LeadsSummary, SpeedGroup } from '../../../src/schemas/crm';
import { dayKey, dayMs, monthKey } from '../../../src/lib/crm/dates';
import { Labels, topGroups } from '../../../src/lib/crm/groups';
import { share } from '../../../src/lib/crm/stats';
import { NumberList, quantileSorted, spread } from './exact';

import { LEAD_STAGES } from '../../../src/lib/crm/leads';

/** Response curves count up to a week, the longest SLA the funnel builder allows. */
const CURVE_HOURS = 168;
/** The months shown: the most recent three years of the file. */
const MAX_MONTHS = 36;

export class ColumnLeadsAccumulator {
  readonly stageIds: string[];
  private dates: NumberList[];
  private response = new NumberList();
  private source = new NumberList();
  private owner = new NumberList();
  readonly sources = new Labels();
  readonly owners = new Labels();
  private hasSpeed: boolean;

  constructor(mapped: readonly string[]) {
    this.stageIds = LEAD_STAGES.map((s) => s.id).filter((id) => mapped.includes(id));
    this.dates = this.stageIds.map(() => new NumberList());
    this.hasSpeed = mapped.includes('response') || mapped.includes('firstTouch');
  }

  add(v: Record<string, number | string>): void {
    this.stageIds.forEach((id, k) => this.dates[k]!.push(typeof v[id] === 'number' ? (v[id] as number) : NaN));
    const created = v.created as number;
    let hours = typeof v.response === 'number' ? v.response : NaN;
    if (Number.isNaN(hours) && typeof v.firstTouch === 'number' && v.firstTouch >= created)
      hours = (v.firstTouch - created) / 3_600_000;
    this.response.push(hours);
    this.source.push(this.sources.id(typeof v.source === 'string' ? v.source : ''));
    this.owner.push(this.owners.id(typeof v.owner === 'string' ? v.owner : ''));
  }

  summary(): LeadsSummary | null {
    const dates = this.dates.map((d) => d.values());
    const n = dates[0]?.length ?? 0;
    if (n === 0) return null;
    const K = this.stageIds.length;
    // A lead reached a stage when it has that stage's date or a later one (CRMs let leads skip stages).
    const reachedIdx = new Int8Array(n);
    for (let i = 0; i < n; i++) {
      let r = 0;
      for (let k = K - 1; k > 0; k--)
        if (!Number.isNaN(dates[k]![i]!)) {
          r = k;
          break;
        }
      reachedIdx[i] = r;
    }
    const reached = new Array<number>(K).fill(0);
    for (let i = 0; i < n; i++) for (let k = 0; k <= reachedIdx[i]!; k++) reached[k]!++;
    let outOfOrder = 0;
    const stages = this.stageIds.map((id, k) => {
      const def = LEAD_STAGES.find((s) => s.id === id)!;
      let days = null;
      if (k < K - 1) {
        const gaps = new NumberList();
        for (let i = 0; i < n; i++) {
          const d = dates[k + 1]![i]! - dates[k]![i]!;
          if (Number.isNaN(d)) continue;
          if (d < 0) outOfOrder++;
          else gaps.push(d / dayMs);
        }
        days = spread(gaps.values());
      }
      return {
        id,
        label: def.label,
        reached: reached[k]!,
        toNext: k < K - 1 ? share(reached[k + 1]!, reached[k]!) : null,
        dropOff: k < K - 1 ? reached[k]! - reached[k + 1]! : null,
        days,
      };
    });
    const created = dates[0]!;
    let first = Infinity;
    let last = -Infinity;
    for (const t of created) {
      if (t < first) first = t;
      if (t > last) last = t;
    }
    const spanMonths = Math.max(1, (last - first) / (dayMs * 30.44));
    return {
      rows: n,
      first: dayKey(first),
      last: dayKey(last),
      monthlyVolume: Math.max(1, Math.round(n / spanMonths)),
      stages,
      months: this.months(dates, reachedIdx, K),
      sources: this.bySource(reachedIdx, K),
      outOfOrder,
      speed: this.hasSpeed ? this.speed() : null,
    };
  }

  private months(dates: Float64Array[], reachedIdx: Int8Array, K: number): LeadsSummary['months'] {
    const rows = new Map<string, { counts: number[]; cohort: number; toLast: number }>();
    const row = (m: string) => {
      let r = rows.get(m);
      if (!r) rows.set(m, (r = { counts: new Array<number>(K).fill(0), cohort: 0, toLast: 0 }));
      return r;
    };
    const n = dates[0]!.length;
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < K; k++) {
        const t = dates[k]![i]!;
        if (!Number.isNaN(t)) row(monthKey(t)).counts[k]!++;
      }
      const c = row(monthKey(dates[0]![i]!));
      c.cohort++;
      if (reachedIdx[i] === K - 1) c.toLast++;
    }
    return [...rows.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .slice(-MAX_MONTHS)
      .map(([month, r]) => ({ month, counts: r.counts, cohortToLast: K > 1 ? share(r.toLast, r.cohort) : null }));
  }

  private bySource(reachedIdx: Int8Array, K: number): LeadsSummary['sources'] {
    const src = this.source.values();
    const leads = new Array<number>(this.sources.names.length).fill(0);
    const last = [...leads];
    for (let i = 0; i < src.length; i++) {
      leads[src[i]!]!++;
      if (reachedIdx[i] === K - 1 && K > 1) last[src[i]!]!++;
    }
    const { labels, groupOf } = topGroups(leads, this.sources.names);
    const out = labels.map((label) => ({ label, leads: 0, reachedLast: 0, rate: null as number | null }));
    leads.forEach((c, id) => {
      out[groupOf[id]!]!.leads += c;
      out[groupOf[id]!]!.reachedLast += last[id]!;
    });
    return out.map((g) => ({ ...g, rate: K > 1 ? share(g.reachedLast, g.leads) : null }));
  }

  /** Every speed group in one pass over the rows: all leads, each owner, each source. */
  private speed(): NonNullable<LeadsSummary['speed']> {
    const hours = this.response.values();
    const owner = this.owner.values();
    const source = this.source.values();
    const split = (ids: Float64Array, names: Labels) => {
      const sizes = new Array<number>(names.names.length).fill(0);
      for (const id of ids) sizes[id]!++;
      return topGroups(sizes, names.names);
    };
    const owners = split(owner, this.owners);
    const sources = split(source, this.sources);
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
      const sorted = g.answered.values().slice().sort();
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
