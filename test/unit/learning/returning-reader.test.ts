/**
 * The returning reader: where to continue, each chapter's state, what counts as read (reading
 * time on screen, or a passed check), and options shown in a new order on every attempt.
 */
import { describe, it, expect } from 'vitest';
import * as P from '../../../src/lib/learning/progress';
import { emptyProgress } from '../../../src/lib/learning/progress-codec';
import { chapterStateLabel, nextStep } from '../../../src/lib/learning/continue';
import { createReadingClock } from '../../../src/lib/learning/reading-clock';
import { isPassed } from '../../../src/lib/learning/scoring';
import { permutation, reshuffle } from '../../../src/lib/learning/shuffle';

const today = '2025-03-14';
const chapters = ['one', 'two', 'three', 'four'].map((id, i) => ({ id, order: i + 1 }));

/** A seeded random source, so "random" orders are the same on every run. */
function seeded(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('where a reader continues', () => {
  it('sends a first-time reader to chapter 1', () => {
    expect(nextStep(chapters, emptyProgress())).toEqual({ kind: 'start', chapter: chapters[0] });
  });

  it('sends a returning reader to the first unread chapter after the furthest one read', () => {
    let p = P.markRead(emptyProgress(), 'one', today);
    expect(nextStep(chapters, p)).toMatchObject({ kind: 'continue', chapter: { id: 'two' } });
    p = P.markRead(p, 'three', today);
    expect(nextStep(chapters, p)).toMatchObject({ kind: 'continue', chapter: { id: 'four' } });
    p = P.markRead(p, 'four', today);
    // Nothing left after the furthest: back to the gap.
    expect(nextStep(chapters, p)).toMatchObject({ kind: 'continue', chapter: { id: 'two' } });
    p = P.markRead(p, 'two', today);
    expect(nextStep(chapters, p)).toEqual({ kind: 'done' });
  });

  it('counts a check taken without reading as a start', () => {
    const p = P.recordCheck(emptyProgress(), 'two', { correct: 1, total: 6 }, ['a'], today);
    expect(nextStep(chapters, p)).toMatchObject({ kind: 'continue', chapter: { id: 'three' } });
  });

  it('treats saved progress for chapters the guide no longer has as a first visit', () => {
    let p = P.markRead(emptyProgress(), 'removed-chapter', today);
    p = P.recordCheck(p, 'another-removed', { correct: 6, total: 6 }, [], today);
    expect(nextStep(chapters, p)).toEqual({ kind: 'start', chapter: chapters[0] });
    expect(chapterStateLabel(p, 'one')).toBe('Not started');
  });

  it('names each chapter state in a few words', () => {
    let p = emptyProgress();
    expect(chapterStateLabel(p, 'one')).toBe('Not started');
    p = P.recordCheck(p, 'one', { correct: 2, total: 6 }, ['a', 'b', 'c', 'd'], today);
    expect(chapterStateLabel(p, 'one')).toBe('Started · check 33 %');
    p = P.markRead(p, 'one', today);
    expect(chapterStateLabel(p, 'one')).toBe('✓ Read · check 33 %');
    expect(chapterStateLabel(P.markRead(emptyProgress(), 'two', today), 'two')).toBe('✓ Read');
  });
});

describe('what counts as read', () => {
  it('passes a check at two thirds right, and a passed check marks the chapter read', () => {
    expect(isPassed({ correct: 4, total: 6 })).toBe(true);
    expect(isPassed({ correct: 3, total: 6 })).toBe(false);
    expect(isPassed({ correct: 0, total: 0 })).toBe(false);
    const passed = P.recordCheck(emptyProgress(), 'one', { correct: 4, total: 6 }, ['a', 'b'], today);
    expect(passed.chapters.one).toEqual({ readOn: today });
    const failed = P.recordCheck(emptyProgress(), 'one', { correct: 3, total: 6 }, ['a', 'b', 'c'], today);
    expect(failed.chapters.one).toBeUndefined();
  });

  it('counts only the time the page is visible', () => {
    const clock = createReadingClock(true, 0);
    clock.set(false, 30_000); // 30 s visible, then the tab goes to the background
    expect(clock.visibleMs(600_000)).toBe(30_000);
    clock.set(true, 600_000);
    expect(clock.visibleMs(690_000)).toBe(120_000);
    const background = createReadingClock(false, 0);
    expect(background.visibleMs(1_000_000)).toBe(0);
  });

  it('asks for a third of the reading time', () => {
    expect(P.readEnoughMs(6)).toBe(120_000);
    expect(P.readEnoughMs(0)).toBe(20_000);
  });
});

describe('option order', () => {
  it('is a permutation of every option', () => {
    const random = seeded(7);
    for (let n = 0; n <= 6; n++) expect(permutation(n, random).sort()).toEqual([...Array(n).keys()]);
  });

  it('changes on every new attempt, even with a random source stuck on one value', () => {
    const random = seeded(42);
    let order = [0, 1, 2, 3];
    for (let i = 0; i < 50; i++) {
      const next = reshuffle(order, random);
      expect(next).not.toEqual(order);
      expect([...next].sort()).toEqual([0, 1, 2, 3]);
      order = next;
    }
    expect(reshuffle([2, 0, 1, 3], () => 0.999)).not.toEqual([2, 0, 1, 3]);
    expect(reshuffle([0], Math.random)).toEqual([0]);
  });

  it('puts the right answer in every position about equally often', () => {
    const random = seeded(3);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[permutation(4, random).indexOf(0)]!++;
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });
});
