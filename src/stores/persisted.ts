import { atom, computed, map, type ReadableAtom, type WritableAtom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { decodeVersioned, encodeVersioned, type VersionedCodec } from '../lib/versioned';

/** Why saving does not work in this browser, if it does not. */
export type StorageProblem = 'unavailable' | 'full' | null;
export const $storageProblem = atom<StorageProblem>(null);

/** Where an unreadable saved value is kept so the reader can recover it. */
export const unreadableKey = (key: string) => `${key}:unreadable`;

/** What happened to one store's saved data on this visit, for the StorageNotice component. */
export interface SavedDataNotice {
  /** The store's key, e.g. "msg:funnel". */
  key: string;
  /** What the reader calls it: "funnel", "answers". */
  what: string;
  message: string;
  /** The unreadable text, so the reader can download it; null when the data was only upgraded. */
  copy: string | null;
  /** Where that text is kept (`<key>:unreadable…`), deleted when the reader dismisses the notice; null if nowhere. */
  slot: string | null;
}

/** Every persisted store's notice on this page, by key: one place for every widget to show them. */
export const $savedDataNotices = map<Record<string, SavedDataNotice>>({});

/**
 * Keys whose unreadable data could not be copied aside (storage full): writes to them stay in
 * memory, so the original text is never overwritten before the reader can download it.
 */
const protectedKeys = new Set<string>();

/** Per key, writes what is on screen over unreadable text still at the key, once the reader dismisses it. */
const saveOver = new Map<string, () => void>();

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

/** True when a tiny write fails: the quota is already used up, so saving will fail too. */
function isFull(s: Storage): boolean {
  try {
    s.setItem('msg:probe', '1');
    s.removeItem('msg:probe');
    return false;
  } catch {
    return true;
  }
}

const real = typeof window !== 'undefined' ? browserStorage() : undefined;

/**
 * A storage engine that never throws: reads and writes that fail (private mode, quota
 * exceeded) are recorded in $storageProblem and the app keeps working from memory.
 */
function safeEngine(): Record<string, string> {
  const memory: Record<string, string> = {};
  if (!real) $storageProblem.set('unavailable');
  else if (isFull(real)) $storageProblem.set('full');
  return new Proxy(memory, {
    get(_, key: string) {
      if (key in memory) return memory[key];
      if (real) {
        try {
          return real.getItem(key) ?? undefined;
        } catch {
          /* fall through to memory */
        }
      }
      return undefined;
    },
    has(_, key: string) {
      if (key in memory) return true;
      if (real) {
        try {
          return real.getItem(key) !== null;
        } catch {
          /* fall through */
        }
      }
      return false;
    },
    set(_, key: string, value: string) {
      if (real && !protectedKeys.has(key)) {
        try {
          real.setItem(key, value);
          delete memory[key];
          return true;
        } catch {
          $storageProblem.set('full');
        }
      }
      memory[key] = value;
      return true;
    },
    deleteProperty(_, key: string) {
      delete memory[key];
      try {
        if (!protectedKeys.has(key)) real?.removeItem(key);
      } catch {
        /* nothing to do */
      }
      return true;
    },
  });
}

if (typeof window !== 'undefined') setPersistentEngine(safeEngine(), windowPersistentEvents);

const SLOTS = 5;
const slotKey = (key: string, n: number) => (n === 1 ? unreadableKey(key) : `${unreadableKey(key)}:${n}`);

/**
 * Copies unreadable text aside before anything can overwrite it. An earlier, different copy is
 * never replaced: the next free slot (`<key>:unreadable`, `<key>:unreadable:2`, …) is used.
 * Returns the slot, or null when no copy could be written.
 */
function keepCopy(key: string, raw: string): string | null {
  if (!real) return null;
  try {
    for (let n = 1; n <= SLOTS; n++) {
      const slot = slotKey(key, n);
      const held = real.getItem(slot);
      if (held === raw) return slot;
      if (held === null) {
        real.setItem(slot, raw);
        return slot;
      }
    }
  } catch {
    $storageProblem.set('full');
  }
  return null;
}

/** The first copy kept on an earlier visit and not yet dismissed, if any. */
function keptEarlier(key: string): { slot: string; text: string } | null {
  try {
    for (let n = 1; n <= SLOTS; n++) {
      const slot = slotKey(key, n);
      const text = real?.getItem(slot) ?? null;
      if (text !== null) return { slot, text };
    }
  } catch {
    /* storage blocked: nothing was kept */
  }
  return null;
}

/**
 * The reader has what they need from a notice: it goes, and so does the copy it offered (the next
 * kept copy, if any, is offered on the next visit). Unreadable data that could not be copied aside
 * is no longer protected, so the reader's own work is saved over it from now on.
 */
export function dismissSavedDataNotice(key: string): void {
  const n = $savedDataNotices.get()[key];
  if (!n) return;
  try {
    if (n.slot) real?.removeItem(n.slot);
  } catch {
    /* nothing to do: the copy stays, and is offered again next visit */
  }
  protectedKeys.delete(key);
  saveOver.get(key)?.();
  const rest = { ...$savedDataNotices.get() };
  delete rest[key];
  $savedDataNotices.set(rest);
}

export interface PersistedStore<T> {
  $value: WritableAtom<T>;
  /** Set when saved data could not be read (and was kept) or was upgraded. */
  $notice: ReadableAtom<string | null>;
  /** The raw text of the unreadable data, if any was found on this visit or kept earlier. */
  unreadable: () => string | null;
}

/**
 * A nanostores atom saved to localStorage under a namespaced key, versioned and validated
 * on every read. Unreadable data is copied to `<key>:unreadable` before anything overwrites it;
 * if it cannot be copied, the original is left untouched. Either way the reader can download it.
 */
export function persistedStore<T>(codec: VersionedCodec<T>, what: string): PersistedStore<T> {
  const { key } = codec;
  const tell = (message: string, copy: string | null, slot: string | null = null) =>
    $savedDataNotices.setKey(key, { key, what, message, copy, slot });
  // A copy kept on an earlier visit stays on offer, however many edits came since, until the reader
  // dismisses it. Reading the saved data below replaces this with a fresher message when it fails again.
  const earlier = typeof window !== 'undefined' ? keptEarlier(key) : null;
  if (earlier)
    tell(
      `Saved ${what} that could not be read on an earlier visit is still kept in this browser. Download it to keep it; dismissing this note deletes that copy.`,
      earlier.text,
      earlier.slot,
    );
  const $value = persistentAtom<T>(key, codec.initial(), {
    encode: (value) => encodeVersioned(codec, value),
    decode: (raw) => {
      const result = decodeVersioned(codec, raw);
      if (result.status === 'unreadable') {
        const kept = keepCopy(key, raw);
        if (kept === null) protectedKeys.add(key);
        const where = kept
          ? 'A copy of the old data was kept in this browser; you can download it.'
          : 'The old data was left as it was, and nothing you do here is saved over it. Download it to keep a copy.';
        tell(`Your saved ${what} could not be read (${result.reason}), so this starts afresh. ${where}`, raw, kept);
      } else if (result.status === 'ok' && result.migratedFrom !== undefined) {
        tell(`Your saved ${what} came from an older version of this site and was upgraded.`, null);
      }
      return result.value;
    },
  });
  saveOver.set(key, () => {
    try {
      if (real && decodeVersioned(codec, real.getItem(key)).status === 'unreadable')
        real.setItem(key, encodeVersioned(codec, $value.get()));
    } catch {
      $storageProblem.set('full');
    }
  });
  const $notice = computed($savedDataNotices, (all) => all[key]?.message ?? null);
  const unreadable = () => {
    const found = $savedDataNotices.get()[key]?.copy;
    if (found) return found;
    try {
      return keptEarlier(key)?.text ?? null;
    } catch {
      return null;
    }
  };
  return { $value, $notice, unreadable };
}
