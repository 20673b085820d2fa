/** Imported progress checked against the guide as built (issue 28). */
import { describe, expect, it } from 'vitest';
import { checkAgainstGuide, exportProgressFile, parseProgressFile } from '../../../src/lib/learning/transfer';
import { emptyProgress, type Progress } from '../../../src/lib/learning/progress-codec';

const guide = {
  chapters: { 'marketing-vs-sales': 5, 'funnel-and-handoff': 4, glossary: 0 },
  reviewKeys: ['marketing-vs-sales/q1', 'funnel-and-handoff/q2'],
  exercises: { sort: 20 },
};
const score = (correct: number, total: number) => ({
  best: { correct, total },
  last: { correct, total },
  attempts: 1,
  lastOn: '2026-05-01',
});

describe('imported progress is checked against the guide', () => {
  it('leaves out unknown chapters and questions and impossible scores, counts them, and brings future dates to today', () => {
    const file: Progress = {
      ...emptyProgress(),
      chapters: { 'marketing-vs-sales': { readOn: '2099-01-01' }, 'no-such-chapter': {}, glossary: {} },
      checks: {
        'marketing-vs-sales': score(100_000, 100_000),
        'funnel-and-handoff': score(3, 4),
        glossary: score(1, 1),
      },
      exercises: { sort: score(18, 20), other: score(1, 2) },
      review: {
        'marketing-vs-sales/q1': {
          chapter: 'marketing-vs-sales',
          question: 'q1',
          step: 0,
          due: '2099-01-01',
          missed: '2026-05-01',
        },
        'marketing-vs-sales/gone': {
          chapter: 'marketing-vs-sales',
          question: 'gone',
          step: 0,
          due: '2026-05-02',
          missed: '2026-05-01',
        },
      },
      tools: { funnel: { usedOn: '2040-02-02' } },
    };
    // Through the file, as the reader imports it: the schema alone accepts all of this.
    const parsed = parseProgressFile(exportProgressFile(file, '2026-06-01'));
    expect(parsed.ok).toBe(true);
    const r = checkAgainstGuide(parsed.ok ? parsed.value : file, guide, '2026-06-01');
    expect(Object.keys(r.value.chapters).sort()).toEqual(['glossary', 'marketing-vs-sales']);
    expect(r.value.chapters['marketing-vs-sales']).toEqual({ readOn: '2026-06-01' });
    expect(Object.keys(r.value.checks)).toEqual(['funnel-and-handoff']);
    expect(Object.keys(r.value.exercises)).toEqual(['sort']);
    expect(Object.keys(r.value.review)).toEqual(['marketing-vs-sales/q1']);
    // A review is due in the future by design.
    expect(r.value.review['marketing-vs-sales/q1']!.due).toBe('2099-01-01');
    expect(r.value.tools.funnel).toEqual({ usedOn: '2026-06-01' });
    // Left out: an unknown chapter, a 100,000-question score, a score for a chapter without a check,
    // an unknown exercise, a question the guide no longer has.
    expect(r.left).toBe(5);
    expect(r.future).toBe(2);
  });

  it('changes nothing in a file the guide could have made', () => {
    const file: Progress = {
      ...emptyProgress(),
      chapters: { glossary: { readOn: '2026-05-01' } },
      checks: { 'funnel-and-handoff': score(4, 4) },
    };
    expect(checkAgainstGuide(file, guide, '2026-06-01')).toEqual({ value: file, left: 0, future: 0 });
  });
});
