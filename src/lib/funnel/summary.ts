import type { Funnel } from '../../schemas/funnel';
import type { ForwardResult, GoalResult } from './model';
import { numbersFor, pluralName } from './format';

/** One sentence a screen reader hears after a change; also the visible headline. */
export function summaryText(funnel: Funnel, result: ForwardResult, goal: GoalResult | null): string {
  const first = funnel.stages[0]!.name;
  const last = funnel.stages[funnel.stages.length - 1]!.name;
  const { count, money, pct } = numbersFor(funnel.currency);
  if (goal) {
    if (!goal.ok)
      return goal.kind === 'zero-rate'
        ? `The goal cannot be reached: ${goal.stages.map((z) => `“${z.name}” converts 0 % to “${z.next}”`).join(' and ')}.`
        : `The goal needs more than 100 billion “${goal.stage}” a month: check the rates.`;
    const more =
      goal.gap > 0
        ? `${count(goal.gap)} more than now`
        : goal.gap < 0
          ? `${count(-goal.gap)} fewer than now`
          : 'exactly what you have';
    return `To make ${money(funnel.target)} a month you need ${count(goal.customers)} ${pluralName(last, goal.customers)}, which takes ${count(goal.needs[0]!.need)} ${pluralName(first, goal.needs[0]!.need)} a month (${more}).`;
  }
  return `${count(funnel.volume)} ${pluralName(first, funnel.volume)} a month become ${count(result.customers)} ${pluralName(last, result.customers)} and ${money(result.revenue)} in revenue (${pct(result.overall)} overall).`;
}

/** The headline in a few words, for the bar that stays on screen on phones. */
export function shortSummary(funnel: Funnel, result: ForwardResult, goal: GoalResult | null): string {
  const { count, money } = numbersFor(funnel.currency);
  const first = funnel.stages[0]!.name;
  const last = funnel.stages[funnel.stages.length - 1]!.name;
  if (goal) {
    if (!goal.ok) return 'Goal out of reach: check the rates';
    const top = goal.needs[0]!.need;
    const gap = goal.gap > 0 ? `${count(goal.gap)} more` : goal.gap < 0 ? `${count(-goal.gap)} fewer` : 'as today';
    return `Goal needs ${count(top)} ${pluralName(first, top)} a month (${gap}) · ${count(goal.customers)} ${pluralName(last, goal.customers)}`;
  }
  return `${count(result.customers)} ${pluralName(last, result.customers)} · ${money(result.revenue)} a month`;
}
