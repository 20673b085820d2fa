import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { decodeVersioned, encodeVersioned, type VersionedCodec } from '../../../src/lib/versioned';
import { funnelCodec } from '../../../src/stores/funnel-store';
import { draftCodec, historyCodec } from '../../../src/stores/assessment-store';
import { attemptArb, damaged, draftArb, funnelStateArb, numbersIn } from '../../fixtures/arbitraries';

/*
 * The real codecs every persisted store uses (src/lib/versioned.ts has its own tests with a toy
 * schema). Whatever localStorage holds, reading it never throws and never yields a number that is
 * NaN or infinite: the widget gets either the saved value or a fresh start with a reason.
 */
const stores: [string, VersionedCodec<unknown>, fc.Arbitrary<unknown>][] = [
  ['funnel builder (msg:funnel)', funnelCodec as VersionedCodec<unknown>, funnelStateArb],
  ['assessment draft (msg:assessment)', draftCodec as VersionedCodec<unknown>, draftArb],
  [
    'assessment history (msg:assessment-history)',
    historyCodec as VersionedCodec<unknown>,
    fc.array(attemptArb, { maxLength: 5 }),
  ],
];

const finite = (value: unknown) => numbersIn(value).every(Number.isFinite);

describe.each(stores)('saved %s', (_, codec, valid) => {
  it('round-trips any valid value (property)', () => {
    fc.assert(
      fc.property(valid, (value) => {
        expect(decodeVersioned(codec, encodeVersioned(codec, value))).toEqual({ status: 'ok', value });
      }),
      { numRuns: 60 },
    );
  });

  it('reads damaged saved text without throwing, as a valid value or a fresh start with a reason (property)', () => {
    const saved = valid.chain((value) => damaged(encodeVersioned(codec, value)));
    fc.assert(
      fc.property(fc.oneof(saved, fc.string(), fc.json()), (raw) => {
        const result = decodeVersioned(codec, raw);
        expect(codec.schema.safeParse(result.value).success).toBe(true);
        expect(finite(result.value)).toBe(true);
        if (result.status === 'unreadable') {
          expect(result.reason).toMatch(/^(it|its|there|upgrading)/);
          expect(result.value).toEqual(codec.initial());
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses numbers JSON turns into Infinity, and data from before versioning or a newer version', () => {
    const initial = encodeVersioned(codec, codec.initial());
    expect(decodeVersioned(codec, initial.replace(/\d+/, '1e999')).status).not.toBe('ok');
    expect(decodeVersioned(codec, JSON.stringify(codec.initial()))).toMatchObject({
      status: 'unreadable',
      reason: 'it has no version',
    });
    expect(decodeVersioned(codec, JSON.stringify({ v: codec.version + 1, data: codec.initial() }))).toMatchObject({
      status: 'unreadable',
    });
  });
});
