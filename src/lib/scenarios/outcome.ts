import type { ScenarioContent, ScenarioEnding } from '../../schemas/scenario';
import { funnelNumbers } from './funnel';
import type { Decision } from './graph';
import { runInbox } from './inbox';
import { resolvePicks } from './play';

type Scenario = Pick<ScenarioContent, 'kind' | 'steps' | 'inbox' | 'funnel' | 'quarter' | 'endings'>;

/** Rounds to one decimal, so rules and the reader see the same number (1.95 meetings shows and counts as 2.0). */
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * The numbers a finished (or partial) play produced, by name: the decision counts for every
 * kind, then the inbox's meetings, leads gone cold and SLA breaches, or the funnel's customers,
 * customers gained, leads handed over and accepted. Endings' rules test these names.
 */
export function playMetrics(s: Scenario, picks: readonly Decision[]): Record<string, number> {
  const taken = resolvePicks(s, picks);
  const metrics: Record<string, number> = {
    decisions: taken.length,
    best: taken.filter((t) => t.choice.verdict === 'best').length,
    mistakes: taken.filter((t) => t.choice.verdict === 'mistake').length,
  };
  if (s.inbox) {
    const run = runInbox(s.inbox, s, picks);
    Object.assign(metrics, { meetings: oneDecimal(run.meetings), cold: run.cold, breaches: run.breaches });
  }
  const n = funnelNumbers(s, picks);
  if (n)
    Object.assign(metrics, {
      customers: oneDecimal(n.customers),
      gained: oneDecimal(n.gained),
      handedOver: Math.round(n.handedOver),
      accepted: Math.round(n.accepted),
    });
  return metrics;
}

/** True when every number the rule names is within its bounds; a name the metrics lack fails the rule. */
function holds(rule: ScenarioEnding['when'], m: Record<string, number>): boolean {
  if (!rule) return true;
  const ok = (key: string, test: (v: number) => boolean) => key in m && test(m[key]!);
  return (
    Object.entries(rule.atLeast ?? {}).every(([k, v]) => ok(k, (x) => x >= v)) &&
    Object.entries(rule.atMost ?? {}).every(([k, v]) => ok(k, (x) => x <= v))
  );
}

/** The first ending whose rule the numbers meet (the last has no rule, so one always fits). */
export function endingFor(s: Scenario, metrics: Record<string, number>): ScenarioEnding {
  return s.endings.find((e) => holds(e.when, metrics)) ?? s.endings[s.endings.length - 1]!;
}
