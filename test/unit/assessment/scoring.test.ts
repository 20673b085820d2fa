import { describe, it, expect } from 'vitest';
import type { Answers } from '../../../src/schemas/assessment';
import { levelOf, nextLevel, scoreAttempt, scoreOf } from '../../../src/lib/assessment/scoring';
import { strongestAndWeakest } from '../../../src/lib/assessment/plan';
import { forVersion } from '../../../src/lib/assessment/questionnaire';
import { realQuestionnaire, smallQuestionnaire } from '../../fixtures/assessment';
import { mixedAnswers, uniformAnswers } from '../../fixtures/assessment-answers';

const q = smallQuestionnaire();

describe('the score: 100 × sum ÷ (5 × number answered), rounded', () => {
  it('runs from 20 (all 1) to 100 (all 5)', () => {
    expect(scoreOf([1, 1, 1])).toBe(20);
    expect(scoreOf([5, 5])).toBe(100);
    expect(scoreOf([3, 3, 3, 3])).toBe(60);
    expect(scoreOf([4])).toBe(80);
  });

  it('rounds to a whole number, halves up', () => {
    expect(scoreOf([1, 2, 2])).toBe(33); // 500 / 15 = 33.3
    expect(scoreOf([2, 3, 3])).toBe(53); // 800 / 15 = 53.3
    expect(scoreOf([5, 5, 4])).toBe(93); // 1400 / 15 = 93.3
    expect(scoreOf([3, 3, 3, 3, 3, 3, 3, 4])).toBe(63); // 2500 / 40 = 62.5
  });

  it('is null (not rated) when nothing was answered', () => {
    expect(scoreOf([])).toBeNull();
  });
});

describe('bands', () => {
  it('puts 20–39 in undefined, 40–59 defined, 60–79 aligned, 80–100 integrated', () => {
    expect([20, 39, 40, 59, 60, 79, 80, 100].map(levelOf)).toEqual([
      'undefined',
      'undefined',
      'defined',
      'defined',
      'aligned',
      'aligned',
      'integrated',
      'integrated',
    ]);
  });
  it('knows the next level up', () => {
    expect(nextLevel('undefined')).toBe('defined');
    expect(nextLevel('aligned')).toBe('integrated');
    expect(nextLevel('integrated')).toBeNull();
  });
});

describe('scoring an attempt', () => {
  it('gives 60, aligned, when every answer is 3 and 80, integrated, when every answer is 4', () => {
    const three = scoreAttempt(q, uniformAnswers(q, 3));
    expect(three.overall).toMatchObject({ score: 60, level: 'aligned', rated: 9, dontKnow: 0 });
    expect(three.dimensions.map((d) => d.score)).toEqual([60, 60, 60]);
    expect(scoreAttempt(q, uniformAnswers(q, 4)).overall).toMatchObject({ score: 80, level: 'integrated' });
  });

  it('leaves "don\'t know" out, reports an empty dimension as a visibility gap, and marks > 1/3 don\'t know provisional', () => {
    // a: 5, 4, dk → 900/10 = 90; b: 2, 2, 3 → 700/15 = 46.7 → 47; c: all dk → not rated.
    // Overall: 5+4+2+2+3 = 16 over 5 rated → 1600/25 = 64. Don't know: 4 of 9 > 1/3.
    const answers: Answers = { a1: 5, a2: 4, a3: 'dk', b1: 2, b2: 2, b3: 3, c1: 'dk', c2: 'dk', c3: 'dk' };
    const r = scoreAttempt(q, answers);
    expect(r.dimensions.map((d) => [d.score, d.level])).toEqual([
      [90, 'integrated'],
      [47, 'defined'],
      [null, null],
    ]);
    expect(r.overall).toMatchObject({ score: 64, level: 'aligned', rated: 5, dontKnow: 4 });
    expect(r.visibilityGaps.map((d) => d.id)).toEqual(['c']);
    expect(r.provisional).toBe(true);
  });

  it("is not provisional at exactly a third don't know", () => {
    const answers: Answers = { ...uniformAnswers(q, 4), c1: 'dk', c2: 'dk', c3: 'dk' };
    expect(scoreAttempt(q, answers).provisional).toBe(false);
  });

  it('scores overall over every answered statement, not as an average of dimensions', () => {
    // a: only 5 rated → 100; b: 1, 1, 1 → 20; mean of dimensions would be 60, but 8 / (5 × 4) → 40.
    const answers: Answers = { a1: 5, a2: 'dk', a3: 'dk', b1: 1, b2: 1, b3: 1 };
    const r = scoreAttempt(q, answers);
    expect(r.dimensions.map((d) => d.score)).toEqual([100, 20, null]);
    expect(r.overall.score).toBe(40);
    expect(r.overall.unanswered).toBe(3);
  });

  it('ignores answers to statements the questionnaire no longer has', () => {
    expect(scoreAttempt(q, { ...uniformAnswers(q, 3), gone: 5 }).overall.score).toBe(60);
  });
});

