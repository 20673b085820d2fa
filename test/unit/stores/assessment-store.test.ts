/**
 * The self-assessment's saved draft and history, on nanostores' test storage engine: attempts are
 * kept newest last, the oldest go past the limit, and the team label is cut to what the form allows.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { HISTORY_MAX, historySchema, TEAM_LABEL_MAX } from '../../../src/schemas/assessment';
import { HISTORY_KEY } from '../../../src/schemas/storage-keys';

useTestStorageEngine();
const { $draft, $history, $latestAttempt, completeAttempt, setRole, setTeam, setAnswer, clearHistory } =
  await import('../../../src/stores/assessment-store');
$draft.listen(() => {});
$history.listen(() => {});

const savedHistory = () => JSON.parse(getTestStorage()[HISTORY_KEY] ?? '{"data":[]}').data as unknown[];
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);

beforeEach(() => cleanTestStorage());

describe('assessment history', () => {
  it('saves each finished attempt with its role, team and answers, newest last', () => {
    setRole('sales');
    setTeam('  North ');
    setAnswer('s1', 4);
    completeAttempt(1, day(0));
    setAnswer('s1', 2);
    completeAttempt(1, day(1));
    expect($history.get().map((a) => [a.completedAt.slice(0, 10), a.role, a.team, a.answers.s1])).toEqual([
      ['2026-01-01', 'sales', 'North', 4],
      ['2026-01-02', 'sales', 'North', 2],
    ]);
    expect($latestAttempt.get()?.completedAt).toBe(day(1).toISOString());
    expect($draft.get().view).toBe('results');
    expect(savedHistory()).toHaveLength(2);
  });

  it(`keeps the latest ${HISTORY_MAX} attempts, dropping the oldest, within what the schema accepts`, () => {
    setRole('marketing');
    for (let n = 0; n < HISTORY_MAX + 3; n++) completeAttempt(1, day(n));
    const kept = $history.get();
    expect(kept).toHaveLength(HISTORY_MAX);
    expect(kept[0]?.completedAt).toBe(day(3).toISOString());
    expect(kept.at(-1)?.completedAt).toBe(day(HISTORY_MAX + 2).toISOString());
    expect(historySchema.safeParse(kept).success).toBe(true);
    expect(savedHistory()).toHaveLength(HISTORY_MAX);
  });

  it('does not record an attempt before a role is chosen', () => {
    completeAttempt(1, day(0));
    expect($history.get()).toEqual([]);
  });

  it('clears every attempt from the device and goes back to the first step', () => {
    setRole('sales');
    completeAttempt(1, day(0));
    clearHistory();
    expect(savedHistory()).toEqual([]);
    expect($draft.get()).toMatchObject({ view: 'wizard', step: 0 });
  });

  it('reads a history another tab saved, and starts empty when that history is damaged', () => {
    setRole('sales');
    completeAttempt(1, day(0));
    const fromOtherTab = getTestStorage()[HISTORY_KEY]!;
    cleanTestStorage();
    expect($history.get()).toEqual([]);
    setTestStorageKey(HISTORY_KEY, fromOtherTab);
    expect($history.get().map((a) => a.completedAt)).toEqual([day(0).toISOString()]);
    setTestStorageKey(HISTORY_KEY, '{"v":1,"data":[{"role":"ceo"}]}');
    expect($history.get()).toEqual([]);
  });
});

describe('team label', () => {
  it(`is cut to the ${TEAM_LABEL_MAX} characters the form allows`, () => {
    setTeam('T'.repeat(TEAM_LABEL_MAX + 5));
    expect($draft.get().team).toBe('T'.repeat(TEAM_LABEL_MAX));
  });
});

describe('a draft begun in questionnaire version 2', () => {
  it('keeps its answers to statements version 3 still asks, "does not apply" included, and drops the reworded ones', async () => {
    const { adoptQuestionnaire } = await import('../../../src/stores/assessment-store');
    const { realQuestionnaire } = await import('../../fixtures/assessment');
    const { statementIds } = await import('../../../src/lib/assessment/questionnaire');
    const q = realQuestionnaire();
    $draft.set({ ...$draft.get(), questionnaireVersion: 2, answers: { 'written-lead-stages': 4, 'plan-together': 5 } });
    adoptQuestionnaire(q.version, statementIds(q));
    expect($draft.get()).toMatchObject({ questionnaireVersion: 3, answers: { 'written-lead-stages': 4 } });
    expect($draft.get().answers['plan-together']).toBeUndefined(); // "yearly or quarterly" was split: asked afresh
    setRole('marketing');
    setAnswer('written-lead-stages', 'na');
    completeAttempt(3, day(2));
    expect(historySchema.parse(savedHistory()).at(-1)!.answers['written-lead-stages']).toBe('na');
  });
});
