/**
 * The site's one rule for code that waits: it loads on sight, or at the reader's first intent.
 * Intent is a touch, a click, a wheel turn or a key press anywhere, or pointing at or moving
 * focus into the part itself. Not `scroll`: the browser scrolls by itself (restoring a
 * position, following a #link), which is not the reader asking for anything.
 * Used by the client:intent hydration directive (src/integrations/intent-directive.ts) and by
 * <Deferred> parts inside islands.
 */
const INTENT_EVENTS = ['pointerdown', 'touchstart', 'wheel', 'keydown'] as const;
const NEAR_EVENTS = ['pointerover', 'focusin'] as const;

let intended = false;

/**
 * Calls `start` once, at the reader's first intent (at once if it has already happened) or when
 * they point at or focus into `near`. Returns a function that stops waiting.
 */
export function onIntent(start: () => void, near?: Element | null): () => void {
  if (intended) {
    start();
    return () => undefined;
  }
  const stop = () => {
    for (const type of INTENT_EVENTS) removeEventListener(type, onAny, true);
    for (const type of NEAR_EVENTS) near?.removeEventListener(type, go);
  };
  const go = () => {
    stop();
    start();
  };
  const onAny = () => {
    intended = true;
    go();
  };
  for (const type of INTENT_EVENTS) addEventListener(type, onAny, { capture: true, passive: true });
  for (const type of NEAR_EVENTS) near?.addEventListener(type, go);
  return stop;
}

/**
 * Calls `start` once, when one of `els` comes on screen or is already above it: a reload restores
 * the reader's place below a part, and such a part must start too. Returns a function that stops
 * waiting. Without IntersectionObserver, "on sight" cannot be told: it starts at once.
 */
export function onSight(start: () => void, els: Iterable<Element>): () => void {
  if (typeof IntersectionObserver !== 'function') {
    start();
    return () => undefined;
  }
  const io = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting || e.boundingClientRect.bottom < 0)) {
      io.disconnect();
      start();
    }
  });
  for (const el of els) io.observe(el);
  return () => io.disconnect();
}

/** Calls `start` once: when `el` comes on screen (see onSight), or at the reader's first intent (see onIntent). */
export function onSightOrIntent(start: () => void, el: Element): () => void {
  // Either may call `go` at once (intent already shown, no IntersectionObserver): hence no-op stops to begin with.
  let stopIntent = () => undefined as void;
  let stopSight = () => undefined as void;
  let waiting = true;
  const stop = () => {
    waiting = false;
    stopIntent();
    stopSight();
  };
  const go = () => {
    if (!waiting) return;
    stop();
    start();
  };
  stopIntent = onIntent(go, el);
  if (waiting) stopSight = onSight(go, [el]);
  return stop;
}

/** Where a reader's own data may be: a `#name=…` link parameter, or a saved storage key. */
export interface OwnData {
  hash?: string;
  saved?: string;
}

/** True when the reader brings their own data (a link or something saved), which a part should show at once. */
export function bringsOwnData({ hash, saved }: OwnData): boolean {
  if (hash && new RegExp(`[#&]${hash}=`).test(location.hash)) return true;
  try {
    return saved !== undefined && localStorage.getItem(saved) !== null;
  } catch {
    return false; // storage blocked: nothing saved to show
  }
}
