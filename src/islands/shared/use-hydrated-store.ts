import { useEffect, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';
import { useReady } from './use-ready';

/**
 * The store's value, re-rendering the component when it changes. A few lines instead of
 * @nanostores/preact's useStore (about 0.5 kB gzip on the first view), whose key filtering and
 * server-side options no island here needs.
 */
export function useAtom<T>($store: ReadableAtom<T>): T {
  const [, rerender] = useState(0);
  const value = $store.get();
  useEffect(() => {
    const stop = $store.listen(() => rerender((n) => n + 1));
    // A change between this render and the subscription would otherwise be missed.
    if ($store.get() !== value) rerender((n) => n + 1);
    return stop;
  }, [$store]);
  return value;
}

/**
 * The store's value that renders `serverValue` until hydration is done, then the live value.
 * A persisted atom's initial value is what was saved, which the server cannot know, so showing
 * the server's default first avoids a hydration mismatch.
 */
export function useHydratedStore<T>($store: ReadableAtom<T>, serverValue: T): T {
  const ready = useReady();
  const value = useAtom($store);
  return ready ? value : serverValue;
}
