import { useEffect, useState } from 'preact/hooks';

/** A dynamic import that runs once, remembers its module, and can be retried after a failure. */
export interface Loader<M> {
  (): Promise<M>;
  /** The module, once it has arrived: a part whose code is here renders at once, with no placeholder. */
  value?: M;
  /** Calls `then` when the module arrives, whoever asked for it; returns a function that stops listening. */
  onLoad(then: (m: M) => void): () => void;
}

export function loader<M>(load: () => Promise<M>): Loader<M> {
  let promise: Promise<M> | undefined;
  const waiting = new Set<(m: M) => void>();
  const run = (() =>
    (promise ??= load().then(
      (m) => {
        run.value = m;
        for (const then of waiting) then(m);
        return m;
      },
      (e: unknown) => {
        promise = undefined;
        throw e;
      },
    ))) as Loader<M>;
  run.onLoad = (then) => {
    waiting.add(then);
    return () => waiting.delete(then);
  };
  return run;
}

/**
 * The module of `load` once it is `needed`: fetched then (or already there), 'failed' if it
 * could not be fetched, undefined while it loads.
 */
export function useCode<M>(load: Loader<M>, needed: boolean): M | 'failed' | undefined {
  const [state, setState] = useState<M | 'failed' | undefined>(load.value);
  useEffect(() => {
    if (needed && load.value === undefined)
      load().then(
        (m) => setState(() => m),
        () => setState('failed'),
      );
  }, [needed]);
  return load.value ?? state;
}
