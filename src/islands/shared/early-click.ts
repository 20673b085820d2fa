/**
 * A button tapped before its island woke (client:intent) got the click while it was still the
 * server's HTML, with no handler yet. The directive remembers which button it was, and the
 * island's own button performs its action once it runs (useEarlyClick in early-input.ts).
 * Astro writes directives into the page, apart from the island's chunk, so the two share no module
 * state: the button is kept in a property of the island's element, which both can reach.
 */
type Island = Element & { earlyClick?: Element | null };

/**
 * Keeps the button of the reader's last click in `island` (none if that click was not on a
 * button) until the returned function is called, once the island has hydrated.
 */
export function rememberClicks(island: Element): () => void {
  const remember = (e: Event) => {
    // A click's target is always an element inside the island (text nodes never receive one).
    (island as Island).earlyClick = (e.target as Element).closest('button');
  };
  island.addEventListener('click', remember, true);
  return () => island.removeEventListener('click', remember, true);
}

/** True, once, when `button` is the one the reader clicked last before its island woke. */
export function takeEarlyClick(button: Element): boolean {
  const island: Island | null = button.closest('astro-island');
  if (!island || island.earlyClick !== button) return false;
  island.earlyClick = null;
  return true;
}
