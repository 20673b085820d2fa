/**
 * Saved data as a returning reader meets it: what the builder or assessment saved last time,
 * from an older version of the site, damaged, or in a browser whose storage is full or blocked.
 * persisted.ts wraps localStorage itself, so each test loads it afresh over a FakeStorage.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { VersionedCodec } from '../../../src/lib/versioned';
import { FakeStorage } from '../../fixtures/storage';

interface Counter {
  count: number;
}
/** Version 2 renamed `n` to `count`. */
const codec: VersionedCodec<Counter> = {
  key: 'msg:counter',
  version: 2,
  schema: z.object({ count: z.number().int() }),
  migrations: { 1: (d) => ({ count: (d as { n: number }).n }) },
  initial: () => ({ count: 0 }),
};

/** Loads persisted.ts as a page would, over the given storage (or one that throws, as in some private modes). */
async function load(storage: FakeStorage | 'blocked') {
  vi.resetModules();
  vi.stubGlobal('window', { addEventListener() {}, removeEventListener() {} });
  if (storage === 'blocked') {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  } else vi.stubGlobal('localStorage', storage);
  const m = await import('../../../src/stores/persisted');
  const store = m.persistedStore(codec, 'counter');
  store.$value.listen(() => {}); // mounted, as an island keeps it
  return { ...m, store };
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('persistedStore: saving and reading back', () => {
  it('saves under its namespaced key with the version in the payload', async () => {
    const storage = new FakeStorage();
    const { store } = await load(storage);
    expect(store.$value.get()).toEqual({ count: 0 });
    store.$value.set({ count: 7 });
    expect(storage.getItem('msg:counter')).toBe('{"v":2,"data":{"count":7}}');

    const again = await load(storage);
    expect(again.store.$value.get()).toEqual({ count: 7 });
    expect(again.store.$notice.get()).toBeNull();
  });

  it('upgrades data saved by an older version and tells the reader', async () => {
    const { store } = await load(new FakeStorage({ 'msg:counter': '{"v":1,"data":{"n":4}}' }));
    expect(store.$value.get()).toEqual({ count: 4 });
    expect(store.$notice.get()).toBe('Your saved counter came from an older version of this site and was upgraded.');
    expect(store.unreadable()).toBeNull();
  });
});

describe('persistedStore: unreadable data is never lost', () => {
  it.each([
    ['not JSON', '{"v":2,"data":{"count":', 'it is not valid JSON'],
    ['from a newer version', '{"v":3,"data":{"count":1}}', 'it was saved by a newer version (3) of this site'],
    ['the wrong shape', '{"v":2,"data":{"count":"many"}}', 'it does not match the expected shape at count'],
  ])('copies data that is %s aside, starts afresh and says why', async (_, raw, reason) => {
    const storage = new FakeStorage({ 'msg:counter': raw });
    const { store } = await load(storage);
    expect(store.$value.get()).toEqual({ count: 0 });
    expect(store.$notice.get()).toBe(
      `Your saved counter could not be read (${reason}), so this starts afresh. A copy of the old data was kept in this browser; you can download it.`,
    );
    expect(storage.getItem('msg:counter:unreadable')).toBe(raw);
    expect(store.unreadable()).toBe(raw);

    store.$value.set({ count: 1 });
    expect(storage.getItem('msg:counter')).toBe('{"v":2,"data":{"count":1}}');
    expect(storage.getItem('msg:counter:unreadable')).toBe(raw);
  });

  it('keeps an earlier copy and puts a different one in the next slot', async () => {
    const storage = new FakeStorage({ 'msg:counter': 'second', 'msg:counter:unreadable': 'first' });
    await load(storage);
    expect(storage.getItem('msg:counter:unreadable')).toBe('first');
    expect(storage.getItem('msg:counter:unreadable:2')).toBe('second');
  });

  it('when storage is full, leaves the unreadable original in place and never saves over it', async () => {
    const storage = new FakeStorage({ 'msg:counter': 'damaged' });
    storage.quota = storage.used();
    const { store, $storageProblem } = await load(storage);
    expect($storageProblem.get()).toBe('full');
    expect(store.$notice.get()).toContain(
      'The old data was left as it was, and nothing you do here is saved over it. Download it to keep a copy.',
    );
    expect(store.unreadable()).toBe('damaged');

    store.$value.set({ count: 2 });
    expect(store.$value.get()).toEqual({ count: 2 });
    storage.quota = Infinity; // even once space is freed, the original stays until the reader has it
    store.$value.set({ count: 3 });
    expect(storage.getItem('msg:counter')).toBe('damaged');
    expect(storage.items.has('msg:counter:unreadable')).toBe(false);
  });
});

describe('persistedStore: a kept copy stays on offer until dismissed (issue 28, M1)', () => {
  it('offers the copy on every visit after the reader has edited, and forgets it only when dismissed', async () => {
    const storage = new FakeStorage({ 'msg:counter': 'damaged' });
    const first = await load(storage);
    first.store.$value.set({ count: 1 }); // the reader's first edit saves over the damaged text
    first.store.$value.set({ count: 2 });
    expect(storage.getItem('msg:counter')).toBe('{"v":2,"data":{"count":2}}');

    for (let visit = 0; visit < 3; visit++) {
      const again = await load(storage);
      expect(again.store.$value.get()).toEqual({ count: 2 + visit });
      expect(again.store.$notice.get()).toBe(
        'Saved counter that could not be read on an earlier visit is still kept in this browser. Download it to keep it; dismissing this note deletes that copy.',
      );
      expect(again.$savedDataNotices.get()['msg:counter']?.copy).toBe('damaged');
      expect(again.store.unreadable()).toBe('damaged');
      again.store.$value.set({ count: 3 + visit });
    }

    const last = await load(storage);
    last.dismissSavedDataNotice('msg:counter');
    expect(last.store.$notice.get()).toBeNull();
    expect(storage.items.has('msg:counter:unreadable')).toBe(false);
    expect((await load(storage)).store.$notice.get()).toBeNull();
  });

  it('offers the next kept copy once the first is dismissed, and saves over damaged text once it is dismissed', async () => {
    const storage = new FakeStorage({ 'msg:counter': 'third', 'msg:counter:unreadable': 'first' });
    storage.setItem('msg:counter:unreadable:2', 'second');
    const { store, dismissSavedDataNotice } = await load(storage);
    expect(store.$notice.get()).toContain('could not be read (it is not valid JSON)');
    expect(storage.getItem('msg:counter:unreadable:3')).toBe('third');
    dismissSavedDataNotice('msg:counter');
    // The damaged text is not read again next visit: what is on screen was saved over it.
    expect(storage.getItem('msg:counter')).toBe('{"v":2,"data":{"count":0}}');
    const next = await load(storage);
    expect(next.$savedDataNotices.get()['msg:counter']?.copy).toBe('first');
  });
});

describe('persistedStore: every copy slot taken', () => {
  it('leaves the unreadable original in place rather than overwrite an earlier copy', async () => {
    const earlier = ['a', 'b', 'c', 'd', 'e'];
    const storage = new FakeStorage({
      'msg:counter': 'sixth',
      'msg:counter:unreadable': earlier[0]!,
      ...Object.fromEntries(earlier.slice(1).map((v, i) => [`msg:counter:unreadable:${i + 2}`, v])),
    });
    const { store } = await load(storage);
    expect(store.$notice.get()).toContain('The old data was left as it was');
    expect(store.unreadable()).toBe('sixth');

    store.$value.set({ count: 4 });
    expect(store.$value.get()).toEqual({ count: 4 });
    expect(storage.getItem('msg:counter')).toBe('sixth');
    expect(storage.getItem('msg:counter:unreadable')).toBe('a');
    expect(storage.getItem('msg:counter:unreadable:5')).toBe('e');
  });
});

describe('persistedStore: storage that fails', () => {
  it('keeps working from memory when a save exceeds the quota, and reports the storage as full', async () => {
    const storage = new FakeStorage({}, 200);
    const { store, $storageProblem } = await load(storage);
    expect($storageProblem.get()).toBeNull();
    store.$value.set({ count: 1 });
    expect(storage.getItem('msg:counter')).toBe('{"v":2,"data":{"count":1}}');

    storage.quota = storage.used(); // another tab filled the storage
    expect(() => store.$value.set({ count: 123456 })).not.toThrow();
    expect(store.$value.get()).toEqual({ count: 123456 });
    expect($storageProblem.get()).toBe('full');
    expect(storage.getItem('msg:counter')).toBe('{"v":2,"data":{"count":1}}');
  });

  it('works from memory when the browser blocks storage, and says saving is unavailable', async () => {
    const { store, $storageProblem } = await load('blocked');
    expect($storageProblem.get()).toBe('unavailable');
    store.$value.set({ count: 5 });
    expect(store.$value.get()).toEqual({ count: 5 });
    expect(store.unreadable()).toBeNull();
  });
});
