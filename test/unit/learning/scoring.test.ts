import { describe, it, expect } from 'vitest';
import {
  isAnswerRight,
  percent,
  scoreAnswers,
  scoreLabel,
  scoreSort,
  isBetter,
} from '../../../src/lib/learning/scoring';

const single = { options: [{ correct: false }, { correct: true }, { correct: false }] };
const multiple = { options: [{ correct: true }, { correct: false }, { correct: true }, { correct: false }] };

describe('knowledge-check scoring', () => {
  it('marks a single-answer question right only for the right option', () => {
    expect(isAnswerRight(single.options, [1])).toBe(true);
    expect(isAnswerRight(single.options, [0])).toBe(false);
    expect(isAnswerRight(single.options, [])).toBe(false);
  });

  it('gives no partial credit on multiple-answer questions, so ticking everything fails', () => {
    expect(isAnswerRight(multiple.options, [0, 2])).toBe(true);
    expect(isAnswerRight(multiple.options, [2, 0, 2])).toBe(true);
    expect(isAnswerRight(multiple.options, [0])).toBe(false);
    expect(isAnswerRight(multiple.options, [0, 1, 2, 3])).toBe(false);
  });

  it('ignores option numbers that do not exist', () => {
    expect(isAnswerRight(single.options, [1, 7, -1, 0.5])).toBe(true);
  });

  it('scores a check and counts unanswered questions as wrong', () => {
    const result = scoreAnswers([single, multiple, single, single], [[1], [0, 2], [2]]);
    expect(result).toEqual({ score: { correct: 2, total: 4 }, right: [true, true, false, false] });
    expect(scoreLabel(result.score)).toBe('2 of 4 (50 %)');
  });

  it('never shows NaN for an empty score', () => {
    expect(percent({ correct: 0, total: 0 })).toBe(0);
    expect(percent({ correct: Number.NaN, total: 4 })).toBe(0);
    expect(percent({ correct: 2, total: 3 })).toBe(67);
  });

  it('compares scores by share, so a check that gained questions stays fair', () => {
    expect(isBetter({ correct: 4, total: 5 }, { correct: 3, total: 4 })).toBe(true);
    expect(isBetter({ correct: 3, total: 4 }, { correct: 3, total: 4 })).toBe(false);
  });
});

describe('sorting-exercise scoring', () => {
  const activities = [
    { id: 'price', group: 'marketing' as const },
    { id: 'calls', group: 'sales' as const },
    { id: 'sla', group: 'both' as const },
  ];
  it('scores placements and lists what is not placed yet', () => {
    expect(scoreSort(activities, { price: 'marketing', calls: 'both' })).toEqual({
      score: { correct: 1, total: 3 },
      right: { price: true, calls: false, sla: false },
      unplaced: ['sla'],
    });
  });
});

describe('the order of the sorting exercise', () => {
  it('is fixed, ignores the input order and keeps items when one is added', async () => {
    const { mixedOrder } = await import('../../../src/lib/learning/order');
    const ids = ['setting-the-price', 'cold-calls', 'market-research', 'negotiating-a-contract', 'networking'].map(
      (id) => ({ id }),
    );
    const once = mixedOrder(ids).map((x) => x.id);
    expect(mixedOrder([...ids].reverse()).map((x) => x.id)).toEqual(once);
    expect(once).not.toEqual([...once].sort());
    const more = mixedOrder([...ids, { id: 'closing-the-deal' }]).map((x) => x.id);
    expect(more.filter((id) => id !== 'closing-the-deal')).toEqual(once);
  });
});
