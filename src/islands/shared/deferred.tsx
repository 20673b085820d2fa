import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { LoadFailed } from './Stalled';
import type { Loader } from './loader';
import { onIntent, onSightOrIntent } from './intent';

/** Parts of the page still waiting for their code; printing loads them all first. */
const pending = new Set<() => Promise<unknown>>();

/** Loads every deferred part now (before printing), ignoring failures, which the parts themselves report. */
const loadDeferred = () => Promise.allSettled([...pending].map((start) => start())).then(() => undefined);

/** "Print or save as PDF": every part not loaded yet is fetched first, so the printout is whole. */
export function PrintButton({ class: cls }: { class: string }) {
  return (
    <button
      type="button"
      class={cls}
      onClick={async () => {
        await loadDeferred();
        setTimeout(() => window.print(), 0);
      }}
    >
      Print or save as PDF
    </button>
  );
}

interface Props<M> {
  load: Loader<M>;
  children: (m: M) => ComponentChildren;
  /** What the part is, as the start of a sentence: "The share link and your history". */
  what: string;
  /** What this browser still holds if the code never arrives: "your answers are saved". */
  kept: string;
  /** Space held while the code loads (a height or an aspect ratio), so what follows moves as little as possible. */
  reserve: Record<string, string>;
  /** A class for the placeholder, e.g. the one the loaded part will have. */
  class?: string;
  /** Printed in place of the part if the reader prints before it loads: how to include it. */
  printHint?: string;
}

/**
 * A part of the page whose code is fetched on sight or at the reader's first intent (see
 * intent.ts), or before printing, so the first screen does not pay for what lies below it. The
 * space it will take is reserved; if the code cannot be fetched, the part says so and offers a reload.
 */
export function Deferred<M>({ load, children, what, kept, reserve, class: cls, printHint }: Props<M>) {
  const [mod, setMod] = useState<M | 'failed' | undefined>(load.value);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (mod !== undefined) return;
    // The code may have arrived between the first render and now (asked for by whoever built the part).
    if (load.value !== undefined) {
      setMod(() => load.value);
      return;
    }
    let stopWaiting = () => undefined as void;
    const start = () => {
      pending.delete(start);
      stopWaiting();
      return load().then(
        (m) => setMod(() => m),
        () => setMod('failed'),
      );
    };
    pending.add(start);
    stopWaiting = box.current ? onSightOrIntent(() => void start(), box.current) : onIntent(() => void start());
    addEventListener('beforeprint', start);
    // Another part with the same code may have asked for it first.
    const stop = load.onLoad((m) => setMod(() => m));
    return () => {
      stop();
      pending.delete(start);
      stopWaiting();
      removeEventListener('beforeprint', start);
    };
  }, []);
  if (mod === 'failed') return <LoadFailed what={what} kept={kept} />;
  if (mod !== undefined) return <>{children(mod)}</>;
  return (
    <div ref={box} class={cls ? `deferred ${cls}` : 'deferred'} style={reserve}>
      <p class="muted deferred-note">
        {what} will appear here.{printHint && <span class="print-only"> {printHint}</span>}
      </p>
    </div>
  );
}
