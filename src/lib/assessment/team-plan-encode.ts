import type { ActionPlanState } from '../../schemas/assessment';
import { toBase64Url } from '../base64url';
import { linkKey } from './action-key';

/**
 * The workshop's owners and due dates as a team link carries them (`#t=<codes>&p=<plan code>`):
 * `<version>.<base64url(JSON)>`. Version 1 packs `[[key, owner, due], …]`, one item per action with
 * an owner or a due date, named by ./action-key's link keys. Links without `&p=` are older and
 * carry no plan; they open as before. The reader is ./team-plan-code, loaded only for such a link.
 */
export const PLAN_CODE_VERSION = 1;

/** The plan code for a team link, or null when no action has an owner or a due date. */
export function encodeTeamPlan(plan: ActionPlanState): string | null {
  const items = Object.entries(plan)
    .filter(([, e]) => e.owner || e.due)
    .map(([key, e]) => [linkKey(key), e.owner, e.due]);
  return items.length ? `${PLAN_CODE_VERSION}.${toBase64Url(new TextEncoder().encode(JSON.stringify(items)))}` : null;
}
