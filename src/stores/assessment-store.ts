import { computed } from 'nanostores';
import {
  draftSchema,
  HISTORY_MAX,
  historySchema,
  TEAM_LABEL_MAX,
  type Answer,
  type Attempt,
  type Draft,
  type Role,
} from '../schemas/assessment';
import type { VersionedCodec } from '../lib/versioned';
import { DRAFT_KEY, HISTORY_KEY } from '../schemas/storage-keys';
import { persistedStore } from './persisted';

const initialDraft = (): Draft => ({ step: 0, view: 'wizard', role: null, team: '', answers: {} });

export const draftCodec: VersionedCodec<Draft> = {
  key: DRAFT_KEY,
  version: 1,
  schema: draftSchema,
  initial: initialDraft,
};
export const historyCodec: VersionedCodec<Attempt[]> = {
  key: HISTORY_KEY,
  version: 1,
  schema: historySchema,
  initial: () => [],
};

/** The assessment in progress: answers, role, team label and step, saved as you go. */
export const draftStore = persistedStore(draftCodec, 'answers');
export const $draft = draftStore.$value;

/** Completed attempts on this device, oldest first. */
export const historyStore = persistedStore(historyCodec, 'assessment history');
export const $history = historyStore.$value;

/** The attempt whose results are shown: the latest one. */
export const $latestAttempt = computed($history, (h) => h.at(-1) ?? null);

const patch = (p: Partial<Draft>) => $draft.set({ ...$draft.get(), ...p });

export function setAnswer(statementId: string, answer: Answer) {
  patch({ answers: { ...$draft.get().answers, [statementId]: answer } });
}
export const setRole = (role: Role) => patch({ role });
/** Saves the team label cut to the TEAM_LABEL_MAX characters a result code holds; the form shows the limit as the reader types. */
export const setTeam = (team: string) => patch({ team: team.slice(0, TEAM_LABEL_MAX) });
export const goToStep = (step: number) => patch({ step: Math.max(0, Math.min(100, step)), view: 'wizard' });

/** Saves the finished attempt to history and shows its results. */
export function completeAttempt(questionnaireVersion: number, now = new Date()) {
  const d = $draft.get();
  if (!d.role) return;
  const nonce = Math.floor(Math.random() * 0x10000);
  const attempt: Attempt = {
    completedAt: now.toISOString(),
    nonce,
    questionnaireVersion,
    role: d.role,
    team: d.team.trim(),
    answers: d.answers,
  };
  $history.set([...$history.get(), attempt].slice(-HISTORY_MAX));
  // Loaded on first use, so the tool's first view does not pay for the progress store.
  void import('./progress-store').then((m) => m.markToolUsed('assessment'));
  patch({ view: 'results' });
}

/** Starts again with empty answers; role and team label stay, since they rarely change. */
export function retake() {
  const d = $draft.get();
  $draft.set({ ...initialDraft(), role: d.role, team: d.team });
}

/** Removes every attempt from this device. */
export function clearHistory() {
  $history.set([]);
  patch({ view: 'wizard', step: 0 });
}
