/*
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet. One rule for every export, so
 * a file from the funnel builder and one from the workshop read the same way.
 */

/** Characters that make a cell need quotes: the separators spreadsheets guess (comma, semicolon, tab), quotes and line breaks. */
const NEEDS_QUOTES = /[",;\t\n\r]/;
/** A cell starting with one of these may run as a formula (CSV injection), so it gets a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. Text that starts like a formula gets a leading `'`; text holding a comma,
 * semicolon, quote, tab or line break is quoted with its quotes doubled. Numbers are written
 * to at most two decimals (a negative number stays a number: spreadsheets do not run it);
 * null, NaN and infinities give an empty cell.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as a CSV file: cells joined by commas, CRLF after every line as RFC 4180 asks. */
export const csvText = (rows: readonly (readonly (string | number | null)[])[]) =>
  rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
