import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { roles, sharedResultSchema, TEAM_LABEL_MAX, type SharedResult } from '../../../src/schemas/assessment';
import { crc32, decodeResultCode, extractCode } from '../../../src/lib/assessment/code';
import { encodeResultCode } from '../../../src/lib/assessment/code-encode';
import { fromBase64Url, toBase64Url } from '../../../src/lib/base64url';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const EPOCH = Date.UTC(2020, 0, 1);

const resultArb: fc.Arbitrary<SharedResult> = fc.record({
  questionnaireVersion: fc.integer({ min: 1, max: 255 }),
  nonce: fc.integer({ min: 0, max: 0xffff }),
  role: fc.constantFrom(...roles),
  team: fc.string({ unit: 'grapheme', maxLength: TEAM_LABEL_MAX }).filter((s) => s.length <= TEAM_LABEL_MAX),
  date: fc.integer({ min: 0, max: 0xffff }).map((d) => new Date(EPOCH + d * 86_400_000).toISOString().slice(0, 10)),
  answers: fc.array(fc.oneof(fc.constantFrom(1, 2, 3, 4, 5, 'na' as const), fc.constant(null)), {
    minLength: 1,
    maxLength: 60,
  }),
});

const example: SharedResult = {
  questionnaireVersion: 1,
  nonce: 4242,
  role: 'sales',
  team: 'EMEA <b>Growth</b>',
  date: '2026-03-14',
  answers: [3, 4, null, 5, 1, 2, 3],
};

describe('result codes', () => {
  it('carry "does not apply" (3-bit value 6) and read a 7 as not a code from this site', () => {
    const withNa: SharedResult = { ...example, questionnaireVersion: 3, answers: [4, 'na', null, 2] };
    const decoded = decodeResultCode(encodeResultCode(withNa));
    expect(decoded.ok && decoded.value.answers).toEqual([4, 'na', null, 2]);
    // 4 answers × 3 bits: 100 110 000 010 → 0x98 0x20; set the second to 7 (111) and re-sign it.
    const bytes = fromBase64Url(encodeResultCode(withNa))!;
    const body = bytes.subarray(0, bytes.length - 4);
    body[body.length - 2] = 0x9c;
    const crc = crc32(body);
    const forged = toBase64Url(
      new Uint8Array([...body, crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff]),
    );
    expect(decodeResultCode(forged)).toMatchObject({ ok: false, problem: 'malformed' });
  });

  it('round-trip a worked example and stay URL-safe and short', () => {
    const code = encodeResultCode(example);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(50);
    expect(decodeResultCode(code)).toEqual({ ok: true, value: example });
  });

  it('hold 27 answers, role, date and a 10-character label in under 50 characters', () => {
    const code = encodeResultCode({ ...example, team: 'Sales EMEA', answers: Array(27).fill(4) });
    expect(code.length).toBeLessThanOrEqual(50);
  });

  it('round-trip any valid result (property)', () => {
    fc.assert(
      fc.property(resultArb, (r) => {
        expect(decodeResultCode(encodeResultCode(r))).toEqual({ ok: true, value: r });
      }),
    );
  });

  it('catch any one changed character with the checksum (property)', () => {
    fc.assert(
      fc.property(resultArb, fc.nat(), fc.integer({ min: 1, max: 63 }), (r, pos, shift) => {
        const code = encodeResultCode(r);
        const i = pos % code.length;
        const changed = code.slice(0, i) + ALPHABET[(ALPHABET.indexOf(code[i]!) + shift) % 64] + code.slice(i + 1);
        const decoded = decodeResultCode(changed);
        expect(decoded.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never throw on random text or random bytes, and only ever return schema-valid results (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: fc.constantFrom(...ALPHABET) }),
          fc.uint8Array({ maxLength: 80 }).map(toBase64Url),
        ),
        (text) => {
          const decoded = decodeResultCode(text);
          if (decoded.ok) expect(sharedResultSchema.safeParse(decoded.value).success).toBe(true);
          else expect(decoded.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('explain each kind of bad code in its own words', () => {
    const code = encodeResultCode(example);
    expect(decodeResultCode('')).toMatchObject({ ok: false, problem: 'empty' });
    expect(decodeResultCode('abc def!')).toMatchObject({ ok: false, problem: 'characters' });
    expect(decodeResultCode(code.slice(0, -3))).toMatchObject({ ok: false, problem: 'checksum' });
    expect(decodeResultCode('AAAA')).toMatchObject({ ok: false, problem: 'checksum' });
    // A well-formed code from a future format (first byte 2) with a correct checksum.
    const body = new Uint8Array([2, 1, 0, 0, 0, 0, 0, 0, 1, 0x60]);
    const c = crc32(body);
    const future = toBase64Url(new Uint8Array([...body, c >>> 24, (c >>> 16) & 255, (c >>> 8) & 255, c & 255]));
    expect(decodeResultCode(future)).toMatchObject({ ok: false, problem: 'newer-format' });
  });

  it('refuse non-canonical base64 (stray trailing bits) instead of ignoring them', () => {
    expect(fromBase64Url('AQ')).toEqual(new Uint8Array([1]));
    expect(fromBase64Url('AR')).toBeNull();
    expect(fromBase64Url('A')).toBeNull();
  });

  it('compute the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('reading a code out of a pasted line', () => {
  it('accepts a bare code, a share link with #c= and a link with ?c=', () => {
    expect(extractCode('  AbC-_9  ')).toBe('AbC-_9');
    expect(extractCode('https://example.org/assessment/result/#c=AbC-_9')).toBe('AbC-_9');
    expect(extractCode('/assessment/result/?x=1&c=AbC-_9#top')).toBe('AbC-_9');
  });
});
