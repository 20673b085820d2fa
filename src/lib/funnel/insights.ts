import type { Funnel } from '../../schemas/funnel';
import { forward, type ForwardResult } from './model';
import { formatCount, pluralName } from './format';

export interface Handoff {
  /** Index of the last marketing-owned stage. */
  fromIndex: number;
  /** Index of the first sales-owned stage after it. */
  toIndex: number;
  fromName: string;
  toName: string;
  /** People in the last marketing stage each month: what marketing hands over. */
  count: number;
  /** Of those, how many reach the first sales stage each month. */
  accepted: number;
}

/**
 * The handoff is the step from the last marketing-owned stage to the first sales-owned
 * stage after it (shared stages may sit between). Null when there is no such pair.
 */
export function findHandoff(f: Funnel, result: ForwardResult = forward(f)): Handoff | null {
  let from = -1;
  f.stages.forEach((s, i) => {
    if (s.owner === 'marketing') from = i;
  });
  if (from < 0) return null;
  const to = f.stages.findIndex((s, i) => i > from && s.owner === 'sales');
  if (to < 0) return null;
  return {
    fromIndex: from,
    toIndex: to,
    fromName: f.stages[from]!.name,
    toName: f.stages[to]!.name,
    count: result.stages[from]!.count,
    accepted: result.stages[to]!.count,
  };
}

/** "marketing hands 75 MQLs a month to sales", or why there is no handoff; the count in `locale` (see numbersFor). */
export function handoffSentence(h: Handoff | null, locale?: string): string {
  if (!h) return 'There is no handoff yet: give a stage to marketing and a later stage to sales.';
  return `Marketing hands ${formatCount(h.count, locale)} ${pluralName(h.fromName, h.count)} a month to sales.`;
}

export interface Lever {
  id: string;
  name: string;
  index: number;
  from: number;
  /** The rate plus 5 percentage points, capped at 100 %. */
  to: number;
  customersGained: number;
  revenueGained: number;
}

/** The size of the lever each stage gets: 5 percentage points. */
const LEVER_POINTS = 5;

/**
 * For every stage with an onward rate, the revenue gained if that stage alone converted
 * 5 percentage points better (capped at 100 %); biggest gain first, ties in funnel order.
 */
export function levers(f: Funnel, base: ForwardResult = forward(f)): Lever[] {
  return f.stages
    .slice(0, -1)
    .map((s, index) => {
      const to = Math.min(100, Math.round((s.rate + LEVER_POINTS) * 100) / 100);
      const stages = f.stages.map((x, j) => (j === index ? { ...x, rate: to } : x));
      const better = forward({ ...f, stages });
      return {
        id: s.id,
        name: s.name,
        index,
        from: s.rate,
        to,
        customersGained: better.customers - base.customers,
        revenueGained: better.revenue - base.revenue,
      };
    })
    .sort((a, b) => b.revenueGained - a.revenueGained || a.index - b.index);
}

export interface DropOff {
  fromName: string;
  toName: string;
  /** People lost between the two stages each month. */
  lost: number;
}

/** The step that loses the most people in absolute numbers (the first such step on a tie). */
export function biggestDropOff(result: ForwardResult): DropOff {
  let best: DropOff | null = null;
  for (let i = 0; i < result.stages.length - 1; i++) {
    const a = result.stages[i]!;
    const b = result.stages[i + 1]!;
    const lost = a.count - b.count;
    if (!best || lost > best.lost) best = { fromName: a.name, toName: b.name, lost };
  }
  return best!;
}
