import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { decodeVersioned, encodeVersioned, type VersionedCodec } from '../lib/versioned';

/** Why saving does not work in this browser, if it does not. */
export type StorageProblem = 'unavailable' | 'full' | null;
export const $storageProblem = atom<StorageProblem>(null);

function browserStorage(): Storage | undefined {
  try {
    const s = globalThis.localStorage;
    if (!s) return undefined;
    s.getItem('msg:probe');
    return s;
  } catch {
    return undefined;
  }
}

/**
 * A storage engine that never throws: reads and writes that fail (private mode, quota
 * exceeded) are recorded in $storageProblem and the app keeps working from memory.
 */
function safeEngine(): Record<string, string> {
  const memory: Record<string, string> = {};
  const real = browserStorage();
  if (!real && typeof window !== 'undefined') $storageProblem.set('unavailable');
  return new Proxy(memory, {
    get(_, key: string) {
      if (real) {
        try {
          return real.getItem(key) ?? undefined;
        } catch {
          /* fall through to memory */
        }
      }
      return memory[key];
    },
    has(_, key: string) {
      if (real) {
        try {
          return real.getItem(key) !== null;
        } catch {
          /* fall through */
        }
      }
      return key in memory;
    },
    set(_, key: string, value: string) {
      memory[key] = value;
      if (real) {
        try {
          real.setItem(key, value);
        } catch {
          $storageProblem.set('full');
        }
      }
      return true;
    },
    deleteProperty(_, key: string) {
      delete memory[key];
      try {
        real?.removeItem(key);
      } catch {
        /* nothing to do */
      }
      return true;
    },
  });
}

if (typeof window !== 'undefined') setPersistentEngine(safeEngine(), windowPersistentEvents);

/** Where an unreadable saved value is kept so the reader can recover it. */
export const unreadableKey = (key: string) => `${key}:unreadable`;

export interface PersistedStore<T> {
  $value: WritableAtom<T>;
  /** Set when saved data could not be read (and was kept) or was upgraded. */
  $notice: ReadableAtom<string | null>;
  /** The raw text of the unreadable data, if any was kept. */
  unreadable: () => string | null;
}

/**
 * A nanostores atom saved to localStorage under a namespaced key, versioned and validated
 * on every read. Unreadable data is copied to `<key>:unreadable` before anything overwrites it.
 */
export function persistedStore<T>(codec: VersionedCodec<T>, what: string): PersistedStore<T> {
  const $notice = atom<string | null>(null);
  const $value = persistentAtom<T>(codec.key, codec.initial(), {
    encode: (value) => encodeVersioned(codec, value),
    decode: (raw) => {
      const result = decodeVersioned(codec, raw);
      if (result.status === 'unreadable') {
        try {
          globalThis.localStorage?.setItem(unreadableKey(codec.key), raw);
        } catch {
          $storageProblem.set('full');
        }
        $notice.set(`Your saved ${what} could not be read (${result.reason}), so this starts afresh. A copy of the old data was kept in this browser.`);
      } else if (result.status === 'ok' && result.migratedFrom !== undefined) {
        $notice.set(`Your saved ${what} came from an older version of this site and was upgraded.`);
      }
      return result.value;
    },
  });
  const unreadable = () => {
    try {
      return globalThis.localStorage?.getItem(unreadableKey(codec.key)) ?? null;
    } catch {
      return null;
    }
  };
  return { $value, $notice, unreadable };
}
