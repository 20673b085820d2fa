import { actionPlanSchema, teamCodesSchema, type ActionPlanState, type TeamCodes } from '../schemas/assessment';
import type { VersionedCodec } from '../lib/versioned';
import { PLAN_KEY, TEAM_KEY } from '../schemas/storage-keys';
import { persistedStore } from './persisted';

const teamCodec: VersionedCodec<TeamCodes> = {
  key: TEAM_KEY,
  version: 1,
  schema: teamCodesSchema,
  initial: () => ({ text: '' }),
};
const planCodec: VersionedCodec<ActionPlanState> = {
  key: PLAN_KEY,
  version: 1,
  schema: actionPlanSchema,
  initial: () => ({}),
};

/** The codes pasted into the team view, kept until the manager forgets them. */
const teamStore = persistedStore(teamCodec, 'team results');
export const $teamCodes = teamStore.$value;

/** Owners and due dates typed in workshop mode, by action key. */
const planStore = persistedStore(planCodec, 'action plan');
export const $plan = planStore.$value;

export const setTeamText = (text: string) => $teamCodes.set({ text: text.slice(0, 100_000) });

/** Sets one action's owner or due date; an action with neither is dropped. */
export function setPlanEntry(key: string, patch: Partial<ActionPlanState[string]>) {
  const all = { ...$plan.get() };
  const next = { owner: '', due: '', ...all[key], ...patch };
  if (!next.owner && !next.due) delete all[key];
  else all[key] = next;
  $plan.set(all);
}

/** "Forget these results": removes the pasted codes and the workshop plan from this browser. */
export function forgetTeam() {
  $teamCodes.set({ text: '' });
  $plan.set({});
}
