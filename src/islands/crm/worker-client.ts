import type { FromWorker, ToWorker } from './messages';

export interface CrmWorker {
  send(message: ToWorker): void;
  stop(): void;
}

/** Starts the CRM worker (a separate, same-origin script: the CSP's worker-src 'self' allows it). */
export function startCrmWorker(onMessage: (m: FromWorker) => void): CrmWorker {
  const worker = new Worker(new URL('./crm.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<FromWorker>) => onMessage(e.data);
  worker.onerror = () =>
    onMessage({
      type: 'failed',
      id: -1,
      message: 'The file reader stopped unexpectedly. Reload the page to try again.',
    });
  return { send: (m) => worker.postMessage(m), stop: () => worker.terminate() };
}
