/*
 * Speed to lead, added up as leads are read: one tally per owner and per source label (leads,
 * a sketch of the hours to first response, counts answered within each hour), so memory grows
 * with the labels, not the rows. The tables' groups (the largest labels, the rest as "Other")
 * are only known at the end, so the labels' tallies are merged into them then.
 */
import type { SpeedGroup } from '../../schemas/crm';
import { topGroups } from './groups';
import { Sketch } from './sketch';

/** Response curves count up to a week, the longest SLA the funnel builder allows. */
const CURVE_HOURS = 168;

export class SpeedTally {
  leads = 0;
  readonly answered = new Sketch();
  /** curve[h]: leads first answered in hour h (0 is "at once"); made cumulative by group(). */
  readonly curve = new Array<number>(CURVE_HOURS + 1).fill(0);

  /** One lead; `hours` is NaN when it was never answered. */
  add(hours: number): void {
    this.leads++;
    if (Number.isNaN(hours)) return;
    this.answered.add(hours);
    if (hours <= CURVE_HOURS) this.curve[Math.max(0, Math.ceil(hours))]!++;
  }

  merge(other: SpeedTally): void {
    this.leads += other.leads;
    this.answered.merge(other.answered);
    for (let h = 0; h <= CURVE_HOURS; h++) this.curve[h]! += other.curve[h]!;
  }

  group(label: string): SpeedGroup {
    const curve = [...this.curve];
    for (let h = 1; h <= CURVE_HOURS; h++) curve[h]! += curve[h - 1]!;
    return { label, leads: this.leads, responded: this.answered.count, median: this.answered.quantile(0.5), curve };
  }
}

/** The tallies of each label (by label number) merged into the table's groups, largest first. */
export function speedGroups(tallies: readonly SpeedTally[], names: readonly string[]): SpeedGroup[] {
  const { labels, groupOf } = topGroups(
    tallies.map((t) => t.leads),
    names,
  );
  const groups = labels.map(() => new SpeedTally());
  tallies.forEach((t, id) => groups[groupOf[id]!]!.merge(t));
  return groups.map((g, i) => g.group(labels[i]!));
}

/** Every lead's tally: each lead has exactly one owner label, so the owners' tallies add up to all. */
export function allLeads(byOwner: readonly SpeedTally[]): SpeedGroup {
  const all = new SpeedTally();
  for (const t of byOwner) all.merge(t);
  return all.group('All leads');
}
