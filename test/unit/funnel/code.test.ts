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
    after: fc.record({
      on: fc.boolean(),
      churn: cents(0, 100),
      expansion: cents(0, 100),
      monthly: cents(0.01, 1_000_000_000),
      grossMargin: cents(0, 100),
    }),
    team: fc.option(
      fc.record({
        quota: cents(0.01, 1_000_000_000),
        ramp: fc.integer({ min: 0, max: 24 }),
        attainment: cents(1, 200),
        meetings: cents(0.1, 10_000),
      }),
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
    expect(code).toMatch(/^4\.[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(330);
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

describe('share codes across versions', () => {
  it('carries the after-sale settings, gross margin included, and the team inputs in a version 4 code', () => {
    const on = {
      ...workedFunnel,
      after: { on: true, churn: 3.5, expansion: 0.5, monthly: 250, grossMargin: 62.5 },
      team: { quota: 42_000, ramp: 5, attainment: 72.5, meetings: 9 },
    };
    const code = encodeFunnel(on);
    expect(code.startsWith('4.')).toBe(true);
    expect(decodeFunnel(code)).toEqual({ ok: true, funnel: on });
  });

  it('still opens a version 3 code (made before the team inputs), with the starting values', () => {
    const packed = JSON.parse(Buffer.from(encodeFunnel(workedFunnel).slice(2), 'base64url').toString()) as unknown[];
    const v3 = packed.slice(0, 9);
    const decoded = decodeFunnel(`3.${Buffer.from(JSON.stringify(v3)).toString('base64url')}`);
    expect(decoded).toEqual({ ok: true, funnel: { ...workedFunnel, team: null } });
  });

  it('refuses a version 4 code whose team inputs are the wrong shape or out of range, naming the field', () => {
    const packed = JSON.parse(Buffer.from(encodeFunnel(workedFunnel).slice(2), 'base64url').toString()) as unknown[];
    const v4 = (team: unknown) =>
      `4.${Buffer.from(JSON.stringify([...packed.slice(0, 9), team])).toString('base64url')}`;
    expect(decodeFunnel(v4([50_000, 3, 80]))).toMatchObject({ ok: false, reason: /wrong shape/ });
    expect(decodeFunnel(v4([50_000, 3, 0, 12]))).toMatchObject({
      ok: false,
      reason: /team attainment/,
    });
    expect(decodeFunnel(v4([-5, 3, 80, 12]))).toMatchObject({ ok: false, reason: /team quota/ });
  });

  it('still opens a version 2 code (made before the gross margin), with the default 75 % margin', () => {
    const packed = JSON.parse(Buffer.from(encodeFunnel(workedFunnel).slice(2), 'base64url').toString()) as unknown[];
    const v2 = [...packed.slice(0, 8), [1, 3.5, 0.5, 250]];
    const decoded = decodeFunnel(`2.${Buffer.from(JSON.stringify(v2)).toString('base64url')}`);
    expect(decoded).toMatchObject({
      ok: true,
      funnel: { after: { on: true, churn: 3.5, expansion: 0.5, monthly: 250, grossMargin: 75 } },
    });
    // A version 2 code that already holds five after-sale items was not made by this site.
    const five = [...packed.slice(0, 8), [1, 3.5, 0.5, 250, 40]];
    expect(decodeFunnel(`2.${Buffer.from(JSON.stringify(five)).toString('base64url')}`)).toMatchObject({ ok: false });
  });

  it('still opens a version 1 code (made before the after-sale section), with the section off', () => {
    const v1 = [
      1000,
      10000,
      'USD',
      6000,
      50000,
      0,
      'test-preset',
      [
        ['Visitor', 0, 10, 5, 'visitor'],
        ['Customer', 1, 100, null, 'customer'],
      ],
    ];
    const code = `1.${Buffer.from(JSON.stringify(v1)).toString('base64url')}`;
    const decoded = decodeFunnel(code);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) {
      expect(decoded.funnel.volume).toBe(1000);
      expect(decoded.funnel.after).toEqual({ on: false, churn: 2, expansion: 1, monthly: 833.33, grossMargin: 75 });
    }
  });

  it('refuses a version 2 or 3 code whose after-sale part is missing or out of range', () => {
    const packed = JSON.parse(Buffer.from(encodeFunnel(workedFunnel).slice(2), 'base64url').toString()) as unknown[];
    const broken = (p: unknown[], v = 2) => `${v}.${Buffer.from(JSON.stringify(p)).toString('base64url')}`;
    expect(decodeFunnel(broken(packed.slice(0, 8)))).toMatchObject({ ok: false });
    const badRate = [...packed.slice(0, 8), [1, 150, 1, 100]];
    expect(decodeFunnel(broken(badRate))).toMatchObject({ ok: false, reason: /not valid/ });
    expect(decodeFunnel(broken([...packed.slice(0, 8), [1, 2, 1, 100]], 3))).toMatchObject({ ok: false });
    const badMargin = [...packed.slice(0, 8), [1, 2, 1, 100, 120]];
    expect(decodeFunnel(broken(badMargin, 3))).toMatchObject({ ok: false, reason: /gross margin cannot be above 100/ });
  });
});
