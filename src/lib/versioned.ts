/**
 * How one kind of saved or shared value is stored: a version in the payload, migrations
 * from older versions, and the schema every read is validated against.
 */
export interface VersionedCodec<T> {
  /** Namespaced storage key, e.g. "msg:funnel". */
  key: string;
  /** Current payload version; bump it and add a migration when the shape changes. */
  version: number;
  /**
   * The current shape. Everything read is parsed through it. Any zod schema fits, full or
   * `zod/mini` (islands use mini to keep their bundles small).
   */
  schema: SafeParser<T>;
  /** `migrations[n]` turns version-n data into version n+1 data. */
  migrations?: Record<number, (data: unknown) => unknown>;
  /** The value to use when nothing (readable) is saved. */
  initial: () => T;
}

/** The part of a zod schema (full or mini) the codec needs. */
export interface SafeParser<T> {
  safeParse(
    data: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[] }[] } };
}

export type DecodeResult<T> =
  | { status: 'empty'; value: T }
  | { status: 'ok'; value: T; migratedFrom?: number }
  | { status: 'unreadable'; value: T; reason: string };

/** Serialises a value with its version: `{"v":2,"data":…}`. */
export function encodeVersioned<T>(codec: VersionedCodec<T>, value: T): string {
  return JSON.stringify({ v: codec.version, data: value });
}

/**
 * Parse, migrate, validate; never throws. Anything unreadable falls back to the
 * initial value and says why, so the caller can keep the raw text for the reader.
 */
export function decodeVersioned<T>(codec: VersionedCodec<T>, raw: string | null | undefined): DecodeResult<T> {
  if (raw === null || raw === undefined || raw === '') return { status: 'empty', value: codec.initial() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'unreadable', value: codec.initial(), reason: 'it is not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || !('v' in parsed) || !('data' in parsed)) {
    return { status: 'unreadable', value: codec.initial(), reason: 'it has no version' };
  }
  const from = (parsed as { v: unknown }).v;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return { status: 'unreadable', value: codec.initial(), reason: 'its version is not a number' };
  }
  if (from > codec.version) {
    return {
      status: 'unreadable',
      value: codec.initial(),
      reason: `it was saved by a newer version (${from}) of this site`,
    };
  }
  let data = (parsed as { data: unknown }).data;
  try {
    for (let v = from; v < codec.version; v++) {
      const step = codec.migrations?.[v];
      if (!step)
        return { status: 'unreadable', value: codec.initial(), reason: `there is no way to upgrade version ${v}` };
      data = step(data);
    }
  } catch {
    return { status: 'unreadable', value: codec.initial(), reason: `upgrading it from version ${from} failed` };
  }
  const result = codec.schema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.map(String).join('.')}` : '';
    return { status: 'unreadable', value: codec.initial(), reason: `it does not match the expected shape${where}` };
  }
  return from === codec.version
    ? { status: 'ok', value: result.data }
    : { status: 'ok', value: result.data, migratedFrom: from };
}
