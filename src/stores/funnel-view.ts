import { computed } from 'nanostores';
import type { Funnel, FunnelState } from '../schemas/funnel';
import { forward, goal as reverse, type ForwardResult, type GoalResult } from '../lib/funnel/model';
import { presetRange, type PresetRange } from '../lib/funnel/presets';
import { presets } from '../lib/funnel/preset-data';
import { levers, type Lever } from '../lib/funnel/insights';
import { goalAsForward, goalFix, type GoalFix } from '../lib/funnel/plan';
import { project, type Projection } from '../lib/funnel/time';
import { afterSale, type AfterSale } from '../lib/funnel/after';
import { summaryText } from '../lib/funnel/summary';
import { numbersFor, type Numbers } from '../lib/funnel/format';
import type { PresetBenchmark } from '../schemas/funnel-preset';
import { $funnelState, $linkFunnel, initialFunnelState } from './funnel-store';

/** Everything a funnel island shows, worked out once from the state. Islands only render it. */
export interface FunnelView {
  funnel: Funnel;
  state: FunnelState;
  /** A funnel from a shared link is on screen (not the reader's saved one). */
  linked: boolean;
  /** Today's funnel, worked forward. */
  result: ForwardResult;
  /** In goal mode, what the goal needs; null in forward mode. */
  goal: GoalResult | null;
  /** The numbers the plan commits to: the goal's needs in goal mode (when reachable), else today's. */
  plan: ForwardResult;
  /** The plan is the goal's numbers. */
  forGoal: boolean;
  preset: PresetBenchmark | null;
  range: PresetRange | null;
  /** Forward levers: +5 points at each stage. */
  levers: Lever[];
  /** Goal mode: the single rate change that closes the gap with the smallest change. */
  fix: GoalFix | null;
  projection: Projection;
  /** After-sale figures over the projection's 12 months; null while the section is off. */
  after: AfterSale | null;
  /** The headline sentence. */
  summary: string;
  /** Formatters that write every figure as the funnel's currency is usually written. */
  num: Numbers;
}

function viewOf(state: FunnelState, linked: Funnel | null): FunnelView {
  const funnel = linked ?? state.funnel;
  const result = forward(funnel);
  const goal = funnel.mode === 'goal' ? reverse(funnel) : null;
  const ok = goal?.ok ? goal : null;
  const plan = ok ? goalAsForward(funnel, ok) : result;
  const preset = presets.find((p) => p.id === funnel.presetId) ?? null;
  const projection = project(funnel, 12, plan);
  const range = preset ? presetRange(funnel, preset) : null;
  return {
    funnel,
    state,
    linked: linked !== null,
    result,
    goal,
    plan,
    forGoal: ok !== null,
    preset,
    range,
    levers: levers(funnel, result),
    fix: ok ? goalFix(funnel, result, ok, new Map(range?.marks.map((m) => [m.id, m.high]))) : null,
    projection,
    after: funnel.after.on
      ? afterSale(
          funnel.after,
          projection.rows.map((r) => r.customers),
          plan.costPerCustomer,
        )
      : null,
    summary: summaryText(funnel, result, goal),
    num: numbersFor(funnel.currency),
  };
}

/** What the server renders: the example funnel, so hydration starts from the same view. */
export const SERVER_VIEW = viewOf(initialFunnelState(), null);

/** The one derived view every funnel island renders. */
export const $funnelView = computed([$funnelState, $linkFunnel], (state, linked) => viewOf(state, linked));
