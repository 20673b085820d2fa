import type { ClientDirective } from 'astro';

const EVENTS = ['scroll', 'wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

/** Waits for the first interaction, then hydrates when the island's content is in view. */
const interaction: ClientDirective = (load, _options, el) => {
  const whenVisible = () => {
    for (const e of EVENTS) window.removeEventListener(e, whenVisible, true);
    const io = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      io.disconnect();
      void load().then((hydrate) => hydrate());
    });
    // Islands are display: contents, so observe what they render.
    for (const child of el.children) io.observe(child);
  };
  for (const e of EVENTS) window.addEventListener(e, whenVisible, { capture: true, passive: true });
};

export default interaction;
