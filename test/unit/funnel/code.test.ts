import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { encodeFunnel, decodeFunnel, CODE_MAX_LENGTH } from '../../../src/lib/funnel/code';
import { codeFromUrl } from '../../../src/lib/url-code';
import { forward, goal } from '../../../src/lib/funnel/model';
import { levers } from '../../../src/lib/funnel/insights';
import { project } from '../../../src/lib/funnel/time';
import { currencies, funnelSchema, LIMITS, owners, type Funnel } from '../../../src/schemas/funnel';
import { workedFunnel, badCodes } from '../../fixtures/funnel';
import { SLUG_MAX, SLUG_PATTERN } from '../../../src/schemas/slug';

const cents = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);

/** Any funnel the schema accepts (stage ids numbered s1…sN, as decoding numbers them). */
const funnelArb: fc.Arbitrary<Funnel> = fc
  .record({
    stages: fc.array(
      fc.record({
        name: fc
          .string({ minLength: 1, maxLength: LIMITS.nameMax })
          .filter((s) => s.trim().length > 0 && s.trim() === s),
        owner: fc.constantFrom(...owners),
        rate: cents(0, 100),
        days: fc.option(fc.integer({ min: 0, max: 730 }), { nil: null }),
        ref: fc.option(
          fc.stringMatching(SLUG_PATTERN).filter((s) => s.length <= SLUG_MAX),
          { nil: null },
        ),
      }),
      { minLength: 2, maxLength: 10 },
    ),
    volume: fc.integer({ min: 1, max: 1_000_000_000 }),
    dealValue: cents(0.01, 1_000_000_000),
    currency: fc.constantFrom(...currencies),
    budget: fc.option(cents(0, 1_000_000_000), { nil: null }),
    target: cents(0.01, 1_000_000_000_000),
    mode: fc.constantFrom('forward' as const, 'goal' as const),
    presetId: fc.option(
      fc.stringMatching(SLUG_PATTERN).filter((s) => s.length <= SLUG_MAX),
      { nil: null },
    ),
  })
  .map((f) => ({ ...f, stages: f.stages.map((s, i) => ({ ...s, id: `s${i + 1}` })) }));

const allFinite = (f: Funnel) => {
  const r = forward(f);
  const numbers = [
    r.customers,
    r.revenue,
    r.overall,
    r.costPerCustomer ?? 0,
    ...r.stages.flatMap((s) => [s.count, s.pctOfFirst, s.pctOfPrevious ?? 0]),
  ];
  const g = goal(f);
  if (g.ok) numbers.push(g.customers, g.gap, ...g.needs.map((n) => n.need));
  numbers.push(...levers(f).flatMap((l) => [l.revenueGained, l.customersGained]));
  numbers.push(
    ...project(f).rows.flatMap((row) => [row.customers, row.revenue, row.cumulativeRevenue, row.handedOver ?? 0]),
  );
  return numbers.every(Number.isFinite);
};

describe('the share code in a link', () => {
  it('round-trips the worked funnel in a short, URL-safe code', () => {
    const code = encodeFunnel(workedFunnel);
    expect(code).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(300);
    expect(decodeFunnel(code)).toEqual({ ok: true, funnel: workedFunnel });
  });

  it('round-trips names with accents, emoji and quotes', () => {
    const f: Funnel = {
      ...workedFunnel,
      stages: workedFunnel.stages.map((s, i) => (i === 0 ? { ...s, name: 'Visiteur « été » 🚀 "x"' } : s)),
    };
    expect(decodeFunnel(encodeFunnel(f))).toEqual({ ok: true, funnel: f });
  });

  it('round-trips any valid funnel (property)', () => {
    fc.assert(
      fc.property(funnelArb, (f) => {
        expect(funnelSchema.safeParse(f).success).toBe(true);
        expect(decodeFunnel(encodeFunnel(f))).toEqual({ ok: true, funnel: f });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random strings, and anything it accepts is a valid funnel (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `1.${s}`),
          fc.base64String().map((s) => `1.${s.replace(/=+$/, '')}`),
        ),
        (code) => {
          const r = decodeFunnel(code);
          if (r.ok) expect(funnelSchema.safeParse(r.funnel).success).toBe(true);
          else expect(r.reason.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws on edited codes: one character changed, cut short or extended (property)', () => {
    const code = encodeFunnel(workedFunnel);
    const edits = fc.oneof(
      fc
        .tuple(fc.nat(code.length - 1), fc.string({ minLength: 1, maxLength: 1 }))
        .map(([i, c]) => code.slice(0, i) + c + code.slice(i + 1)),
      fc.nat(code.length).map((n) => code.slice(0, n)),
      fc.string().map((s) => code + s),
    );
    fc.assert(
      fc.property(edits, (edited) => {
        const r = decodeFunnel(edited);
        if (r.ok) expect(allFinite(r.funnel)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never leads to NaN or Infinity in any result (property)', () => {
    fc.assert(
      fc.property(funnelArb, (f) => {
        expect(allFinite(f)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('explains tampered, old and newer codes', () => {
    expect(decodeFunnel(badCodes.newer!)).toEqual({
      ok: false,
      reason: 'the link was made by a newer version of this site',
    });
    expect(decodeFunnel(badCodes.older!)).toMatchObject({ reason: /older version/ });
    expect(decodeFunnel(badCodes.noVersion!)).toMatchObject({ reason: 'the funnel code in the link has no version' });
    expect(decodeFunnel(badCodes.notBase64!)).toMatchObject({ reason: 'the funnel code in the link is damaged' });
    expect(decodeFunnel(badCodes.notJson!)).toMatchObject({ reason: 'the funnel code in the link is damaged' });
    expect(decodeFunnel(badCodes.wrongShape!)).toMatchObject({
      reason: 'the funnel code in the link has the wrong shape',
    });
    expect(decodeFunnel(badCodes.empty!)).toMatchObject({ reason: 'the link holds no funnel' });
    expect(decodeFunnel(`1.${'A'.repeat(CODE_MAX_LENGTH)}`)).toMatchObject({ reason: /too long/ });
  });

  it('refuses a well-formed code whose funnel breaks the rules, naming the stage', () => {
    const tampered = {
      ...workedFunnel,
      stages: workedFunnel.stages.map((s, i) => (i === 1 ? { ...s, rate: 150 } : s)),
    };
    expect(decodeFunnel(encodeFunnel(tampered))).toEqual({
      ok: false,
      reason: 'the funnel in the link is not valid (stage 2 rate: A rate cannot be above 100 %.)',
    });
    const one = { ...workedFunnel, stages: workedFunnel.stages.slice(0, 1) };
    expect(decodeFunnel(encodeFunnel(one))).toMatchObject({ reason: /at least 2 stages/ });
  });

  it('finds the code in a location hash', () => {
    expect(codeFromUrl('#f=1.abc', 'f')).toBe('1.abc');
    expect(codeFromUrl('#x=2&f=1.abc', 'f')).toBe('1.abc');
    expect(codeFromUrl('#worked-example', 'f')).toBeNull();
    expect(codeFromUrl('', 'f')).toBeNull();
  });
});
