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

/** What the guide holds as built: what an imported file is checked against. */
export interface GuideFacts {
  /** Chapter ids, each with the number of questions in its check (0 when it has none). */
  chapters: Record<string, number>;
  /** Every "chapter/question" key a check can ask. */
  reviewKeys: readonly string[];
  /** Exercise ids, each with the most items it scores (the sort: every activity). */
  exercises: Record<string, number>;
}

export interface GuideCheck {
  value: Progress;
  /** Entries left out: unknown chapters, questions or exercises, or scores above the questions there are. */
  left: number;
  /** Dates after today, set to today. */
  future: number;
}

/**
 * Keeps only what the guide as built can have produced: chapters, checks, exercises and review
 * questions it has, scores no larger than its questions, and no date after `today` (set to today).
 * A review's due date is the one date meant to lie ahead; it is kept. Tools and path tasks are left as they are.
 */
export function checkAgainstGuide(p: Progress, guide: GuideFacts, today: Day): GuideCheck {
  let left = 0;
  let future = 0;
  const day = <D extends string | undefined>(d: D): D => {
    if (d !== undefined && d > today) {
      future++;
      return today as D;
    }
    return d;
  };
  const keep = <T>(entries: Record<string, T>, ok: (id: string, v: T) => boolean, fix: (v: T) => T) =>
    Object.fromEntries(
      Object.entries(entries).flatMap(([id, v]) => {
        if (ok(id, v)) return [[id, fix(v)]];
        left++;
        return [];
      }),
    );
  type R = Progress['checks'][string];
  const fits = (max: number | undefined) => (_: string, r: R) =>
    max !== undefined && max > 0 && r.best.total <= max && r.last.total <= max;
  const dated = (r: R): R => (r.lastOn === undefined ? r : { ...r, lastOn: day(r.lastOn) });
  const keys = new Set(guide.reviewKeys);
  return {
    value: {
      ...p,
      chapters: keep(
        p.chapters,
        (id) => id in guide.chapters,
        (c) => (c.readOn ? { readOn: day(c.readOn) } : c),
      ),
      checks: keep(p.checks, (id, r) => fits(guide.chapters[id])(id, r), dated),
      exercises: keep(p.exercises, (id, r) => fits(guide.exercises[id])(id, r), dated),
      review: keep(
        p.review,
        (k) => keys.has(k),
        (r) => ({ ...r, missed: day(r.missed) }),
      ),
      tools: {
        ...(p.tools.funnel && { funnel: { usedOn: day(p.tools.funnel.usedOn) } }),
        ...(p.tools.assessment && { assessment: { usedOn: day(p.tools.assessment.usedOn) } }),
        ...(p.tools.numbers && { numbers: { usedOn: day(p.tools.numbers.usedOn) } }),
      },
      tasks: Object.fromEntries(Object.entries(p.tasks).map(([k, t]) => [k, { doneOn: day(t.doneOn) }])),
    },
    left,
    future,
  };
}
