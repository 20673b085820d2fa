import type { LevelId, Role } from '../../schemas/assessment';
import type { Questionnaire } from '../../lib/assessment/questionnaire';

export const roleLabels: Record<Role, string> = {
  marketing: 'Marketing',
  sales: 'Sales',
  leadership: 'Leadership',
  other: 'Other',
};

export const levelName = (q: Questionnaire, level: LevelId | null) => (level ? q.levels[level].name : 'Not rated');

/** "14 Mar 2026" for an ISO date or date-time; the date as given if it cannot be read. */
export function formatDate(iso: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "+12", "−3" (true minus sign) or "no change". */
export const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : 'no change');

/** A 1–5 mean to one decimal, or an en dash when nobody in that role rated it (the gap column then says "needs both"). */
export const mean1 = (x: number | null) => (x === null ? '–' : x.toFixed(1));

/** Title of a chapter, from the built chapters (every id the questionnaire names is one: the build checks). */
export const chapterTitle = (id: string, chapters: Record<string, string>) =>
  chapters[id] ?? id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');
