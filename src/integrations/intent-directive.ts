import type { ClientDirective } from 'astro';
import { bringsOwnData, onIntent, type OwnData } from '../islands/shared/intent';

/**
 * client:intent — hydrates at the reader's first intent (see src/islands/shared/intent.ts), for
 * widgets on the first screen that should cost no JavaScript before the reader does anything.
 * With a value (`client:intent={{ hash: 'f', saved: KEY }}`) it hydrates at once for a reader
 * who brings their own data, so they never wait on the example.
 */
const intent: ClientDirective = (load, options, el) => {
  const hydrate = () => void load().then((run) => run());
  const own = options.value && typeof options.value === 'object' ? (options.value as OwnData) : undefined;
  if (own && bringsOwnData(own)) hydrate();
  else onIntent(hydrate, el);
};

export default intent;
