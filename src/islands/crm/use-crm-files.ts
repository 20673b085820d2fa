import { useEffect, useRef, useState } from 'preact/hooks';
import type { FileResult, FirstLook } from '../../lib/crm/file';
import { headerShape, mappingProblem, type Mapping } from '../../lib/crm/fields';
import type { DateOrder } from '../../lib/crm/dates';
import type { FromWorker } from './messages';
import { startCrmWorker, type CrmWorker } from './worker-client';

export interface CrmFile {
  key: number;
  /** The worker job now working on this file; messages from older jobs are ignored. */
  job: number;
  name: string;
  file: File;
  status: 'checking' | 'reading' | 'done' | 'failed' | 'cancelled' | 'waiting';
  message?: string;
  headers?: string[];
  sample?: string[][];
  look?: FirstLook;
  mapping?: Mapping;
  /** True when the mapping came from an earlier file of the same header shape. */
  remembered?: boolean;
  progress?: { rows: number; bytes: number; total: number };
  result?: FileResult;
  ms?: number;
}

/*
 * The saved column choices (with their schema) and the column finder load when a file is
 * picked, not with the page: most of their weight is zod, which the empty page does not need.
 */
const crmStore = () => import('../../stores/crm-store');
const fileLib = () => import('../../lib/crm/file');
/** Learning paths count this tool as used once a file is read; it loads with the rest, so reading makes no request. */
const progressStore = () => import('../../stores/progress-store');

/** The reader's own convention for ambiguous dates, from the browser's language. */
const localOrder = (): DateOrder => (/^en-(US|PH)|^en$/i.test(navigator.language) ? 'mdy' : 'dmy');

/** The files picked on this page and what the worker has made of them. */
export function useCrmFiles() {
  const [files, setFiles] = useState<CrmFile[]>([]);
  const worker = useRef<CrmWorker | null>(null);
  const nextKey = useRef(1);
  // The list as last set, for worker messages that arrive between renders.
  const filesRef = useRef(files);
  const put = (list: CrmFile[]) => {
    filesRef.current = list;
    setFiles(list);
  };
  const patch = (key: number, change: Partial<CrmFile>) =>
    put(filesRef.current.map((f) => (f.key === key ? { ...f, ...change } : f)));

  function read(f: CrmFile, mapping: Mapping) {
    // A read of this file still under way is stopped; its answer would name an old job anyway.
    if (f.status === 'reading') worker.current?.send({ type: 'cancel', id: f.job });
    const problem = mappingProblem(mapping);
    const job = nextKey.current++;
    if (problem) return patch(f.key, { job, mapping, status: 'waiting', message: problem, result: undefined });
    patch(f.key, {
      job,
      mapping,
      status: 'reading',
      message: undefined,
      progress: { rows: 0, bytes: 0, total: f.file.size },
    });
    worker.current!.send({ type: 'read', id: job, file: f.file, headers: f.headers!, mapping });
  }

  function onMessage(m: FromWorker) {
    const f = filesRef.current.find((x) => x.job === m.id);
    if (m.type === 'failed' && m.id === -1) {
      put(
        filesRef.current.map((x) =>
          x.status === 'reading' || x.status === 'checking' ? { ...x, status: 'failed', message: m.message } : x,
        ),
      );
      return;
    }
    if (!f) return;
    if (m.type === 'peeked') {
      void crmStore().then(({ rememberedMapping }) => {
        const kept = rememberedMapping(headerShape(m.headers));
        const mapping = kept ?? m.look.mapping;
        const next = { ...f, headers: m.headers, sample: m.sample, look: m.look, remembered: kept !== null };
        put(filesRef.current.map((x) => (x.key === f.key ? next : x)));
        read(next, mapping);
      });
    } else if (m.type === 'progress') patch(f.key, { progress: { rows: m.rows, bytes: m.bytes, total: m.total } });
    else if (m.type === 'done') {
      patch(f.key, { status: 'done', result: m.result, ms: m.ms });
      void progressStore().then((p) => p.markToolUsed('numbers'));
    } else if (m.type === 'cancelled') patch(f.key, { status: 'cancelled' });
    else if (m.type === 'failed') patch(f.key, { status: 'failed', message: m.message });
  }

  useEffect(() => {
    return () => {
      worker.current?.stop();
      worker.current = null;
    };
  }, []);

  return {
    files,
    /**
     * Starts the worker (and loads what reading needs) as the reader reaches for the file field,
     * so choosing a file itself makes no request at all.
     */
    prepare() {
      worker.current ??= startCrmWorker((m) => onMessage(m));
      void crmStore();
      void progressStore();
    },
    add(list: Iterable<File>) {
      worker.current ??= startCrmWorker((m) => onMessage(m));
      const added: CrmFile[] = [...list].map((file) => {
        const key = nextKey.current++;
        return { key, job: key, name: file.name, file, status: 'checking' };
      });
      put([...filesRef.current, ...added]);
      for (const f of added) worker.current.send({ type: 'peek', id: f.key, file: f.file, fallback: localOrder() });
    },
    /** The reader corrected the mapping: remember it for this header shape and read again. */
    remap(key: number, mapping: Mapping) {
      const f = filesRef.current.find((x) => x.key === key);
      if (!f?.headers) return;
      const headers = f.headers;
      void Promise.all([crmStore(), fileLib()]).then(([{ rememberMapping }, { firstLook }]) => {
        // A new kind starts from that kind's own detected columns.
        const next =
          f.mapping && mapping.kind !== f.mapping.kind
            ? {
                ...firstLook(headers, f.sample ?? [], mapping.dateOrder, mapping.kind).mapping,
                dateOrder: mapping.dateOrder,
              }
            : mapping;
        rememberMapping(headerShape(headers), next);
        read(filesRef.current.find((x) => x.key === key) ?? f, next);
      });
    },
    cancel(key: number) {
      const f = filesRef.current.find((x) => x.key === key);
      if (f) worker.current?.send({ type: 'cancel', id: f.job });
    },
    remove(key: number) {
      const f = filesRef.current.find((x) => x.key === key);
      if (f?.status === 'reading') worker.current?.send({ type: 'cancel', id: f.job });
      put(filesRef.current.filter((x) => x.key !== key));
    },
  };
}
