/*
 * The deals file's summary: won, lost and open deals, win rate (won of those closed), the value
 * of a won deal, days from created to won, and win rate by source and owner. Added up as rows
 * are read: counters by month and by label, sketches for the medians (within 1 %), so memory
 * grows with the months and labels, not the rows.
 */
import type { DealsSummary } from '../../schemas/crm';
import { dayKey, dayMs, monthKey } from './dates';
import { Labels, topGroups } from './groups';
import { Sketch } from './sketch';
import { share } from './stats';

export type Outcome = 'won' | 'lost' | 'open';

/** Reads a status or stage cell: "Closed Won", "won", "true" (an "Is Won" column) are won. */
export function outcomeOf(text: string): Outcome {
  const t = text.trim().toLowerCase();
  if (/\blost\b|^false$|^no$|^0$|not won|closed.?lost/.test(t)) return 'lost';
  if (/\bwon\b|closed.?won|^true$|^yes$|^1$|^win$/.test(t)) return 'won';
  return 'open';
}

const MAX_MONTHS = 36;

/** Deals of one source or owner label. */
interface Tally {
  won: number;
  lost: number;
  open: number;
  wonValue: number;
}

const newTally = (): Tally => ({ won: 0, lost: 0, open: 0, wonValue: 0 });

export class DealsAccumulator {
  private rows = 0;
  private won = 0;
  private lost = 0;
  private first = Infinity;
  private last = -Infinity;
  /** Won amounts: their sum and count for the average, a sketch for the median. */
  private wonTotal = 0;
  private wonCount = 0;
  private wonAmounts = new Sketch();
  /** Days from created to won. */
  private cycle = new Sketch();
  private months = new Map<string, { won: number; lost: number; wonValue: number }>();
  private bySource: Tally[] = [];
  private byOwner: Tally[] = [];
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
    const created = v.created as number;
    const closed = typeof close === 'number' ? close : NaN;
    const amount = typeof v.amount === 'number' ? v.amount : NaN;
    // A won deal's value counts as 0 when its amount is missing or negative.
    const value = Number.isNaN(amount) ? 0 : Math.max(0, amount);
    this.rows++;
    this.first = Math.min(this.first, created);
    this.last = Math.max(this.last, created, Number.isNaN(closed) ? -Infinity : closed);
    this.tally(this.bySource, this.sources.id(typeof v.source === 'string' ? v.source : ''), outcome, value);
    this.tally(this.byOwner, this.owners.id(typeof v.owner === 'string' ? v.owner : ''), outcome, value);
    if (outcome === 'open') return;
    const isWon = outcome === 'won';
    if (isWon) this.won++;
    else this.lost++;
    if (isWon && !Number.isNaN(amount) && amount >= 0) {
      this.wonTotal += amount;
      this.wonCount++;
      this.wonAmounts.add(amount);
    }
    if (isWon && closed >= created) this.cycle.add((closed - created) / dayMs);
    if (!Number.isNaN(closed)) {
      const key = monthKey(closed);
      let m = this.months.get(key);
      if (!m) this.months.set(key, (m = { won: 0, lost: 0, wonValue: 0 }));
      if (isWon) {
        m.won++;
        m.wonValue += value;
      } else m.lost++;
    }
  }

  private tally(tallies: Tally[], id: number, outcome: Outcome, value: number): void {
    if (id === tallies.length) tallies.push(newTally());
    const t = tallies[id]!;
    if (outcome === 'won') {
      t.won++;
      t.wonValue += value;
    } else if (outcome === 'lost') t.lost++;
    else t.open++;
  }

  summary(): DealsSummary | null {
    const { rows: n, won, lost } = this;
    if (n === 0) return null;
    return {
      rows: n,
      first: dayKey(this.first),
      last: dayKey(this.last),
      won,
      lost,
      open: n - won - lost,
      winRate: share(won, won + lost),
      avgWon: this.wonCount ? this.wonTotal / this.wonCount : null,
      medianWon: this.wonAmounts.quantile(0.5),
      cycle: this.cycle.spread(),
      bySource: groups(this.bySource, this.sources),
      byOwner: groups(this.byOwner, this.owners),
      months: [...this.months.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .slice(-MAX_MONTHS)
        .map(([month, m]) => ({ month, ...m })),
    };
  }
}

/** The labels' tallies merged into the table's groups: the largest labels, the rest as "Other". */
function groups(tallies: readonly Tally[], names: Labels): DealsSummary['bySource'] {
  const { labels, groupOf } = topGroups(
    tallies.map((t) => t.won + t.lost + t.open),
    names.names,
  );
  const out = labels.map(newTally);
  tallies.forEach((t, id) => {
    const g = out[groupOf[id]!]!;
    g.won += t.won;
    g.lost += t.lost;
    g.open += t.open;
    g.wonValue += t.wonValue;
  });
  return labels.map((label, i) => {
    const { won, lost, open, wonValue } = out[i]!;
    return { label, won, lost, open, rate: share(won, won + lost), wonValue };
  });
}
