/*
 * What a CRM export's columns mean. Each file is one kind (leads, deals or customers); each kind
 * has fields, and each field is found from the header names HubSpot, Salesforce and Pipedrive
 * use ("Create Date", "Created Date", "Deal - Add time"), checked against the sample values so a
 * column called "Lifecycle Stage" is never taken for a date.
 */
import { looksLikeDate } from './dates';
import { parseAmount, parseDurationHours, unitFromHeader } from './numbers';

export type FileKind = 'leads' | 'deals' | 'customers';
export const fileKinds: readonly FileKind[] = ['leads', 'deals', 'customers'];
export const kindLabels: Record<FileKind, string> = {
  leads: 'Leads or contacts',
  deals: 'Deals or opportunities',
  customers: 'Customers or subscriptions',
};

export type FieldType = 'date' | 'text' | 'amount' | 'duration';
export interface FieldDef {
  id: string;
  label: string;
  type: FieldType;
  /** A row without it is skipped. */
  required?: boolean;
  /** Header patterns, tried on the lower-cased header. */
  match: RegExp;
  /** Headers that match but mean something else. */
  not?: RegExp;
}

/*
 * Order matters: a header goes to the first field that claims it, so the specific fields
 * ("Became a Marketing Qualified Lead Date") come before the general ones ("Create Date").
 */
export const kindFields: Record<FileKind, readonly FieldDef[]> = {
  leads: [
    { id: 'mql', label: 'Became MQL (date)', type: 'date', match: /marketing.?qualified|\bmql\b/ },
    { id: 'sql', label: 'Became SQL (date)', type: 'date', match: /sales.?qualified|\bsql\b|converted date/ },
    { id: 'customer', label: 'Became customer (date)', type: 'date', match: /customer/, not: /id$|name/ },
    {
      id: 'response',
      label: 'First response time',
      type: 'duration',
      match: /response time|time to first|speed to lead|hours to first|minutes to first/,
    },
    {
      id: 'firstTouch',
      label: 'First activity (date)',
      type: 'date',
      match: /first (activity|engagement|contact|touch|call|response|outreach)/,
    },
    { id: 'created', label: 'Created (date)', type: 'date', required: true, match: /creat|add(ed)? time|added on/ },
    { id: 'source', label: 'Source', type: 'text', match: /source|channel|origin/, not: /drill|detail|data/ },
    { id: 'owner', label: 'Owner', type: 'text', match: /owner|assigned|\brep\b/ },
  ],
  deals: [
    { id: 'won', label: 'Won (date)', type: 'date', match: /won (time|date|on)|date won/ },
    { id: 'lost', label: 'Lost (date)', type: 'date', match: /lost (time|date|on)|date lost/ },
    { id: 'closed', label: 'Close date', type: 'date', match: /close(d)? ?(date|time|on)|close date/ },
    { id: 'created', label: 'Created (date)', type: 'date', required: true, match: /creat|add(ed)? time|added on/ },
    { id: 'amount', label: 'Amount', type: 'amount', match: /amount|value|deal size/, not: /currency/ },
    { id: 'status', label: 'Won or lost', type: 'text', match: /status|outcome|won|is closed/ },
    { id: 'stage', label: 'Stage', type: 'text', match: /stage/ },
    { id: 'source', label: 'Source', type: 'text', match: /source|channel|origin/, not: /drill|detail|data/ },
    { id: 'owner', label: 'Owner', type: 'text', match: /owner|assigned|\brep\b/ },
  ],
  customers: [
    { id: 'startMrr', label: 'MRR at start', type: 'amount', match: /(start|initial|first|original).*(mrr|monthly)/ },
    { id: 'mrr', label: 'MRR now', type: 'amount', match: /mrr|monthly recurring|monthly revenue|monthly fee/ },
    { id: 'churn', label: 'Churned (date)', type: 'date', match: /churn|cancel|ended|end date|lost/ },
    {
      id: 'start',
      label: 'Customer since (date)',
      type: 'date',
      required: true,
      match: /start|since|became a customer|won|activat|creat/,
    },
  ],
};

/** Which column each field reads (a header name), and how the file's values are read. */
export interface Mapping {
  kind: FileKind;
  /** Field id to header name; a field left out is not read. */
  columns: Record<string, string>;
  dateOrder: 'mdy' | 'dmy';
  /** Unit of the response-time column. */
  responseUnit: 'hours' | 'minutes' | 'seconds' | 'ms';
}

const norm = (h: string) => h.trim().toLowerCase();

/** The same headers in any order give the same shape: a mapping kept for one file fits the next. */
export const headerShape = (headers: readonly string[]) => [...headers].map(norm).sort().join('\u241f');

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
