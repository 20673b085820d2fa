import { useEffect, useState } from 'preact/hooks';

/**
 * False on the server and in the first browser render, true once hydrated, so the first render
 * matches the server HTML. Some islands render controls disabled until then; the funnel builder
 * keeps its real form controls usable and reads them on waking (see early-input.ts).
 */
export function useReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return ready;
}
