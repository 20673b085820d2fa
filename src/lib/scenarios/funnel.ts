import type { Funnel } from '../../schemas/funnel';
import type { FunnelChange, ScenarioContent } from '../../schemas/scenario';
import { defaultAfter } from '../funnel/after';
import { findHandoff } from '../funnel/insights';
import { clean, forward, type ForwardResult } from '../funnel/model';
import type { Decision } from './graph';
import { resolvePicks } from './play';

type FunnelScenario = Pick<ScenarioContent, 'steps' | 'funnel' | 'quarter'>;

const clampRate = (r: number) => clean(Math.min(100, Math.max(0, Number.isFinite(r) ? r : 0)));

/**
 * The scenario's starting funnel as the funnel builder's model takes it. A negotiation gives
 * its rates; a review gives a quarter's counts by source, and each rate is the total reaching
 * the next stage over the total in this one (0 when a stage is empty, never NaN).
 */
export function baseFunnel(s: FunnelScenario): Funnel | null {
  const src = s.funnel ?? s.quarter;
  if (!src) return null;
  const totals = s.quarter
    ? s.quarter.stages.map((_, i) => s.quarter!.sources.reduce((n, x) => n + (x.counts[i] ?? 0), 0))
    : [];
  const stages = src.stages.map((st, i) => ({
    id: st.id,
    name: st.name,
    owner: st.owner,
    rate: s.quarter
      ? clampRate(i + 1 < totals.length && totals[i]! > 0 ? (totals[i + 1]! / totals[i]!) * 100 : 0)
      : clampRate(st.rate ?? 0),
    days: null,
    ref: null,
  }));
  return {
    stages,
    volume: s.funnel ? s.funnel.volume : Math.max(1, totals[0] ?? 1),
    dealValue: src.dealValue,
    currency: 'USD',
    budget: null,
    target: src.dealValue,
    mode: 'forward',
    presetId: null,
    // Scenarios stop at the sale; the after-sale section stays off with the builder's defaults.
    after: defaultAfter(src.dealValue),
    team: null,
  };
}

/** A funnel with changes applied in order: a stage's rate set or moved (kept within 0–100 %), or the volume set. */
export function applyChanges(f: Funnel, changes: readonly FunnelChange[]): Funnel {
  let next = f;
  for (const c of changes) {
    if (!c.stage) {
      const v = c.set ?? next.volume + (c.add ?? 0);
      next = { ...next, volume: Math.max(1, Math.round(v)) };
      continue;
    }
    next = {
      ...next,
      stages: next.stages.map((st) =>
        st.id === c.stage ? { ...st, rate: clampRate(c.set ?? st.rate + (c.add ?? 0)) } : st,
      ),
    };
  }
  return next;
}

/** The funnel after the picks' changes, in the order they were made. */
function funnelAfter(s: FunnelScenario, picks: readonly Decision[]): Funnel | null {
  const base = baseFunnel(s);
  if (!base) return null;
  return resolvePicks(s, picks).reduce((f, t) => applyChanges(f, t.choice.changes ?? []), base);
}

export interface FunnelNumbers {
  result: ForwardResult;
  customers: number;
  /** Customers gained over the starting funnel (negative when lost). */
  gained: number;
  /** What marketing hands to sales (the last marketing stage's count) and how many sales accepts. */
  handedOver: number;
  accepted: number;
}

export function funnelNumbers(s: FunnelScenario, picks: readonly Decision[]): FunnelNumbers | null {
  const base = baseFunnel(s);
  const now = funnelAfter(s, picks);
  if (!base || !now) return null;
  const result = forward(now);
  const h = findHandoff(now, result);
  return {
    result,
    customers: result.customers,
    gained: clean(result.customers - forward(base).customers),
    handedOver: h?.count ?? 0,
    accepted: h ? (result.stages[h.fromIndex + 1]?.count ?? 0) : 0,
  };
}

/**
 * What each choice at one of the path's steps would have changed: the customers at the end of
 * the path had that choice been taken instead, every other pick kept. Only for steps whose
 * choices change the funnel; the debrief of the pipeline review shows it.
 */
export function whatIf(s: FunnelScenario, picks: readonly Decision[], stepId: string) {
  const step = s.steps.find((st) => st.id === stepId);
  if (!step || !step.choices.some((c) => c.changes?.length)) return [];
  return step.choices.map((c) => {
    const swapped = picks.map((p) => (p.step === stepId ? { step: stepId, choice: c.id } : p));
    const n = funnelNumbers(s, swapped);
    return { choice: c, customers: n?.customers ?? 0, gained: n?.gained ?? 0 };
  });
}
