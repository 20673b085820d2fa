import { createContext } from 'preact';
import { useContext, useEffect, useRef, type MutableRef } from 'preact/hooks';

/**
 * True while an island's first render hydrates the server's HTML. The island's root provides it
 * (`!useReady()`); a control rendered later by the client reads false.
 */
export const Hydrating = createContext(false);

type Control = HTMLInputElement | HTMLSelectElement;

/** True when the reader changed a server-rendered control: it no longer holds what the HTML said. */
function changedByReader(el: Control): boolean {
  if (el instanceof HTMLSelectElement) return [...el.options].some((o) => o.selected !== o.defaultSelected);
  if (el.type === 'radio' || el.type === 'checkbox') return el.checked !== el.defaultChecked;
  return el.value !== el.defaultValue;
}

/**
 * An island that wakes at the reader's first intent (client:intent) meets that first action late:
 * the reader has already typed into, or picked from, the server-rendered control, a real form
 * control the browser lets them use. Hydration leaves what the control holds as it is, so once
 * the island runs this reads it and hands it to `apply` as if the reader had just done it (no
 * event is faked, and focus and caret stay where they are). Only for controls the server rendered.
 */
export function useEarlyInput<E extends Control>(ref: MutableRef<E | null>, apply: (el: E) => void): void {
  const hydrating = useContext(Hydrating);
  // Whether this control came from the server is settled at its first render.
  const fromServer = useRef(hydrating);
  useEffect(() => {
    const el = ref.current;
    if (fromServer.current && el && changedByReader(el)) apply(el);
  }, []);
}
