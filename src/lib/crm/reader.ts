/*
 * Reads one file's rows through its mapping. Rows arrive one at a time (from Papa Parse in the
 * worker, or from a test), so nothing holds the file's text: each field lands in a typed column.
 * A row that cannot be used is skipped with its line and reason; an unreadable optional cell
 * is left empty and noted, and the row is kept.
 */
import { kindFields, type FieldDef, type Mapping } from './fields';
import { parseDate } from './dates';
import { parseAmount, parseDurationHours } from './numbers';
import { ownCopy } from './groups';

export interface Problem {
  /** Line in the file (the header is line 1). */
  line: number;
  reason: string;
  /** True when the row was left out; false when only one cell was. */
  skipped: boolean;
}

/** At most this many problems are kept to list and download; the rest are only counted. */
const MAX_PROBLEMS = 10_000;

export interface ReadState {
  rowsRead: number;
  rowsKept: number;
  problems: Problem[];
  problemCount: number;
  skipped: number;
}

export const newReadState = (): ReadState => ({ rowsRead: 0, rowsKept: 0, problems: [], problemCount: 0, skipped: 0 });

function note(state: ReadState, p: Problem): void {
  state.problemCount++;
  if (p.skipped) state.skipped++;
  if (state.problems.length < MAX_PROBLEMS) state.problems.push({ ...p, reason: ownCopy(p.reason) });
}

/** A field's reader: the parsed value (number, or the trimmed text), NaN when empty, null when unreadable. */
type CellReader = (row: readonly string[]) => number | string | null;

export interface BoundField {
  def: FieldDef;
  header: string;
  index: number;
  read: CellReader;
}

/** Resolves the mapping's header names to column positions, with one reader per mapped field. */
export function bindFields(headers: readonly string[], mapping: Mapping): BoundField[] {
  const bound: BoundField[] = [];
  for (const def of kindFields[mapping.kind]) {
    const header = mapping.columns[def.id];
    const j = header === undefined ? -1 : headers.indexOf(header);
    if (j < 0) continue;
    const cell = (row: readonly string[]) => (row[j] ?? '').trim();
    const read: CellReader =
      def.type === 'date'
        ? (row) => {
            const v = cell(row);
            return v === '' ? NaN : parseDate(v, mapping.dateOrder);
          }
        : def.type === 'amount'
          ? (row) => {
              const v = cell(row);
              return v === '' ? NaN : parseAmount(v);
            }
          : def.type === 'duration'
            ? (row) => {
                const v = cell(row);
                return v === '' ? NaN : parseDurationHours(v, mapping.responseUnit);
              }
            : (row) => cell(row);
    bound.push({ def, header: header!, index: j, read });
  }
  return bound;
}

/**
 * Reads a row's mapped fields into `out` (field id → value, NaN when empty). Returns false and
 * notes why when the row must be skipped.
 */
export function readRow(
  fields: readonly BoundField[],
  row: readonly string[],
  width: number,
  line: number,
  state: ReadState,
  out: Record<string, number | string>,
): boolean {
  state.rowsRead++;
  if (row.length !== width) {
    note(state, { line, reason: `has ${row.length} cells where the header has ${width}`, skipped: true });
    return false;
  }
  for (const f of fields) {
    const v = f.read(row);
    if (v === null) {
      const value = (row[f.index] ?? '').trim().slice(0, 40);
      const what = f.def.type === 'date' ? 'a date' : f.def.type === 'duration' ? 'a duration' : 'a number';
      const reason = `${f.header}: “${value}” is not ${what} this reader knows`;
      if (f.def.required) {
        note(state, { line, reason: `${reason}, and the row needs it`, skipped: true });
        return false;
      }
      note(state, { line, reason: `${reason}; left empty`, skipped: false });
      out[f.def.id] = NaN;
    } else if (f.def.required && typeof v === 'number' && Number.isNaN(v)) {
      note(state, { line, reason: `${f.header} is empty, and the row needs it`, skipped: true });
      return false;
    } else out[f.def.id] = v;
  }
  state.rowsKept++;
  return true;
}
