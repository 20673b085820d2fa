/*
 * Reads CRM exports off the main thread: the file is streamed in chunks, Papa Parse reads each
 * into rows, each row is added to the running summary as it arrives (nothing keeps the rows),
 * and only progress and the summary go back. The file never leaves this browser: the worker
 * makes no requests.
 */
import Papa from 'papaparse';
import { firstLook, fileReader } from '../../lib/crm/file';
import { CsvPieces } from '../../lib/crm/csv-pieces';
import { fileBytes } from './file-bytes';
import type { Mapping } from '../../lib/crm/fields';
import type { DateOrder } from '../../lib/crm/dates';
import type { FromWorker, ToWorker } from './messages';

/** Rows read for the first look: enough to see the date order and each column's values. */
const SAMPLE_ROWS = 200;
/**
 * Bytes read at a time for the first look. Without a chunk callback Papa Parse reads and decodes
 * the whole file before it parses the first of its 200 rows: the look took 150 ms on an 18 MB
 * file, and takes 25 ms this way.
 */
const PEEK_BYTES = 64 * 1024;

const post = (m: FromWorker) => postMessage(m);

/**
 * A new task, for a read to wait for between chunks. A file's chunks can all be ready at once,
 * and read back to back they left no turn for the engine's own tasks (garbage collection's:
 * the worker's heap grew to 45 MB on 200,000 rows, 23 MB with this) nor for a Cancel.
 */
const tasks = new MessageChannel();
const waiting: (() => void)[] = [];
tasks.port1.onmessage = () => waiting.shift()?.();
const nextTask = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    tasks.port2.postMessage(null);
  });

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

async function read(id: number, file: File, headers: string[], mapping: Mapping): Promise<void> {
  const reader = fileReader(headers, mapping);
  const bytes = fileBytes(file);
  const job = running.get(id);
  if (job) job.abort = () => bytes.cancel();
  const decoder = new TextDecoder();
  let line = 0;
  let read = 0;
  let last = 0;
  const started = performance.now();
  const add = (rows: string[][]) => {
    for (const row of rows) {
      line++;
      if (line > 1) reader.add(row, line); // line 1 is the header
    }
  };
  try {
    // The separator and line break, guessed from the file's start as the first look guessed them.
    const { meta } = Papa.parse(await file.slice(0, PEEK_BYTES).text(), { preview: SAMPLE_ROWS + 1 });
    const pieces = new CsvPieces({ delimiter: meta.delimiter, newline: meta.linebreak });
    for (;;) {
      await nextTask();
      const value = await bytes.next();
      if (!running.has(id)) return;
      if (!value) break;
      read += value.length;
      add(pieces.push(decoder.decode(value, { stream: true })));
      const now = performance.now();
      if (now - last > 100) {
        last = now;
        post({ type: 'progress', id, rows: reader.state.rowsRead, bytes: read, total: file.size });
      }
    }
    add(pieces.push(decoder.decode()));
    add(pieces.end());
  } catch {
    if (running.delete(id))
      post({ type: 'failed', id, message: 'The file stopped being readable part way through. Pick it again.' });
    return;
  }
  if (running.delete(id)) post({ type: 'done', id, result: reader.finish(), ms: performance.now() - started });
}

onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'peek') peek(m.id, m.file, m.fallback);
  else if (m.type === 'read') {
    running.set(m.id, { abort: () => {} });
    void read(m.id, m.file, m.headers, m.mapping);
  } else if (m.type === 'cancel') {
    const job = running.get(m.id);
    if (!job) return;
    job.abort();
    running.delete(m.id);
    post({ type: 'cancelled', id: m.id });
  }
};
