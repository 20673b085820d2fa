/**
 * The self-assessment's saved draft and history, on nanostores' test storage engine: attempts are
 * kept newest last, the oldest go past the limit, and the team label is cut to what the form allows.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { historySchema } from '../../../src/schemas/assessment';

useTestStorageEngine();
const { $draft, $history, $latestAttempt, HISTORY_LIMIT, completeAttempt, setRole, setTeam, setAnswer, clearHistory } =
  await import('../../../src/stores/assessment-store');
$draft.listen(() => {});
$history.listen(() => {});

const savedHistory = () => JSON.parse(getTestStorage()['msg:assessment-history'] ?? '{"data":[]}').data as unknown[];
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

  it(`keeps the latest ${HISTORY_LIMIT} attempts, dropping the oldest, within what the schema accepts`, () => {
    setRole('marketing');
    for (let n = 0; n < HISTORY_LIMIT + 3; n++) completeAttempt(1, day(n));
    const kept = $history.get();
    expect(kept).toHaveLength(HISTORY_LIMIT);
    expect(kept[0]?.completedAt).toBe(day(3).toISOString());
    expect(kept.at(-1)?.completedAt).toBe(day(HISTORY_LIMIT + 2).toISOString());
    expect(historySchema.safeParse(kept).success).toBe(true);
    expect(savedHistory()).toHaveLength(HISTORY_LIMIT);
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
    const fromOtherTab = getTestStorage()['msg:assessment-history']!;
    cleanTestStorage();
    expect($history.get()).toEqual([]);
    setTestStorageKey('msg:assessment-history', fromOtherTab);
    expect($history.get().map((a) => a.completedAt)).toEqual([day(0).toISOString()]);
    setTestStorageKey('msg:assessment-history', '{"v":1,"data":[{"role":"ceo"}]}');
    expect($history.get()).toEqual([]);
  });
});

describe('team label', () => {
  it('is cut to the 40 characters the form allows', () => {
    setTeam('T'.repeat(45));
    expect($draft.get().team).toBe('T'.repeat(40));
  });
});
