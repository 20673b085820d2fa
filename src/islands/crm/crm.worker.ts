/*
 * Reads CRM exports off the main thread: Papa Parse streams the file in chunks, each row is
 * added to the running summary as it arrives (nothing keeps the rows), and only progress and
 * the summary go back. The file never leaves this browser: the worker makes no requests.
 */
import Papa from 'papaparse';
import { firstLook, fileReader } from '../../lib/crm/file';
import type { Mapping } from '../../lib/crm/fields';
import type { DateOrder } from '../../lib/crm/dates';
import type { FromWorker, ToWorker } from './messages';

/** Rows read for the first look: enough to see the date order and each column's values. */
const SAMPLE_ROWS = 200;
/**
 * Bytes handed to the parser at a time. A chunk's rows are garbage once added; at 1 MB they
 * lived long enough to be promoted and the worker's heap grew to 45 MB on 200,000 rows, at
 * 256 kB they die young and it stays near 20 MB, at about the same speed (npm run bench).
 */
const CHUNK_BYTES = 256 * 1024;
/**
 * Bytes read at a time for the first look. Without a chunk callback Papa Parse reads and decodes
 * the whole file before it parses the first of its 200 rows: the look took 150 ms on an 18 MB
 * file, and takes 25 ms this way.
 */
const PEEK_BYTES = 64 * 1024;

const post = (m: FromWorker) => postMessage(m);

/** Reads under way, by job id: several files can be read at once, each cancelled on its own. */
const running = new Map<number, { abort: () => void }>();

/** Why a file cannot be a CSV export, from its size and first bytes; null when it may be one. */
async function notCsv(file: File): Promise<string | null> {
  if (file.size === 0) return 'This file is empty.';
  const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
  if (head[0] === 0x50 && head[1] === 0x4b)
    return 'This looks like a spreadsheet (.xlsx) or a zip file, not CSV. Save or export it as CSV and pick it again.';
  if (head.includes(0))
    return 'This file is not text (it looks binary). Export a CSV file from your CRM and pick that.';
  return null;
}

function peek(id: number, file: File, fallback: DateOrder): void {
  void notCsv(file).then((problem) => {
    if (problem) return post({ type: 'failed', id, message: problem });
    const rows: string[][] = [];
    Papa.parse<string[]>(file, {
      preview: SAMPLE_ROWS + 1,
      chunkSize: PEEK_BYTES,
      skipEmptyLines: 'greedy',
      chunk: (res) => {
        rows.push(...res.data);
      },
      complete: () => {
        // A chunk can bring more rows than the preview asked for: the sample is the first ones.
        const [headers = [], ...sample] = rows.slice(0, SAMPLE_ROWS + 1);
        if (headers.length < 2 || sample.length === 0)
          return post({
            type: 'failed',
            id,
            message:
              headers.length < 2
                ? 'This file has only one column, so it is not a CRM export as CSV. Check that it is comma, semicolon or tab separated.'
                : 'This file has a header but no rows.',
          });
        post({ type: 'peeked', id, headers, sample, look: firstLook(headers, sample, fallback) });
      },
      error: () => post({ type: 'failed', id, message: 'This file could not be read. Is it still on your disk?' }),
    });
  });
}

function read(id: number, file: File, headers: string[], mapping: Mapping): void {
  const reader = fileReader(headers, mapping);
  let line = 0;
  let last = 0;
  const started = performance.now();
  Papa.parse<string[]>(file, {
    chunkSize: CHUNK_BYTES,
    chunk: (res, parser) => {
      const job = running.get(id);
      if (!job) return parser.abort();
      job.abort = () => parser.abort();
      for (const row of res.data) {
        line++;
        if (line === 1) continue; // the header
        reader.add(row, line);
      }
      const now = performance.now();
      if (now - last > 100) {
        last = now;
        post({ type: 'progress', id, rows: reader.state.rowsRead, bytes: res.meta.cursor, total: file.size });
      }
    },
    complete: () => {
      if (!running.delete(id)) return;
      post({ type: 'done', id, result: reader.finish(), ms: performance.now() - started });
    },
    error: () => {
      running.delete(id);
      post({ type: 'failed', id, message: 'The file stopped being readable part way through. Pick it again.' });
    },
  });
}

onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'peek') peek(m.id, m.file, m.fallback);
  else if (m.type === 'read') {
    running.set(m.id, { abort: () => {} });
    read(m.id, m.file, m.headers, m.mapping);
  } else if (m.type === 'cancel') {
    const job = running.get(m.id);
    if (!job) return;
    job.abort();
    running.delete(m.id);
    post({ type: 'cancelled', id: m.id });
  }
};
