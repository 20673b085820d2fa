import { createContext } from 'preact';
import { useContext, useEffect, useLayoutEffect, useRef, useState, type MutableRef } from 'preact/hooks';
import { takeEarlyClick } from './early-click';

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
  // As hydration ends, before the browser can deliver another event: a click on the woken island
  // ("Copy link") must find what the reader typed already applied, not a frame later.
  useLayoutEffect(() => {
    const el = ref.current;
    if (fromServer.current && el && changedByReader(el)) apply(el);
  }, []);
}

/**
 * The same for a button: a click on the server-rendered button before the island woke (see
 * early-click.ts) is performed by `onClick` once, if it was the reader's last click there and the
 * button is still enabled. No event is faked and focus stays where the reader put it. It runs a
 * render after hydration, so the action sees what the reader typed or chose before the click.
 * Only server HTML can have been clicked before waking, so no Hydrating check is needed here.
 */
export function useEarlyClick(ref: MutableRef<HTMLButtonElement | null>, onClick: () => void): void {
  const [clicked, setClicked] = useState(false);
  useEffect(() => {
    if (ref.current && takeEarlyClick(ref.current)) setClicked(true);
  }, []);
  useEffect(() => {
    if (clicked && !ref.current?.matches(':disabled, [aria-disabled="true"]')) onClick();
  }, [clicked]);
}
