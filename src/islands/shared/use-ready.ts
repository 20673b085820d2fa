import { useEffect, useState } from 'preact/hooks';

/**
 * False on the server and in the first browser render, true once hydrated. Controls that need
 * JavaScript render disabled until then, so the server HTML and the first render match and a
 * reader without JavaScript never meets a button that does nothing.
 */
export function useReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return ready;
}
