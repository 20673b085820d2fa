import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { answersSchema, attemptSchema, draftSchema, isoDateTimeSchema } from '../../../src/schemas/assessment';
import { daySchema } from '../../../src/schemas/checks';

describe('the saved-assessment schemas (zod mini, shipped to the browser)', () => {
  it('accept real calendar days and refuse impossible ones', () => {
    for (const ok of ['2020-01-01', '2024-02-29', '2199-12-31']) expect(daySchema.safeParse(ok).success).toBe(true);
    for (const bad of ['2023-02-29', '2024-02-30', '2024-13-01', '2024-1-01', '2024-01-01T00:00:00Z', '', 'yesterday'])
      expect(daySchema.safeParse(bad).success).toBe(false);
  });

  it('accept any date-time toISOString writes and refuse local times and impossible days (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }), (d) => {
        expect(isoDateTimeSchema.safeParse(d.toISOString()).success).toBe(true);
      }),
    );
    for (const bad of ['2026-03-14T10:00:00', '2026-03-14T10:00:00+01:00', '2026-02-30T10:00:00Z', '2026-03-14'])
      expect(isoDateTimeSchema.safeParse(bad).success).toBe(false);
  });

  it('keep answers by statement id and refuse anything but 1–5 or "dk"', () => {
    expect(answersSchema.safeParse({ 'shared-terms': 4, 'sla-written': 'dk' })).toEqual({
      success: true,
      data: { 'shared-terms': 4, 'sla-written': 'dk' },
    });
    for (const bad of [{ a: 0 }, { a: 6 }, { a: '3' }, { a: null }, [], null])
      expect(answersSchema.safeParse(bad).success).toBe(false);
  });

  it('refuse a draft or attempt with the wrong shape, and never throw on random data (property)', () => {
    expect(draftSchema.safeParse({ step: 1.5, view: 'wizard', role: null, team: '', answers: {} }).success).toBe(false);
    expect(
      attemptSchema.safeParse({
        completedAt: '2026-03-14T10:00:00.000Z',
        nonce: 7,
        questionnaireVersion: 1,
        role: 'sales',
        team: 'x'.repeat(41),
        answers: {},
      }).success,
    ).toBe(false);
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(() => [draftSchema.safeParse(raw), attemptSchema.safeParse(raw)]).not.toThrow();
      }),
    );
  });
});
