import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  afterReview,
  knownReview,
  reviewKey,
  scheduleMiss,
  splitReview,
  REVIEW_INTERVALS,
  type ReviewItem,
} from '../../../src/lib/learning/review';
import { addDays, daysBetween, formatDay, isDay, localDay } from '../../../src/lib/learning/dates';

describe('review scheduling after 1, 3 and 7 days', () => {
  it('brings a missed question back the next day', () => {
    expect(scheduleMiss('the-rivalry', 'who-claims', '2025-03-14')).toEqual({
      chapter: 'the-rivalry',
      question: 'who-claims',
      step: 0,
      due: '2025-03-15',
      missed: '2025-03-14',
    });
  });

  it('spaces right answers out to 3 then 7 days, then retires the question', () => {
    const missed = scheduleMiss('c', 'q', '2025-03-14');
    const first = afterReview(missed, true, '2025-03-15')!;
    expect(first).toMatchObject({ step: 1, due: '2025-03-18' });
    const second = afterReview(first, true, '2025-03-18')!;
    expect(second).toMatchObject({ step: 2, due: '2025-03-25' });
    expect(afterReview(second, true, '2025-03-25')).toBeNull();
  });

  it('starts again at one day after a wrong answer at any review', () => {
    const item: ReviewItem = { chapter: 'c', question: 'q', step: 2, due: '2025-03-25', missed: '2025-03-14' };
    expect(afterReview(item, false, '2025-03-26')).toEqual({
      chapter: 'c',
      question: 'q',
      step: 0,
      due: '2025-03-27',
      missed: '2025-03-26',
    });
  });

  it('counts calendar days across month ends, leap days and daylight-saving changes', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-29', 7)).toBe('2026-01-05');
    expect(addDays('2025-03-29', 3)).toBe('2025-04-01'); // Europe moves clocks on 30 March
    expect(daysBetween('2025-03-14', '2025-03-25')).toBe(11);
  });

  it('lists due questions oldest first and keeps the others waiting', () => {
    const items: ReviewItem[] = [
      { chapter: 'a', question: 'q1', step: 0, due: '2025-03-16', missed: '2025-03-15' },
      { chapter: 'a', question: 'q2', step: 1, due: '2025-03-10', missed: '2025-03-06' },
      { chapter: 'b', question: 'q1', step: 2, due: '2025-03-15', missed: '2025-03-01' },
    ];
    const { due, waiting } = splitReview(items, '2025-03-15');
    expect(due.map((i) => `${i.chapter}/${i.question}`)).toEqual(['a/q2', 'b/q1']);
    expect(waiting.map((i) => i.due)).toEqual(['2025-03-16']);
  });

  it('neither asks nor counts a saved question that the checks no longer have', () => {
    const kept = scheduleMiss('what-marketing-does', 'four-ps', '2025-03-14');
    const removed = scheduleMiss('what-marketing-does', 'price-brings-money', '2025-03-14');
    const review = {
      [reviewKey(kept.chapter, kept.question)]: kept,
      [reviewKey(removed.chapter, removed.question)]: removed,
    };
    const known = new Set(['what-marketing-does/four-ps']);
    expect(knownReview(review, (k) => known.has(k))).toEqual([kept]);
    expect(
      splitReview(
        knownReview(review, (k) => known.has(k)),
        '2025-03-20',
      ).due,
    ).toHaveLength(1);
  });

  it('never schedules a question in the past and never later than the longest interval', () => {
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map(localDay);
    fc.assert(
      fc.property(day, fc.array(fc.boolean(), { maxLength: 12 }), (start, answers) => {
        let item: ReviewItem | null = scheduleMiss('c', 'q', start);
        for (const right of answers) {
          if (!item) break;
          const today = item.due;
          item = afterReview(item, right, today);
          if (item) {
            const wait = daysBetween(today, item.due);
            expect(REVIEW_INTERVALS).toContain(wait);
            expect(isDay(item.due)).toBe(true);
          }
        }
      }),
    );
  });

  it('validates and formats days the same everywhere', () => {
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-3-1')).toBe(false);
    expect(formatDay('2025-03-01')).toBe('1 March 2025');
  });
});
