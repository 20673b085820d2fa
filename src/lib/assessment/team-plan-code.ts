import * as z from 'zod/mini';
import { planEntrySchema, type ActionPlanState } from '../../schemas/assessment';
import { TEAM_LINK_MAX_CHARS } from '../../schemas/team-limits';
import { textFromBase64Url } from '../base64url';
import { PLAN_CODE_VERSION } from './team-plan-encode';
import { linkKey, TALK_FIRST } from './action-key';
import type { Questionnaire } from './questionnaire';

/** The most actions a link may carry owners and due dates for: more than any workshop plan has. */
export const PLAN_LINK_MAX_ACTIONS = 60;

/** "handoff|9f4d497b" or "handoff|talk-first", as ./action-key names actions in a link. */
const KEY = /^[a-z0-9-]{1,40}\|(?:[0-9a-f]{8}|talk-first)$/;
const linkEntrySchema = z.strictObject({
  key: z.string().check(z.refine((k) => KEY.test(k), { error: 'is not an action of this site’s workshop' })),
  owner: planEntrySchema.shape.owner,
  due: planEntrySchema.shape.due,
});

/** Every plan key this questionnaire's workshop can have (every dimension's actions at every level), by link key. */
function planKeysByLinkKey(q: Pick<Questionnaire, 'dimensions'>): Map<string, string> {
  const keys = q.dimensions.flatMap((d) => [
    `${d.id}|${TALK_FIRST}`,
    ...Object.values(d.actions).flatMap((actions) => actions.map((a) => `${d.id}|${a}`)),
  ]);
  return new Map(keys.map((k) => [linkKey(k), k]));
}

/** The plan code of a team link (what follows `&p=`), or null for a link without one. */
export const planCodeFromTeamHash = (hash: string): string | null => /&p=(.*)$/s.exec(hash.trim())?.[1] ?? null;

export type DecodedPlan = { ok: true; plan: ActionPlanState; actions: number } | { ok: false; reason: string };

/**
 * Reads the owners and due dates a team link carries (see ./team-plan-encode). Never throws: a
 * damaged, oversized, newer or edited code gets a reason the reader can understand, and the
 * link's results still open without the plan.
 */
export function decodeTeamPlan(code: string): DecodedPlan {
  if (code.length > TEAM_LINK_MAX_CHARS)
    return { ok: false, reason: 'they are longer than any team link this site makes' };
  const m = /^(\d{1,4})\.([A-Za-z0-9_-]*)$/.exec(code);
  if (!m) return { ok: false, reason: 'they are damaged' };
  if (Number(m[1]) > PLAN_CODE_VERSION)
    return { ok: false, reason: 'the link was made by a newer version of this site' };
  const json = textFromBase64Url(m[2]!);
  let raw: unknown;
  try {
    raw = json === null ? null : JSON.parse(json);
  } catch {
    raw = null;
  }
  if (!Array.isArray(raw)) return { ok: false, reason: 'they are damaged' };
  if (raw.length > PLAN_LINK_MAX_ACTIONS)
    return {
      ok: false,
      reason: `they name ${raw.length} actions, more than the ${PLAN_LINK_MAX_ACTIONS} a plan can have`,
    };
  const plan: ActionPlanState = {};
  for (const [i, item] of raw.entries()) {
    const [key, owner, due] = Array.isArray(item) && item.length === 3 ? (item as unknown[]) : [];
    const entry = linkEntrySchema.safeParse({ key, owner, due });
    if (!entry.success) {
      const field = String(entry.error.issues[0]?.path[0] ?? 'shape');
      const what = field === 'owner' ? 'owner (at most 80 characters)' : field === 'due' ? 'due date' : 'action';
      return { ok: false, reason: `the ${what} of action ${i + 1} in the link is not valid` };
    }
    if (entry.data.owner || entry.data.due) plan[entry.data.key] = { owner: entry.data.owner, due: entry.data.due };
  }
  return { ok: true, plan, actions: Object.keys(plan).length };
}

/**
 * What a team link's `&p=` part (in `hash`, the address's # part) gives the team view: the plan under this site's own keys (actions
 * it no longer has are left out and counted), or null, and a sentence for the status line.
 */
export function planFromLink(
  hash: string,
  q: Pick<Questionnaire, 'dimensions'>,
): { plan: ActionPlanState | null; note: string } {
  const read = decodeTeamPlan(planCodeFromTeamHash(hash) ?? '');
  if (!read.ok)
    return {
      plan: null,
      note: `The owners and due dates in the link could not be read (${read.reason}), so the results open without them.`,
    };
  const keys = planKeysByLinkKey(q);
  const plan: ActionPlanState = {};
  for (const [k, entry] of Object.entries(read.plan)) {
    const key = keys.get(k);
    if (key) plan[key] = entry;
  }
  const n = Object.keys(plan).length;
  const gone = read.actions - n;
  return {
    plan,
    note:
      `It carries owners or due dates for ${n} ${n === 1 ? 'action' : 'actions'}, shown in the workshop.` +
      (gone ? ` ${gone} more ${gone === 1 ? 'was' : 'were'} for actions this site no longer suggests.` : ''),
  };
}
