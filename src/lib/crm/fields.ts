/*
 * What a CRM export's columns mean. Each file is one kind (leads, deals or customers); each kind
 * has fields, and each field is found from the header names HubSpot, Salesforce and Pipedrive
 * use ("Create Date", "Created Date", "Deal - Add time"), checked against the sample values so a
 * column called "Lifecycle Stage" is never taken for a date.
 */

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

/** The units a response-time column can count in. */
export const durationUnits: readonly Mapping['responseUnit'][] = ['hours', 'minutes', 'seconds', 'ms'];

/** Why a mapping cannot be read, or null when it can. */
export function mappingProblem(mapping: Mapping): string | null {
  const missing = kindFields[mapping.kind].filter((f) => f.required && !mapping.columns[f.id]);
  if (missing.length) return `Choose the column for “${missing.map((f) => f.label).join('”, “')}”: every row needs it.`;
  if (mapping.kind === 'customers' && !mapping.columns.mrr) return 'Choose the column for “MRR now”.';
  return null;
}
