import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * Every page the build wrote: each `index.html` as its folder's path ("/guide/"), and the 404 page
 * as "/404.html". Site-wide checks use this list, so a new page is covered without touching the
 * tests, and pages left out of the sitemap (noindex: search, a shared result, 404) keep every check.
 */
export function builtPagePaths(dist = 'dist'): string[] {
  let files: string[];
  try {
    files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.html') && !/^(pagefind|_astro)[\\/]/.test(f),
    );
  } catch {
    files = [];
  }
  if (!files.includes('index.html'))
    throw new Error(
      `No built site in ${dist}/: run \`npm run build\` (\`npm run build:sub\` for dist-sub/) before these tests.`,
    );
  return files
    .map((f) => f.split(sep).join('/'))
    .map((f) => (f.endsWith('index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`))
    .sort();
}

/** The built HTML of a page from builtPagePaths(). */
export function builtHtml(path: string, dist = 'dist'): string {
  return readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}

/** Every page path the built sitemap lists (for checks of the sitemap itself). */
export function sitemapPaths(dist = 'dist'): string[] {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error('No sitemap in dist/: run `npm run build` before the end-to-end tests.');
  const paths = files.flatMap((f) =>
    [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  return [...new Set(paths)].sort();
}
