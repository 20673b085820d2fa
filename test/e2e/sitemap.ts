import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every page path the built sitemap lists, so new pages are covered by the
 * site-wide checks without touching the tests.
 */
export function sitemapPaths(dist = 'dist'): string[] {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error('No sitemap in dist/: run `npm run build` before the end-to-end tests.');
  const paths = files.flatMap((f) =>
    [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  return [...new Set(paths)].sort();
}
