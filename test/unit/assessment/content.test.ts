import { describe, it, expect } from 'vitest';
import { levelIds } from '../../../src/schemas/assessment';
import { chapterIds } from '../../../src/schemas/chapter-ids';
import { chapterRefErrors } from '../../../src/lib/chapters';
import { buildQuestionnaire, dimensionChapterRefs, fingerprint } from '../../../src/lib/assessment/questionnaire';
import { realQuestionnaire, smallQuestionnaire } from '../../fixtures/assessment';

describe('the questionnaire in content/assessment/', () => {
  const q = realQuestionnaire();

  it('covers the nine required dimensions with at least three statements each', () => {
    expect(q.dimensions.map((d) => d.id)).toEqual([
      'shared-language',
      'shared-goals',
      'handoff',
      'joint-planning',
      'communication',
      'systems-data',
      'content-messaging',
      'culture-trust',
      'customer-insight',
    ]);
    for (const d of q.dimensions) expect(d.statements.length).toBeGreaterThanOrEqual(3);
  });

  it('gives every dimension level texts, actions for every level and real chapter ids', () => {
    for (const d of q.dimensions) {
      for (const l of levelIds) expect(d.actions[l].length).toBeGreaterThanOrEqual(2);
    }
    expect(chapterRefErrors(dimensionChapterRefs(q.dimensions), new Set(chapterIds))).toEqual([]);
  });
});

describe('checks across files', () => {
  const small = smallQuestionnaire();
  const meta = { version: 1, fingerprint: fingerprint(small), levels: small.levels };

  it('stop the build with the new fingerprint when statements change without a note', () => {
    const changed = small.dimensions.map((d, i) => (i === 0 ? { ...d, statements: d.statements.slice(0, 2) } : d));
    expect(() => buildQuestionnaire(meta, changed)).toThrow(
      /increase "version" \(now 1\); then set fingerprint: "[0-9a-f]{8}"/,
    );
  });

  it('stop the build on two dimensions with one order, or a statement id used twice', () => {
    const [a, b, c] = small.dimensions;
    expect(() => buildQuestionnaire(meta, [a!, { ...b!, order: 1 }, c!])).toThrow(/both have order 1/);
    const dup = { ...c!, statements: [...c!.statements.slice(0, 2), { id: 'a1', text: 'Again.' }] };
    expect(() => buildQuestionnaire(meta, [a!, b!, dup])).toThrow(/"a1" is used in both a.yaml and c.yaml/);
  });
});
