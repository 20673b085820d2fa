import { persistedStore } from './persisted';
import { checkDraftsCodec, placeCodec } from '../lib/learning/reading-codecs';
import type { DraftAnswer } from '../schemas/reading';

/**
 * Where the reader stopped: the last chapter opened and its heading (written by the chapter page's
 * scripts/reading-place.ts, read here through the schema), and the answers of checks not yet finished.
 */
export const $place = persistedStore(placeCodec, 'place in the guide').$value;
export const $checkDrafts = persistedStore(checkDraftsCodec, 'unfinished check answers').$value;

/** Keeps one answer of an unfinished check, so leaving the page loses nothing. */
export function saveDraftAnswer(chapter: string, question: string, answer: DraftAnswer): void {
  const all = $checkDrafts.get();
  $checkDrafts.set({ ...all, [chapter]: { ...all[chapter], [question]: answer } });
}

/** Forgets a check's unfinished answers: it was finished or restarted. */
export function clearDraft(chapter: string): void {
  const { [chapter]: gone, ...rest } = $checkDrafts.get();
  if (gone) $checkDrafts.set(rest);
}
