import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';

/**
 * useStore that renders `serverValue` until hydration is done, then the live value.
 * A persisted atom's `init` is what was saved, so `{ ssr: 'initial' }` would not match
 * the server HTML; passing the server's default avoids the hydration mismatch.
 */
export function useHydratedStore<T>($store: ReadableAtom<T>, serverValue: T): T {
  return useStore($store, { ssr: () => serverValue });
}
