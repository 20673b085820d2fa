import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PAGEFIND_OPTIONS, type PagefindApi } from '../../src/islands/search/pagefind';

const dist = resolve('dist');

/** True when the build has written a Pagefind index to search. */
export const hasIndex = () => existsSync(join(dist, 'pagefind/pagefind.js'));

/**
 * The built index (dist/pagefind) through Pagefind's own browser script, with the options the
 * search UI uses. That script only needs `fetch`, which in Node reads dist/ instead; call the
 * returned `restore` when done.
 */
export async function builtPagefind(): Promise<{ pf: PagefindApi; restore: () => void }> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    return new Response(await readFile(url));
  }) as typeof fetch;
  const pf = (await import(/* @vite-ignore */ pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as PagefindApi;
  await pf.options({ ...PAGEFIND_OPTIONS, basePath: pathToFileURL(join(dist, 'pagefind/')).href, baseUrl: '/' });
  await pf.init();
  return { pf, restore: () => (globalThis.fetch = realFetch) };
}
