/*
 * Share links carry their code as one parameter of the hash or query (`#f=…`, `#c=…`, `?c=…`).
 * Apart from the codecs so a page can check for a code on load without loading them.
 */

/** The value of parameter `name` in a link, hash or query, URI-decoded; null when there is none. */
export function codeFromUrl(text: string, name: string): string | null {
  const m = new RegExp(`[#?&]${name}=([^&#\\s]*)`).exec(text);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}
