import Papa from 'papaparse';
import { firstLook } from '../../../src/lib/crm/file';
import { bindFields, newReadState, readRow } from '../../../src/lib/crm/reader';

/**
 * A generated export's rows through its detected mapping, as the worker reads them: the mapped
 * field ids, then each kept row (one record reused, as the reader reuses it). `only` keeps just
 * those fields mapped.
 */
export function mappedRows(text: string, only?: string[]) {
  const [headers, ...data] = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  const { mapping } = firstLook(headers!, data.slice(0, 200), 'mdy');
  if (only) mapping.columns = Object.fromEntries(Object.entries(mapping.columns).filter(([id]) => only.includes(id)));
  const fields = bindFields(headers!, mapping);
  function* rows() {
    const state = newReadState();
    const out: Record<string, number | string> = {};
    for (const [i, row] of data.entries()) if (readRow(fields, row, headers!.length, i + 2, state, out)) yield out;
  }
  return { mapped: fields.map((f) => f.def.id), rows: rows() };
}
