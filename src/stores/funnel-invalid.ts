import { atom } from 'nanostores';

/**
 * The builder's fields whose text cannot be read right now, by id, with their labels. While any
 * is listed, the funnel (and so every result) is the last valid one, and the results say so.
 */
export const $invalidFields = atom<Record<string, string>>({});

/** Lists a field as unreadable under its label, or (label null) takes it off the list. */
export function markInvalid(id: string, label: string | null): void {
  const now = $invalidFields.get();
  if (label !== null) {
    if (now[id] !== label) $invalidFields.set({ ...now, [id]: label });
  } else if (id in now) {
    const rest = { ...now };
    delete rest[id];
    $invalidFields.set(rest);
  }
}
