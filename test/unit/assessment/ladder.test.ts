import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { levelIds, type Answer, type Answers } from '../../../src/schemas/assessment';
import { ladderProfile } from '../../../src/lib/assessment/ladder';
import { strongestAndWeakest } from '../../../src/lib/assessment/plan';
import { scoreAttempt } from '../../../src/lib/assessment/scoring';
import type { Questionnaire } from '../../../src/lib/assessment/questionnaire';
import { realQuestionnaire, smallQuestionnaire } from '../../fixtures/assessment';
import { uniformAnswers } from '../../fixtures/assessment-answers';

const real = realQuestionnaire();

/**
 * Raw answers that score `scored[d][i]` in dimension d (a reverse-keyed statement gets 6 − v);
 * "na" and "dk" stay as they are. Version 3: dimensions of 4, 4, 6, 4, 4, 5, 4, 4 and 5.
 */
function byScored(q: Questionnaire, scored: (number | 'na' | 'dk')[][]): Answers {
  return Object.fromEntries(
    q.dimensions.flatMap((d, i) =>
      d.statements.map((s, j) => {
        const v = scored[i]![j]!;
        return [s.id, (typeof v === 'number' && s.reverse ? 6 - v : v) as Answer];
      }),
    ),
  );
}
const fill = (q: Questionnaire, v: number) => q.dimensions.map((d) => d.statements.map(() => v));

describe('the ladder profile: three hand-worked answer sets (questionnaire version 3)', () => {
  it('all neutral: keeps 60, "Aligned", but says the picture is unclear and places no dimension on the ladder', () => {
    const r = scoreAttempt(real, uniformAnswers(real, 3));
    expect(r.overall).toMatchObject({ score: 60, level: 'aligned', rated: 40 });
    expect(r.unclear).toBe(true);
    const ladder = ladderProfile(r);
    expect(ladder.overall).toBeNull();
    expect(ladder.rungs.every((x) => x.rung === null && x.why === 'unclear')).toBe(true);
  });

  it('strong on rewards, weak on definitions: Kotler says 77 "Aligned", the ladder says Undefined', () => {
    const scored = fill(real, 4);
    scored[0] = [1, 2, 1, 2]; // definitions: 6 / 20 → 30, undefined
    scored[1] = [5, 5, 5, 5]; // goals and rewards: 100, integrated
    const r = scoreAttempt(real, byScored(real, scored));
    // 6 + 20 + 32 × 4 = 154 over 40 → 15400 / 200 = 77.
    expect(r.overall).toMatchObject({ score: 77, level: 'aligned' });
    const ladder = ladderProfile(r);
    expect(ladder.rungs.map((x) => x.rung)).toEqual([
      'undefined',
      'integrated',
      'integrated',
      'integrated',
      'integrated',
      'integrated',
      'integrated',
      'integrated',
      'integrated',
    ]);
    expect(ladder.overall).toBe('undefined');
    // The plan starts from the lowest rung.
    expect(strongestAndWeakest(r).workOn[0]!.dimension.id).toBe('shared-language');
  });

  it('balanced: one neutral answer in each dimension, the rest agree; Kotler 76 and the ladder agree on Aligned', () => {
    const scored = fill(real, 4).map((d) => [3, ...d.slice(1)]);
    const r = scoreAttempt(real, byScored(real, scored));
    // 31 × 4 + 9 × 3 = 151 over 40 → 15100 / 200 = 75.5 → 76. Dimensions: 15/20 → 75, 19/25 → 76, 23/30 → 77.
    expect(r.overall).toMatchObject({ score: 76, level: 'aligned' });
    expect(r.dimensions.map((d) => d.score)).toEqual([75, 75, 77, 75, 75, 76, 75, 75, 76]);
    const ladder = ladderProfile(r);
    expect(ladder.rungs.every((x) => x.rung === 'aligned')).toBe(true);
    expect(ladder.overall).toBe('aligned');
  });
});

