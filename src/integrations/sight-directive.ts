import type { ClientDirective } from 'astro';
import { bringsOwnData, onSight, type OwnData } from '../islands/shared/intent';

/**
 * client:sight — hydrates when the island comes on screen, like client:visible, and also when the
 * page is already scrolled past it: a reload restores the reader's place below an island whose
 * server-rendered part is shorter than what it showed, and client:visible would then never start
 * it. With a value (`client:sight={{ hash: 't' }}`) it hydrates at once for a reader who opens a
 * link carrying their own data, wherever the island sits on their screen.
 */
const sight: ClientDirective = (load, options, el) => {
  const hydrate = () => void load().then((run) => run());
  const own = options.value && typeof options.value === 'object' ? (options.value as OwnData) : undefined;
  if (own && bringsOwnData(own)) return hydrate();
  // The island element itself has no box (display: contents): watch what it holds.
  onSight(hydrate, el.children);
};

export default sight;
