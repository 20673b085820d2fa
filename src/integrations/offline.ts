import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateSW, type GenerateSWOptions } from 'workbox-build';

/**
 * What the service worker saves when it installs, so the guide works offline after a first visit.
 * Measured (issue 26): all of it is text, about 1.3 MB as a host sends it, so it is all precached:
 * - every page: chapters and their checks, glossary entries, paths, practice, the tools, the offline page;
 * - the site's scripts and stylesheets (islands, the CSV worker) and any font Vite emits;
 * - search: Pagefind's runtime, WebAssembly, index and excerpts, and the suggestion list.
 * Left out: sitemaps, robots.txt, _headers and the social-preview image, which no reader needs.
 */
const PRECACHE_GLOBS = ['**/*.html', '_astro/**/*.{js,css,woff2}', 'pagefind/**/*', 'search-terms.json', 'favicon.svg'];

/** The page the worker shows when a page it has not saved is asked for without a connection. */
const OFFLINE_PAGE = 'offline/';

/** "guide/x/index.html" → "/base/guide/x/": the address readers use, under the site's base path. */
export const siteUrl = (file: string, base: string) => base + file.replace(/(^|\/)index\.html$/, '$1');

/**
 * The generateSW options for a built site in `outDir` served under `base` (which ends with "/").
 * The reader is asked before a new version takes over (skipWaiting off; see src/scripts/offline/).
 */
export function serviceWorkerOptions(outDir: string, base: string): GenerateSWOptions {
  return {
    globDirectory: outDir,
    globPatterns: PRECACHE_GLOBS,
    swDest: join(outDir, 'sw.js'),
    // Vite names these files by their content, so they need no revision to be fetched afresh.
    dontCacheBustURLsMatching: /^_astro\//,
    manifestTransforms: [
      async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: siteUrl(e.url, base) })), warnings: [] }),
    ],
    // A static host answers with the same file whatever the query: a search (?q=), a shared funnel,
    // Pagefind's cache-busting ?ts=. So the saved copy answers for any query too.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        // A page outside the precache (none today) is kept once read; offline, an unsaved page
        // gets the offline page instead of the browser's error.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: `msg-pages:${base}`,
          expiration: { maxEntries: 50 },
          precacheFallback: { fallbackURL: base + OFFLINE_PAGE },
        },
      },
      {
        // Images are kept on first use: the pages show none today but the icons; the social image is never shown.
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.destination === 'image',
        handler: 'StaleWhileRevalidate',
        options: { cacheName: `msg-images:${base}`, expiration: { maxEntries: 30 } },
      },
    ],
  };
}

/** Writes the service worker for `outDir` and returns what it precaches (files and bytes on disk). */
export async function writeServiceWorker(outDir: string, base: string) {
  const { count, size, warnings } = await generateSW(serviceWorkerOptions(outDir, base));
  if (warnings.length) throw new Error(`The service worker could not be written: ${warnings.join('; ')}`);
  return { count, size };
}

/**
 * Generates dist/sw.js with Workbox once the site is finished: it must run after Pagefind has
 * written its index and post-build has moved scripts into files, so list it last in astro.config.mjs.
 */
export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'msg:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size } = await writeServiceWorker(fileURLToPath(dir), base);
        logger.info(`Service worker precaches ${count} files, ${(size / 1024).toFixed(1)} KB on disk`);
      },
    },
  };
}
