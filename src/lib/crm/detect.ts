/*
 * Finding each field's column in a new file: header names first, then a check that the sample
 * values fit the field's type. Runs in the worker, so the page's own bundle stays small.
 */
import { kindFields, type FieldType, type FileKind } from './fields';
import { looksLikeDate } from './dates';
import { parseAmount, parseDurationHours, unitFromHeader } from './numbers';

const norm = (h: string) => h.trim().toLowerCase();

/** True when most non-empty sample values of a column can be read as the field's type. */
function valuesFit(type: FieldType, values: readonly string[]): boolean {
  const filled = values.filter((v) => v.trim() !== '');
  if (filled.length === 0) return true;
  const test =
    type === 'date'
      ? looksLikeDate
      : type === 'amount'
        ? (v: string) => parseAmount(v) !== null
        : type === 'duration'
          ? (v: string) => parseDurationHours(v, 'hours') !== null
          : () => true;
  return filled.filter(test).length / filled.length >= 0.5;
}

/** The file's kind from its headers: MRR means customers, an amount or stage means deals. */
export function guessKind(headers: readonly string[]): FileKind {
  const h = headers.map(norm);
  if (h.some((x) => /mrr|monthly recurring|subscription|churn/.test(x))) return 'customers';
  if (h.some((x) => /^deal|opportunit|amount|deal stage|\bwon\b/.test(x))) return 'deals';
  return 'leads';
}

/**
 * Finds each field's column from the headers and a sample of rows (rows[i][j] is header j's
 * value). Each header serves one field at most.
 */
export function detectColumns(
  kind: FileKind,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): Record<string, string> {
  const taken = new Set<number>();
  const columns: Record<string, string> = {};
  for (const field of kindFields[kind]) {
    const j = headers.findIndex((h, i) => {
      const n = norm(h);
      return (
        !taken.has(i) &&
        field.match.test(n) &&
        !field.not?.test(n) &&
        valuesFit(
          field.type,
          rows.map((r) => r[i] ?? ''),
        )
      );
    });
    if (j >= 0) {
      taken.add(j);
      columns[field.id] = headers[j]!;
    }
  }
  return columns;
}

/** The response unit a mapping should start with: the one its response column's header names. */
export const responseUnitFor = (columns: Record<string, string>) =>
  columns.response ? unitFromHeader(columns.response) : 'hours';
