import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { NOT_A_NUMBER, parseNumberField, parseTextField } from '../../../src/lib/funnel/parse';
import { budgetSchema, dealValueSchema, rateSchema, stageNameSchema, volumeSchema } from '../../../src/schemas/funnel';
import { parseTeamInput } from '../../../src/lib/assessment/team';
import { aggregateTeam } from '../../../src/lib/assessment/team-score';
import { workshopAgenda } from '../../../src/lib/assessment/team-agenda';
import { decodeResultCode } from '../../../src/lib/assessment/code';
import { encodeResultCode, shareHref } from '../../../src/lib/assessment/code-encode';
import { roles, type SharedResult } from '../../../src/schemas/assessment';
import { parseThemePreference } from '../../../src/lib/theme';
import { smallQuestionnaire } from '../../fixtures/assessment';
import { numbersIn } from '../../fixtures/arbitraries';

/*
 * What readers type or paste: number and name fields in the funnel builder, result codes and
 * links in the team view, and the saved theme. None of it may throw or produce NaN or Infinity.
 */

const numericSchemas = [
  ['volume', volumeSchema],
  ['rate', rateSchema],
  ['deal value', dealValueSchema],
  ['budget', budgetSchema],
] as const;

/** Text shaped like numbers: digits, commas, dots, signs, "e", "%", spaces and the odd letter. */
const numberish = fc.string({ unit: fc.constantFrom(...'0123456789,.-+e%E x'.split('')), maxLength: 30 });

describe('number fields', () => {
  it.each(numericSchemas)(
    '%s: any typed or pasted text gives a finite, allowed value or a message (property)',
    (_, schema) => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), numberish), (raw) => {
          const r = parseNumberField(raw, schema);
          if (r.ok) {
            expect(Number.isFinite(r.value)).toBe(true);
            expect(schema.safeParse(r.value).success).toBe(true);
          } else {
            // A sentence the reader can act on, never a leaked value.
            expect(r.message).toMatch(/^[A-Z].*[.]$/);
            expect(r.message).not.toMatch(/NaN|Infinity|undefined|null|\[object/);
          }
        }),
        { numRuns: 300 },
      );
    },
  );

  it('reads back any whole number as written, with or without thousands commas (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), fc.boolean(), (n, commas) => {
        const text = commas ? n.toLocaleString('en-US') : String(n);
        expect(parseNumberField(` ${text} `, volumeSchema)).toMatchObject({ ok: true, value: n });
      }),
    );
  });

  it('reads a rate cut short as exactly the number left in the field, or says what is wrong (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000 }).map((c) => (c / 100).toFixed(2)),
        fc.nat(6),
        (rate, cut) => {
          const typed = rate.slice(0, Math.max(0, rate.length - cut));
          const r = parseNumberField(typed, rateSchema);
          if (typed === '')
            expect(r).toEqual({ ok: false, message: 'This field is empty. Enter a rate in percent, like 25.' });
          else if (typed.endsWith('.')) expect(r).toEqual({ ok: false, message: NOT_A_NUMBER });
          // "12.3" from "12.34" is 12.3, never 123 or 12.34: what the reader sees in the field is what the model uses.
          else expect(r).toEqual({ ok: true, value: Number(typed), alt: null });
        },
      ),
    );
  });
});

describe('stage names', () => {
  it('keep any text of 1–40 characters exactly, markup included, and explain the rest (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '&lt;b&gt;'),
        ),
        (raw) => {
          const r = parseTextField(raw, stageNameSchema);
          const trimmed = raw.trim();
          if (trimmed.length >= 1 && trimmed.length <= 40) expect(r).toEqual({ ok: true, value: trimmed });
          else expect(r.ok).toBe(false);
        },
      ),
    );
  });
});

describe('codes pasted into the team view', () => {
  const q = smallQuestionnaire();
  const resultArb: fc.Arbitrary<SharedResult> = fc.record({
    questionnaireVersion: fc.constant(1),
    nonce: fc.integer({ min: 0, max: 0xffff }),
    role: fc.constantFrom(...roles),
    team: fc
      .oneof(fc.string({ maxLength: 20 }), fc.constant('<script>alert(1)</script>'))
      .filter((s) => !/[\r\n]/.test(s)),
    date: fc.constantFrom('2026-05-04', '2020-01-01', '2099-12-31'),
    answers: fc.array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null)), { minLength: 9, maxLength: 9 }),
  });
  /** A pasted line: a good code, a share link, a cut-short or edited code, or noise. */
  const line = resultArb.chain((r) => {
    const code = encodeResultCode(r);
    return fc.oneof(
      fc.constant(code),
      fc.constant(`https://example.org${shareHref(code)}`),
      fc.nat(code.length - 1).map((n) => code.slice(0, n)),
      fc
        .tuple(fc.nat(code.length - 1), fc.constantFrom('A', '_', '-', '=', ' ', '<'))
        .map(([i, c]) => code.slice(0, i) + c + code.slice(i + 1)),
      fc.string(),
    );
  });

  it('uses every good line and explains every other one, never throwing (property)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const { respondents, messages } = parseTeamInput(q, lines.join(eol));
        const nonEmpty = lines.flatMap((l) => l.split(/\r?\n/)).filter((l) => l.trim()).length;
        expect(respondents.length + messages.length).toBe(nonEmpty);
        for (const m of messages) expect(m.message).not.toMatch(/NaN|Infinity|undefined/);
        const team = aggregateTeam(q, respondents);
        expect(numbersIn(team).every(Number.isFinite)).toBe(true);
        if (team.score !== null) expect(team.score).toBeGreaterThanOrEqual(20);
        expect(numbersIn(workshopAgenda(team)).every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('reads any cut-short code as damaged, never as a different result (property)', () => {
    fc.assert(
      fc.property(resultArb, fc.nat(), (r, n) => {
        const code = encodeResultCode(r);
        const cut = code.slice(0, n % code.length);
        expect(decodeResultCode(cut).ok).toBe(false);
      }),
    );
  });
});

describe('saved theme', () => {
  it('is light, dark or system whatever was stored (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constant(null), fc.json()), (raw) => {
        expect(['light', 'dark', 'system']).toContain(parseThemePreference(raw));
      }),
    );
  });
});
