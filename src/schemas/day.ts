/*
 * The calendar-day check on its own, so the saved-value schemas that use it (assessment
 * history, action plan, progress) do not load the rest of the date helpers with it.
 */

/** A day written YYYY-MM-DD, with year, month and day captured. */
export const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (so 2025-02-30 is false). */
export function isDay(value: string): boolean {
  const m = DAY_PATTERN.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
