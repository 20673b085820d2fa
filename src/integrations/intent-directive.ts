import type { ClientDirective } from 'astro';
import { bringsOwnData, onIntent, type OwnData } from '../islands/shared/intent';
import { rememberClicks } from '../islands/shared/early-click';

/**
 * client:intent — hydrates at the reader's first intent (see src/islands/shared/intent.ts), for
 * widgets on the first screen that should cost no JavaScript before the reader does anything.
 * With a value (`client:intent={{ hash: 'f', saved: KEY }}`) it hydrates at once for a reader
 * who brings their own data, so they never wait on the example.
 * Until it has hydrated it remembers the button the reader clicked last, whose own code then
 * performs that click (see src/islands/shared/early-click.ts).
 */
const intent: ClientDirective = (load, options, el) => {
  const forget = rememberClicks(el);
  const hydrate = () =>
    void load()
      .then((run) => run())
      .then(forget);
  const own = options.value && typeof options.value === 'object' ? (options.value as OwnData) : undefined;
  if (own && bringsOwnData(own)) hydrate();
  else onIntent(hydrate, el);
};

export default intent;
