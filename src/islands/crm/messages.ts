import type { FileResult, FirstLook } from '../../lib/crm/file';
import type { Mapping } from '../../lib/crm/fields';
import type { DateOrder } from '../../lib/crm/dates';

/** What the page asks the CRM worker. `id` names one reading of one file. */
export type ToWorker =
  | { type: 'peek'; id: number; file: File; fallback: DateOrder }
  | { type: 'read'; id: number; file: File; headers: string[]; mapping: Mapping }
  | { type: 'cancel'; id: number };

/** What the worker answers. */
export type FromWorker =
  | { type: 'peeked'; id: number; headers: string[]; sample: string[][]; look: FirstLook }
  | { type: 'progress'; id: number; rows: number; bytes: number; total: number }
  | { type: 'done'; id: number; result: FileResult; ms: number }
  | { type: 'cancelled'; id: number }
  | { type: 'failed'; id: number; message: string };