describe('the real questionnaire, version 2 (as its codes and saved results are scored)', () => {
  const real = forVersion(realQuestionnaire(), 2)!;
  it('scores all-3 as 60 aligned, and all-4 as 76 aligned because four statements are reverse-scored', () => {
    expect(scoreAttempt(real, uniformAnswers(real, 3)).overall).toMatchObject({ score: 60, level: 'aligned' });
    // 36 statements count 4 and the 4 reverse-scored ones count 6 − 4 = 2: 152 over 40 → 15200 / 200 = 76.
    expect(scoreAttempt(real, uniformAnswers(real, 4)).overall).toMatchObject({ score: 76, level: 'aligned' });
    expect(real.dimensions.flatMap((d) => d.statements.filter((s) => s.reverse).map((s) => s.id))).toEqual([
      'qualified-lead-disputes',
      'leads-go-uncontacted',
      'private-lists',
      'blame-after-poor-results',
    ]);
  });

  it('scores the hand-worked mixed set as 63 aligned with planning not rated', () => {
    const r = scoreAttempt(real, mixedAnswers(real));
    // 110 over 35 rated statements: 11000 / 175 = 62.86 → 63
    expect(r.overall).toMatchObject({ score: 63, level: 'aligned', rated: 35, dontKnow: 5 });
    expect(r.dimensions.map((d) => d.score)).toEqual([90, 35, 72, null, 80, 36, 55, 90, 52]);
    expect(r.visibilityGaps.map((d) => d.id)).toEqual(['joint-planning']);
    expect(r.provisional).toBe(false);
    expect(r.neutral).toBe(14);
    expect(r.unclear).toBe(false);
    const { strongest, workOn } = strongestAndWeakest(r);
    expect(strongest.map((d) => d.dimension.id)).toEqual(['shared-language', 'culture-trust']);
    expect(workOn.map((d) => d.dimension.id)).toEqual(['shared-goals', 'systems-data', 'customer-insight']);
  });

  it('calls the picture unclear when half the answers are neutral or "don\'t know"', () => {
    const half = Object.fromEntries(
      real.dimensions.flatMap((d) => d.statements).map((s, i) => [s.id, i % 2 ? 3 : i % 4 ? 'dk' : 5] as const),
    );
    const r = scoreAttempt(real, half);
    expect(r.neutral).toBe(30);
    expect(r.unclear).toBe(true);
    expect(scoreAttempt(real, uniformAnswers(real, 4)).unclear).toBe(false);
  });

  it('keeps version 1 readable with its own 27 statements', () => {
    const v1 = forVersion(realQuestionnaire(), 1)!;
    expect(v1.dimensions.map((d) => d.statements.length)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(v1.dimensions[2]!.statements[1]!.text).toMatch(/^Everyone knows exactly when a lead passes/);
    // Version 1 had no reverse-scored statement: all 4s still give 80 there.
    expect(scoreAttempt(v1, uniformAnswers(v1, 4)).overall.score).toBe(80);
    expect(forVersion(real, 9)).toBeNull();
  });
});

describe('strongest and weakest', () => {
  it('never lists a dimension twice when few are rated', () => {
    const r = scoreAttempt(q, { a1: 5, b1: 1 });
    const { strongest, workOn } = strongestAndWeakest(r);
    expect(workOn.map((d) => d.dimension.id)).toEqual(['b', 'a']);
    expect(strongest).toEqual([]);
  });
});
