/*
 * Kept only as the reference the incremental deals summary (src/lib/crm/deals.ts) must match; it
 * is the summary as it was worked out before, from every row kept. The page never loads it.
 *
 * The deals file's summary: won, lost and open deals, win rate (won of those closed), the value
 * of a won deal, days from created to won, and win rate by source and owner.
 */
import type { DealsSummary } from '../../../src/schemas/crm';
import { dayKey, dayMs, monthKey } from '../../../src/lib/crm/dates';
import { Labels, topGroups } from '../../../src/lib/crm/groups';
import { share } from '../../../src/lib/crm/stats';
import { outcomeOf, type Outcome } from '../../../src/lib/crm/deals';
import { NumberList, spread } from './exact';

const MAX_MONTHS = 36;
const CODE: Record<Outcome, number> = { open: 0, won: 1, lost: 2 };

export class ColumnDealsAccumulator {
  private created = new NumberList();
  private closed = new NumberList();
  private outcome = new NumberList();
  private amount = new NumberList();
  private source = new NumberList();
  private owner = new NumberList();
  readonly sources = new Labels();
  readonly owners = new Labels();

  add(v: Record<string, number | string>): void {
    const won = typeof v.won === 'number' && !Number.isNaN(v.won);
    const lost = typeof v.lost === 'number' && !Number.isNaN(v.lost);
    // A status column decides; without one the stage does; without either, a won or lost date does.
    const outcome: Outcome =
      typeof v.status === 'string' && v.status !== ''
        ? outcomeOf(v.status)
        : typeof v.stage === 'string' && v.stage !== ''
          ? outcomeOf(v.stage)
          : won
            ? 'won'
            : lost
              ? 'lost'
              : 'open';
    const close = [v.closed, outcome === 'lost' ? v.lost : v.won].find(
      (x) => typeof x === 'number' && !Number.isNaN(x),
    );
    this.created.push(v.created as number);
    this.closed.push(typeof close === 'number' ? close : NaN);
    this.outcome.push(CODE[outcome]);
    this.amount.push(typeof v.amount === 'number' ? v.amount : NaN);
    this.source.push(this.sources.id(typeof v.source === 'string' ? v.source : ''));
    this.owner.push(this.owners.id(typeof v.owner === 'string' ? v.owner : ''));
  }

  summary(): DealsSummary | null {
    const created = this.created.values();
    const n = created.length;
    if (n === 0) return null;
    const closed = this.closed.values();
    const outcome = this.outcome.values();
    const amount = this.amount.values();
    let won = 0;
    let lost = 0;
    let first = Infinity;
    let last = -Infinity;
    const wonAmounts = new NumberList();
    const cycle = new NumberList();
    const months = new Map<string, { won: number; lost: number; wonValue: number }>();
    for (let i = 0; i < n; i++) {
      first = Math.min(first, created[i]!);
      last = Math.max(last, created[i]!, Number.isNaN(closed[i]!) ? -Infinity : closed[i]!);
      if (outcome[i] === 0) continue;
      const isWon = outcome[i] === 1;
      if (isWon) won++;
      else lost++;
      const a = amount[i]!;
      if (isWon && !Number.isNaN(a) && a >= 0) wonAmounts.push(a);
      if (isWon && closed[i]! >= created[i]!) cycle.push((closed[i]! - created[i]!) / dayMs);
      if (!Number.isNaN(closed[i]!)) {
        const key = monthKey(closed[i]!);
        const m = months.get(key) ?? { won: 0, lost: 0, wonValue: 0 };
        if (isWon) {
          m.won++;
          m.wonValue += Number.isNaN(a) ? 0 : Math.max(0, a);
        } else m.lost++;
        months.set(key, m);
      }
    }
    const values = wonAmounts.values();
    const total = values.reduce((s, x) => s + x, 0);
    return {
      rows: n,
      first: dayKey(first),
      last: dayKey(last),
      won,
      lost,
      open: n - won - lost,
      winRate: share(won, won + lost),
      avgWon: values.length ? total / values.length : null,
      medianWon: spread(values).median,
      cycle: spread(cycle.values()),
      bySource: this.groups(this.source, this.sources),
      byOwner: this.groups(this.owner, this.owners),
      months: [...months.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .slice(-MAX_MONTHS)
        .map(([month, m]) => ({ month, ...m })),
    };
  }

  private groups(ids: NumberList, names: Labels): DealsSummary['bySource'] {
    const v = ids.values();
    const outcome = this.outcome.values();
    const amount = this.amount.values();
    const sizes = new Array<number>(names.names.length).fill(0);
    for (const id of v) sizes[id]!++;
    const { labels, groupOf } = topGroups(sizes, names.names);
    const out = labels.map((label) => ({ label, won: 0, lost: 0, open: 0, rate: null as number | null, wonValue: 0 }));
    for (let i = 0; i < v.length; i++) {
      const g = out[groupOf[v[i]!]!]!;
      if (outcome[i] === 1) {
        g.won++;
        g.wonValue += Number.isNaN(amount[i]!) ? 0 : Math.max(0, amount[i]!);
      } else if (outcome[i] === 2) g.lost++;
      else g.open++;
    }
    return out.map((g) => ({ ...g, rate: share(g.won, g.won + g.lost) }));
  }
}
