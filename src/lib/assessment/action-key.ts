/*
 * How a team link names the actions of the workshop's plan. The plan is kept under each action's
 * dimension and whole text (`handoff|Write a simple SLA…`, see export.ts), too long for a link, so
 * the link carries a hash of the text instead (`handoff|9f4d497b`) and the page that opens it finds
 * the action again among its own. An action whose wording changed in between is not found and is
 * left out, rather than its owner landing on another action.
 */
import { fnv1a } from '../fnv1a';

export const TALK_FIRST = 'talk-first';

/** The link's name for a plan key: "handoff|9f4d497b"; the talk-first row keeps "handoff|talk-first". */
export function linkKey(planKey: string): string {
  const bar = planKey.indexOf('|');
  const dimension = planKey.slice(0, bar);
  const action = planKey.slice(bar + 1);
  return bar < 0 || action === TALK_FIRST ? planKey : `${dimension}|${fnv1a(action)}`;
}
