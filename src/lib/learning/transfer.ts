import { decodeVersioned } from '../versioned';
import { progressCodec, type Progress } from './progress-codec';
import type { Day } from './dates';

/** Marks a file as this site's progress export, so an unrelated JSON file gets a clear message. */
const EXPORT_KIND = 'marketing-sales-guide/progress';
/** Far larger than any real export (a few kilobytes), small enough that reading it cannot hang the page. */
export const MAX_IMPORT_BYTES = 512 * 1024;

/** The text of an export file: the versioned payload plus what it is and when it was made. */
export function exportProgressFile(p: Progress, today: Day): string {
  return `${JSON.stringify({ kind: EXPORT_KIND, exported: today, v: progressCodec.version, data: p }, null, 2)}\n`;
}

export const exportFileName = (today: Day) => `marketing-sales-progress-${today}.json`;

export type ImportResult = { ok: true; value: Progress; upgraded: boolean } | { ok: false; message: string };

/**
 * Reads an export file chosen by the reader. Never throws; a bad file gets a message that
 * says what is wrong in plain words, and the caller changes nothing.
 */
export function parseProgressFile(text: string, bytes = text.length): ImportResult {
  if (bytes > MAX_IMPORT_BYTES)
    return {
      ok: false,
      message: `This file is too large (${Math.round(bytes / 1024)} KB) to be a progress export, which is a few KB. Nothing was changed.`,
    };
  if (!text.trim()) return { ok: false, message: 'This file is empty. Nothing was changed.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a progress export: it is not JSON text. Nothing was changed.' };
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { kind?: unknown }).kind !== EXPORT_KIND) {
    return {
      ok: false,
      message:
        'This file is not a progress export from this guide. Choose the file the "Export" button saved. Nothing was changed.',
    };
  }
  const result = decodeVersioned(progressCodec, text);
  if (result.status !== 'ok') {
    const reason = result.status === 'unreadable' ? result.reason : 'it holds no progress';
    return { ok: false, message: `This progress file could not be read: ${reason}. Nothing was changed.` };
  }
  return { ok: true, value: result.value, upgraded: result.migratedFrom !== undefined };
}
