/**
 * A fixed, well-mixed order for a list: items are sorted by a hash of their id (FNV-1a), so the
 * order is the same on every build but does not follow the alphabet or the file, and adding an
 * item does not reshuffle the others.
 */
export function mixedOrder<T extends { id: string }>(items: readonly T[]): T[] {
  const hash = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    return h;
  };
  return [...items].sort((a, b) => hash(a.id) - hash(b.id) || a.id.localeCompare(b.id));
}
