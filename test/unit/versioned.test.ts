import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { z } from 'astro/zod';
import { decodeVersioned, encodeVersioned, type VersionedCodec } from '../../src/lib/versioned';

const schema = z.object({ name: z.string().min(1), count: z.number().int().min(0) });
type Value = z.infer<typeof schema>;
const codec: VersionedCodec<Value> = {
  key: 'msg:test',
  version: 2,
  schema,
  // version 1 stored { title, n }
  migrations: { 1: (d) => ({ name: (d as { title: string }).title, count: (d as { n: number }).n }) },
  initial: () => ({ name: 'default', count: 0 }),
};

describe('versioned saved values', () => {
  it('round-trips the current version', () => {
    const value = { name: 'Q3 plan', count: 4 };
    expect(decodeVersioned(codec, encodeVersioned(codec, value))).toEqual({ status: 'ok', value });
  });

  it('upgrades data saved by an older version', () => {
    const old = JSON.stringify({ v: 1, data: { title: 'Old', n: 2 } });
    expect(decodeVersioned(codec, old)).toEqual({ status: 'ok', value: { name: 'Old', count: 2 }, migratedFrom: 1 });
  });

  it('falls back and explains why for corrupt, unversioned, future and invalid data', () => {
    expect(decodeVersioned(codec, '{not json')).toMatchObject({
      status: 'unreadable',
      reason: 'it is not valid JSON',
      value: codec.initial(),
    });
    expect(decodeVersioned(codec, '{"name":"x"}')).toMatchObject({ status: 'unreadable', reason: 'it has no version' });
    expect(decodeVersioned(codec, '{"v":9,"data":{}}')).toMatchObject({
      status: 'unreadable',
      reason: 'it was saved by a newer version (9) of this site',
    });
    expect(decodeVersioned(codec, '{"v":2,"data":{"name":"","count":1}}')).toMatchObject({
      status: 'unreadable',
      reason: 'it does not match the expected shape at name',
    });
    expect(decodeVersioned(codec, '{"v":1,"data":null}')).toMatchObject({
      status: 'unreadable',
      reason: 'upgrading it from version 1 failed',
    });
  });

  it('treats nothing saved as empty', () => {
    expect(decodeVersioned(codec, null)).toEqual({ status: 'empty', value: codec.initial() });
  });

  it('never throws on random or truncated input', () => {
    const good = encodeVersioned(codec, { name: 'abc', count: 3 });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.nat(good.length).map((n) => good.slice(0, n)),
        ),
        (raw) => {
          const result = decodeVersioned(codec, raw);
          expect(schema.safeParse(result.value).success).toBe(true);
        },
      ),
    );
  });
});
