import { describe, it, expect } from 'vitest';
import { forVersion } from '../../../src/lib/assessment/questionnaire';
import { realQuestionnaire } from '../../fixtures/assessment';

/*
 * One idea per statement: "and" or "or" joining two things a team could rate differently makes
 * a statement double-barrelled (agree with half of it, and no answer is right). Fixed phrases
 * that name one thing, and lists of examples, may keep theirs.
 */

/** Phrases that name one thing, so their "and" or "or" asks nothing twice. */
const ONE_THING = ['marketing and sales', 'sales and marketing'];

/** The joining words left in a statement once examples and fixed phrases are set aside. */
function joins(text: string): string[] {
  const t = text
    .toLowerCase()
    // Examples explain a term and run to the end of the sentence; they are not a second thing to rate.
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\bsuch as [^.;]*/g, ' ')
    .replace(/\bwords like "[^"]*"( or "[^"]*")*/g, ' ');
  const left = ONE_THING.reduce((s, phrase) => s.replaceAll(phrase, ' '), t);
  return left.match(/\b(and|or)\b/g) ?? [];
}

const q = realQuestionnaire();
const statements = q.dimensions.flatMap((d) => d.statements.map((s) => ({ ...s, dimension: d.id })));

describe('statements ask one thing each', () => {
  it('finds no "and" or "or" joining two things in any current statement', () => {
    expect(statements.filter((s) => joins(s.text).length).map((s) => `${s.id}: ${s.text}`)).toEqual([]);
  });

  it('catches the double-barrelled statements version 2 still had', () => {
    const v2 = forVersion(q, 2)!.dimensions.flatMap((d) => d.statements);
    const flagged = v2.filter((s) => joins(s.text).length).map((s) => s.id);
    expect(flagged).toEqual(
      expect.arrayContaining([
        'plan-together',
        'closed-loop-feedback',
        'one-story',
        'same-dashboard',
        'recognition-rewards-teamwork',
        'marketing-in-deals',
      ]),
    );
    expect(joins('Marketing and sales meet every week.')).toEqual([]);
    expect(joins('Sellers use guides and slides.')).toEqual(['and']);
  });
});

describe('the balance of the questionnaire', () => {
  it('words at least 8 of its 40 statements negatively, at least one in every dimension', () => {
    expect(statements).toHaveLength(40);
    expect(statements.filter((s) => s.reverse).length).toBeGreaterThanOrEqual(8);
    for (const d of q.dimensions)
      expect(
        d.statements.some((s) => s.reverse),
        d.id,
      ).toBe(true);
  });

  it('offers "does not apply here" on the statements that do not fit every company', () => {
    const marked = statements.filter((s) => s.mayNotApply);
    expect(marked.map((s) => s.id)).toEqual(
      expect.arrayContaining(['written-lead-stages', 'sla-follow-up-time', 'bonus-rewards-teamwork']),
    );
    // The questionnaire must still work for a company none of them fits: most statements apply everywhere.
    expect(marked.length).toBeLessThanOrEqual(statements.length / 4);
    for (const d of q.dimensions) expect(d.statements.filter((s) => !s.mayNotApply).length, d.id).toBeGreaterThan(1);
  });
});
