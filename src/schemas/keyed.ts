import * as z from 'zod/mini';
import { isSlug, slugRule } from './slug';

/**
 * An object of `value`s whose every key passes `keyOk`, which reports a bad key at its own path.
 * zod's record type does the same, but would add about 0.5 kB gzip to the zod code that every
 * island page shares; objects and checks are loaded already.
 */
export function keyed<T extends z.core.SomeType>(
  value: T,
  keyOk: (key: string, v: z.output<T>) => boolean,
  rule: string,
) {
  return z.catchall(z.object({}), value).check((ctx) => {
    for (const [key, v] of Object.entries(ctx.value))
      if (!keyOk(key, v)) ctx.issues.push({ code: 'custom', message: rule, input: key, path: [key] });
  });
}
export const byId = <T extends z.core.SomeType>(value: T) => keyed(value, isSlug, slugRule('A key'));
