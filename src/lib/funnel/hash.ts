/*
 * Apart from ./code so the builder can check for a share link on load without loading the
 * codec and its schemas; they load only when a link is present or copied.
 */

/** Reads the code from a location hash such as "#f=1.abc". Null when the hash holds none. */
export function codeFromHash(hash: string): string | null {
  const m = /^#?(?:.*&)?f=([^&]*)/.exec(hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}
