import { DAY_PATTERN } from '../../schemas/day';

export { isDay } from '../../schemas/day';

/**
 * Progress is dated by calendar day in the reader's own time zone ("2025-03-14"), not by the
 * instant: a question missed at 9 pm comes back the next day, not 24 hours later.
 */
export type Day = string;

/** The reader's local calendar day for a moment. */
export function localDay(date: Date): Day {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day `n` days after `day`, across month and year ends; works in UTC so daylight saving cannot skip a day. */
export function addDays(day: Day, n: number): Day {
  const m = DAY_PATTERN.exec(day);
  if (!m) throw new Error(`"${day}" is not a day written YYYY-MM-DD`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + n));
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  const ms = (day: Day) => Date.parse(`${day}T00:00:00Z`);
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** "14 March 2025", for people; the same on server and browser because it does not depend on the locale. */
export function formatDay(day: Day): string {
  const m = DAY_PATTERN.exec(day);
  if (!m) return day;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
}
