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

/** The questionnaire version a new draft is answered in; set from the page's questionnaire on load. */
let currentVersion = 1;
const initialDraft = (): Draft => ({
  step: 0,
  view: 'wizard',
  role: null,
  team: '',
  answers: {},
  questionnaireVersion: currentVersion,
});

export const draftCodec: VersionedCodec<Draft> = {
  key: DRAFT_KEY,
  version: 2,
  schema: draftSchema,
  initial: initialDraft,
  migrations: {
    // Format 1 did not say which questionnaire the answers belong to; they were all version 1.
    1: (data) => ({ ...(data as object), questionnaireVersion: 1 }),
  },
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

/**
 * Moves a draft begun in an older questionnaire to this one: answers to statements that are
 * still asked are kept, the rest dropped, so the wizard asks only what is new.
 */
export function adoptQuestionnaire(version: number, statementIds: readonly string[]) {
  currentVersion = version;
  const d = $draft.get();
  if (d.questionnaireVersion === version) return;
  const keep = new Set(statementIds);
  const answers = Object.fromEntries(Object.entries(d.answers).filter(([id]) => keep.has(id)));
  $draft.set({ ...d, answers, questionnaireVersion: version, view: d.view === 'results' ? 'results' : 'wizard' });
}

export function setAnswer(statementId: string, answer: Answer) {
  patch({ answers: { ...$draft.get().answers, [statementId]: answer } });
}
export const setRole = (role: Role) => patch({ role });
/** Saves the team label cut to the TEAM_LABEL_MAX characters a result code holds; the form shows the limit as the reader types. */
export const setTeam = (team: string) => patch({ team: team.slice(0, TEAM_LABEL_MAX) });
export const goToStep = (step: number) => patch({ step: Math.max(0, Math.min(100, step)), view: 'wizard' });

/** Earliest and latest moment saved: a device clock outside them is held at the nearer end. */
const CLOCK_RANGE = [Date.UTC(1970, 0, 1), Date.UTC(9999, 11, 31, 23, 59, 59)] as const;

/**
 * The completion time as the history schema stores it. A broken device clock (invalid, or
 * past year 9999, which `toISOString` writes with six digits) must not make the attempt
 * unreadable on the next visit, so the time is held inside four-digit years.
 */
export function completionStamp(now: Date): string {
  const t = now.getTime();
  return new Date(
    Number.isNaN(t) ? CLOCK_RANGE[0] : Math.max(CLOCK_RANGE[0], Math.min(CLOCK_RANGE[1], t)),
  ).toISOString();
}

/** Saves the finished attempt to history and shows its results. */
export function completeAttempt(questionnaireVersion: number, now = new Date()) {
  const d = $draft.get();
  if (!d.role) return;
  const nonce = Math.floor(Math.random() * 0x10000);
  const attempt: Attempt = {
    completedAt: completionStamp(now),
    nonce,
    questionnaireVersion,
    role: d.role,
    team: d.team.trim(),
    answers: d.answers,
  };
  patch({ questionnaireVersion });
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

/** Removes one attempt (by its place in the history), e.g. one that cannot be shown. */
export function deleteAttempt(index: number) {
  const h = $history.get();
  const rest = h.filter((_, i) => i !== index);
  $history.set(rest);
  if (!rest.length) patch({ view: 'wizard', step: 0 });
}

/** Removes every attempt from this device. */
export function clearHistory() {
  $history.set([]);
  patch({ view: 'wizard', step: 0 });
}