describe('"does not apply here"', () => {
  const mayNotApply = real.dimensions.flatMap((d) => d.statements.filter((s) => s.mayNotApply).map((s) => s.id));
  const set = (ids: string[], a: Answer): Answers => Object.fromEntries(ids.map((id) => [id, a]));

  it('rescales the score over the statements answered and counts what was left out', () => {
    const answers = { ...uniformAnswers(real, 4), ...set(mayNotApply, 'na') };
    const r = scoreAttempt(real, answers);
    // 34 statements apply; 9 reverse-keyed ones (none of them marked) count 2: 25 × 4 + 9 × 2 = 118 over 34
    // → 11800 / 170 = 69.4 → 69.
    expect(mayNotApply).toHaveLength(6);
    expect(r.overall).toMatchObject({ score: 69, rated: 34, notApplicable: 6, dontKnow: 0 });
    expect(r.provisional).toBe(false);
  });

  it('marks a result not reliable once more than a third is left out ("don\'t know" and "does not apply" together)', () => {
    const base: Answers = { ...uniformAnswers(real, 4), ...set(mayNotApply, 'na') };
    const others = real.dimensions.flatMap((d) => d.statements.filter((s) => !s.mayNotApply).map((s) => s.id));
    const withDk = (n: number) => ({ ...base, ...set(others.slice(0, n), 'dk') });
    expect(scoreAttempt(real, withDk(7)).provisional).toBe(false); // 13 of 40 left out: under a third
    expect(scoreAttempt(real, withDk(8)).provisional).toBe(true); // 14 of 40: more than a third
  });

  it('gives a dimension where nothing applies no score and no rung, without calling it a visibility gap', () => {
    const q = smallQuestionnaire();
    const r = scoreAttempt(q, { a1: 5, a2: 'na', a3: 'na', b1: 4, b2: 4, b3: 2, c1: 'na', c2: 'na', c3: 'na' });
    expect(r.notApplicable.map((d) => d.id)).toEqual(['c']);
    expect(r.visibilityGaps).toEqual([]);
    const ladder = ladderProfile(r);
    expect(ladder.rungs.map((x) => [x.rung, x.why])).toEqual([
      [null, 'too-few'], // a: one rated statement is too thin for a rung
      ['aligned', null], // b: 10 / 15 → 67
      [null, 'not-applicable'],
    ]);
    expect(ladder.overall).toBe('aligned');
  });
});

describe('the ladder (properties)', () => {
  const q = smallQuestionnaire();
  const ids = q.dimensions.flatMap((d) => d.statements.map((s) => s.id));
  const answersArb = fc.tuple(
    ...ids.map(() => fc.option(fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'dk', 'na'), { nil: undefined })),
  );
  const toAnswers = (list: (Answer | undefined)[]): Answers =>
    Object.fromEntries(ids.flatMap((id, i) => (list[i] === undefined ? [] : [[id, list[i]!]])));

  it('puts the overall rung at the lowest placed rung: no dimension sits below it', () => {
    fc.assert(
      fc.property(answersArb, (list) => {
        const ladder = ladderProfile(scoreAttempt(q, toAnswers(list)));
        const placed = ladder.rungs.flatMap((x) => (x.rung ? [x.rung] : []));
        if (!placed.length) return ladder.overall === null;
        const lowest = Math.min(...placed.map((x) => levelIds.indexOf(x)));
        return ladder.overall === levelIds[lowest];
      }),
    );
  });

  it('scores "does not apply" exactly as if the statement were not in the questionnaire', () => {
    fc.assert(
      fc.property(answersArb, fc.nat({ max: ids.length - 1 }), (list, i) => {
        const withNa = toAnswers(list.map((a, j) => (j === i ? 'na' : a)));
        const without = { ...withNa };
        delete without[ids[i]!];
        const shrunk: Questionnaire = {
          ...q,
          dimensions: q.dimensions.map((d) => ({ ...d, statements: d.statements.filter((s) => s.id !== ids[i]) })),
        };
        return scoreAttempt(q, withNa).overall.score === scoreAttempt(shrunk, without).overall.score;
      }),
    );
  });
});
