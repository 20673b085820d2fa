/*
 * One file from first look to summary: guess its kind and mapping from the header and a sample,
 * then read every row through the mapping. The worker drives this; tests call it directly.
 */
import type { CustomersSummary, DealsSummary, LeadsSummary } from '../../schemas/crm';
import { kindFields, type FileKind, type Mapping } from './fields';
import { detectColumns, guessKind, responseUnitFor } from './detect';
import { guessDateOrder, type DateOrder, type OrderGuess } from './dates';
import { bindFields, newReadState, readRow, type Problem, type ReadState } from './reader';
import { LeadsAccumulator } from './leads';
import { DealsAccumulator } from './deals';
import { CustomersAccumulator } from './customers';

export interface FirstLook {
  mapping: Mapping;
  dates: OrderGuess;
}

/** The mapping a file starts with: its kind, each field's column and the date order. */
export function firstLook(
  headers: readonly string[],
  sample: readonly (readonly string[])[],
  fallback: DateOrder,
  kind: FileKind = guessKind(headers),
): FirstLook {
  const columns = detectColumns(kind, headers, sample);
  const dates = dateGuessFor(kind, columns, headers, sample, fallback);
  return { mapping: { kind, columns, dateOrder: dates.order, responseUnit: responseUnitFor(columns) }, dates };
}

/** The day-month order from every mapped date column's sample values. */
export function dateGuessFor(
  kind: FileKind,
  columns: Record<string, string>,
  headers: readonly string[],
  sample: readonly (readonly string[])[],
  fallback: DateOrder,
): OrderGuess {
  const idx = kindFields[kind]
    .filter((f) => f.type === 'date' && columns[f.id] !== undefined)
    .map((f) => headers.indexOf(columns[f.id]!));
  return guessDateOrder(
    sample.flatMap((r) => idx.map((j) => r[j] ?? '')),
    fallback,
  );
}

/** Re-exported for callers that read files: the check lives with the fields so the page can use it alone. */
export { mappingProblem } from './fields';

export interface FileResult {
  kind: FileKind;
  read: Omit<ReadState, 'problems'>;
  problems: Problem[];
  leads: LeadsSummary | null;
  deals: DealsSummary | null;
  customers: CustomersSummary | null;
}

export interface FileReader {
  /** One data row; `line` is its line in the file (the header is line 1). */
  add(row: readonly string[], line: number): void;
  readonly state: ReadState;
  finish(): FileResult;
}

export function fileReader(headers: readonly string[], mapping: Mapping): FileReader {
  const fields = bindFields(headers, mapping);
  const mapped = fields.map((f) => f.def.id);
  const state = newReadState();
  const leads = mapping.kind === 'leads' ? new LeadsAccumulator(mapped) : null;
  const deals = mapping.kind === 'deals' ? new DealsAccumulator() : null;
  const customers = mapping.kind === 'customers' ? new CustomersAccumulator(mapped.includes('startMrr')) : null;
  const width = headers.length;
  // One record reused for every row: readRow sets every mapped field, and no accumulator keeps it.
  // Every field is there from the start, so each row writes to the same shape of object.
  const out: Record<string, number | string> = {};
  for (const id of mapped) out[id] = NaN;
  return {
    state,
    add(row, line) {
      // A blank line (a lone empty cell) is not a row.
      if (row.length === 1 && row[0]!.trim() === '') return;
      if (!readRow(fields, row, width, line, state, out)) return;
      (leads ?? deals ?? customers)!.add(out);
    },
    finish() {
      const { problems, ...read } = state;
      return {
        kind: mapping.kind,
        read,
        problems,
        leads: leads?.summary() ?? null,
        deals: deals?.summary() ?? null,
        customers: customers?.summary() ?? null,
      };
    },
  };
}
