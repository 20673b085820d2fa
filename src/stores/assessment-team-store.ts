import { actionPlanSchema, teamCodesSchema, type ActionPlanState, type TeamCodes } from '../schemas/assessment';
import type { VersionedCodec } from '../lib/versioned';
import { PLAN_KEY, TEAM_KEY } from '../schemas/storage-keys';
import { atom } from 'nanostores';
import { limitTeamText, mergeTeamText, sameTeamLines, type LimitedText } from '../lib/assessment/team-limits';
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

/** Saves the paste box's text within the team limits (whole lines only) and says what was left out. */
export function setTeamText(text: string): LimitedText {
  const limited = limitTeamText(text);
  $teamCodes.set({ text: limited.text });
  return limited;
}

/** Codes from a team link or a file, held while a saved team is there until the manager chooses what to do. */
export interface IncomingTeam {
  text: string;
  from: 'link' | 'file';
  /** The manager chose to look without saving: the page shows these codes, the saved team is untouched. */
  looking: boolean;
  /** Owners and due dates the team link carries (null for a file, or a link without them), saved on "Add" or "Replace". */
  plan?: ActionPlanState | null;
}
export const $teamIncoming = atom<IncomingTeam | null>(null);

/** What the saved team and plan were before the last add or replace, so Undo can put them back. */
export const $teamUndo = atom<{ text: string; plan: ActionPlanState; done: 'add' | 'replace' } | null>(null);

/**
 * A team link or file arrives. With no team saved (or the same codes) it is saved at once;
 * otherwise it waits in $teamIncoming (`asked`) for the manager to add, replace or look.
 */
export function receiveTeam(
  text: string,
  from: IncomingTeam['from'],
  plan: ActionPlanState | null = null,
): LimitedText & { asked: boolean } {
  const limited = limitTeamText(text);
  const saved = $teamCodes.get().text;
  if (!saved.trim() || sameTeamLines(saved, limited.text)) {
    $teamCodes.set({ text: limited.text });
    // A link's owners and due dates fill in actions that have none here; what was typed in this
    // browser is never overwritten (an older link must not undo later edits).
    $plan.set({ ...plan, ...$plan.get() });
    $teamIncoming.set(null);
    return { ...limited, asked: false };
  }
  $teamIncoming.set({ text: limited.text, from, looking: false, plan });
  return { ...limited, asked: true };
}

/** The manager's choice for the waiting codes. Returns the text now on screen, with what was left out. */
export function chooseIncoming(choice: 'add' | 'replace' | 'look'): LimitedText {
  const incoming = $teamIncoming.get();
  const saved = $teamCodes.get().text;
  if (!incoming) return limitTeamText(saved);
  if (choice === 'look') {
    $teamIncoming.set({ ...incoming, looking: true });
    return limitTeamText(incoming.text);
  }
  const next = limitTeamText(choice === 'add' ? mergeTeamText(saved, incoming.text) : incoming.text);
  const plan = $plan.get();
  $teamUndo.set({ text: saved, plan, done: choice });
  $teamCodes.set({ text: next.text });
  // Added: the link fills in what the saved plan lacks. Replaced: the link's entries win.
  $plan.set(choice === 'add' ? { ...incoming.plan, ...plan } : { ...plan, ...incoming.plan });
  $teamIncoming.set(null);
  return next;
}

/** Edits to codes being looked at stay on screen only, within the same limits. */
export function setLookedText(text: string): LimitedText {
  const incoming = $teamIncoming.get();
  const limited = limitTeamText(text);
  if (incoming) $teamIncoming.set({ ...incoming, text: limited.text });
  return limited;
}

/** Back to the saved team: the waiting codes are dropped. Returns the saved text. */
export function dropIncoming(): string {
  $teamIncoming.set(null);
  return $teamCodes.get().text;
}

/** Puts back the team saved before the last add or replace. Returns it, or null when there is nothing to undo. */
export function undoTeamChange(): string | null {
  const undo = $teamUndo.get();
  if (!undo) return null;
  $teamCodes.set({ text: undo.text });
  $plan.set(undo.plan);
  $teamUndo.set(null);
  return undo.text;
}

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
  $teamIncoming.set(null);
  $teamUndo.set(null);
  $plan.set({});
}
