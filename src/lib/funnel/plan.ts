import type { Funnel } from '../../schemas/funnel';
import { clean, type ForwardResult, type GoalResult } from './model';
import { ceilToShownPct } from './format';

type GoalOk = Extract<GoalResult, { ok: true }>;

/**
 * The goal's needs in the shape of a forward result, so the projection, the handoff and the
 * SLA can work from what the goal needs with the same code they use for today's funnel.
 */
export function goalAsForward(f: Funnel, g: GoalOk): ForwardResult {
  const top = g.needs[0]!.need;
  const stages = g.needs.map((n, i) => {
    const prev = i > 0 ? f.stages[i - 1]! : null;
    return {
      id: n.id,
      name: n.name,
      owner: n.owner,
      rate: f.stages[i]!.rate,
      count: n.need,
      pctOfPrevious: prev ? prev.rate : null,
      pctOfFirst: top > 0 ? clean((n.need / top) * 100) : 0,
    };
  });
  const revenue = clean(g.customers * f.dealValue);
  return {
    stages,
    customers: g.customers,
    revenue,
    overall: top > 0 ? clean((g.customers / top) * 100) : 0,
    costPerCustomer: f.budget !== null && g.customers > 0 ? clean(f.budget / g.customers) : null,
  };
}

export interface GoalLever {
  id: string;
  name: string;
  next: string;
  from: number;
  /** The rate (rounded up to two decimals) at which today's volume alone reaches the goal. */
  to: number;
  /** to − from, in percentage points. */
  points: number;
  /** The preset's high end for this stage, when `to` is above it (beyond what the source saw); else null. */
  beyondHigh: number | null;
}

export interface GoalFix {
  /** Today's funnel already makes the goal's customers. */
  met: boolean;
  /** Stages whose rate alone could close the gap (at most 100 %), smallest change first. */
  levers: GoalLever[];
  /** People the top stage would need instead, if no rate changed. */
  volumeGap: number;
}

/**
 * Which single stage improvement closes the gap to the goal with the smallest change: for each
 * stage, the rate at which today's volume makes the goal's customers (today's rate × customers
 * needed ÷ customers today), kept when it is possible (at most 100 %).
 * `highs` holds the preset's high end for each stage it benchmarks, by stage id: a rate above it
 * is more than the source ever saw, so such a change is marked and comes after every change
 * within the benchmark, however small.
 */
export function goalFix(
  f: Funnel,
  today: ForwardResult,
  g: GoalOk,
  highs: ReadonlyMap<string, number> = new Map(),
): GoalFix {
  const met = today.customers >= g.customers;
  const factor = today.customers > 0 ? g.customers / today.customers : Infinity;
  const levers: GoalLever[] = [];
  if (!met && Number.isFinite(factor))
    f.stages.slice(0, -1).forEach((s, i) => {
      // Rounded up to the precision the advice is shown with: typing the figure it gives meets the goal.
      const to = ceilToShownPct(clean(s.rate * factor));
      if (s.rate > 0 && to <= 100)
        levers.push({
          id: s.id,
          name: s.name,
          next: f.stages[i + 1]!.name,
          from: s.rate,
          to,
          points: clean(to - s.rate),
          beyondHigh: (highs.get(s.id) ?? Infinity) < to ? highs.get(s.id)! : null,
        });
    });
  levers.sort((a, b) => Number(a.beyondHigh !== null) - Number(b.beyondHigh !== null) || a.points - b.points);
  return { met, levers, volumeGap: Math.max(0, g.gap) };
}
