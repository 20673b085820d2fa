/**
 * The offline support's build-time parts (issue 26) under the root and under a sub-path: the
 * precache Workbox lists for a small built site, the worker's routes, and the web app manifest.
 * The real build's sw.js and manifest are checked in test/dist/offline.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { getManifest } from 'workbox-build';
import { serviceWorkerOptions, siteUrl } from '../../src/integrations/offline';
import { webManifest } from '../../src/lib/web-manifest';
import { cssToken } from '../../src/lib/css-token';

const SITE = 'test/fixtures/offline-site';
const tokens = readFileSync('src/styles/tokens.css', 'utf8');

/** What the worker for the fixture site would precache, as Workbox lists it. */
async function precacheOf(base: string) {
  const { globPatterns, dontCacheBustURLsMatching, manifestTransforms } = serviceWorkerOptions(SITE, base);
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: SITE,
    globPatterns,
    dontCacheBustURLsMatching,
    manifestTransforms,
  });
  expect(warnings).toEqual([]);
  return new Map(manifestEntries!.map((e) => [e.url, e.revision]));
}

describe.each(['/', '/sub/path/'])('the service worker under %s', (base) => {
  test('precaches every page under the address readers use, inside the base path', async () => {
    const urls = [...(await precacheOf(base)).keys()];
    for (const page of ['', 'guide/first-chapter/', 'guide/first-chapter/check/', '404.html'])
      expect(urls).toContain(base + page);
    expect(urls.every((u) => u.startsWith(base))).toBe(true);
    expect(urls.some((u) => u.endsWith('index.html'))).toBe(false);
  });

  test('precaches scripts, styles and the search index; leaves out what no reader needs', async () => {
    const precache = await precacheOf(base);
    for (const file of [
      '_astro/island.AbCd1234.js',
      '_astro/index.AbCd1234.css',
      'pagefind/pagefind.js',
      'pagefind/fragment/en_1.pf_fragment',
      'search-terms.json',
      'favicon.svg',
    ])
      expect(precache.has(base + file), file).toBe(true);
    for (const file of ['og.png', 'sitemap-0.xml', '_headers', 'sw.js'])
      expect(precache.has(base + file), file).toBe(false);
  });

  test('fetches a hashed file once, and a page again whenever its content changes', async () => {
    const precache = await precacheOf(base);
    expect(precache.get(`${base}_astro/island.AbCd1234.js`)).toBeNull();
    expect(precache.get(`${base}guide/first-chapter/`)).toMatch(/^[0-9a-f]{32}$/);
  });

  test('offline, an unsaved page gets the offline page of this base; caches are named per base', () => {
    const options = serviceWorkerOptions(SITE, base);
    const [pages, images] = options.runtimeCaching!;
    expect(pages!.options?.precacheFallback?.fallbackURL).toBe(`${base}offline/`);
    expect(pages!.options?.cacheName).toContain(base);
    expect(images!.options?.cacheName).toContain(base);
    // A new version waits for the reader's "Reload" instead of replacing the page under them.
    expect(options.skipWaiting).toBe(false);
    expect(options.swDest).toBe(`${SITE}/sw.js`);
  });

  test('the manifest opens and keeps the app inside the base path', () => {
    const manifest = webManifest(base, tokens);
    expect(manifest).toMatchObject({ id: base, start_url: base, scope: base });
    expect(manifest.icons.map((i) => i.src)).toEqual([
      `${base}icons/icon-192.png`,
      `${base}icons/icon-512.png`,
      `${base}icons/icon-maskable-512.png`,
    ]);
  });
});

test('page files map to the addresses readers use', () => {
  expect(siteUrl('index.html', '/')).toBe('/');
  expect(siteUrl('guide/x/index.html', '/sub/')).toBe('/sub/guide/x/');
  expect(siteUrl('404.html', '/sub/')).toBe('/sub/404.html');
  expect(siteUrl('_astro/index.abc.css', '/')).toBe('/_astro/index.abc.css');
});

describe('colour tokens', () => {
  test('are read from the rule asked for, light or dark', () => {
    expect(cssToken(tokens, '--bg')).toBe('#ffffff');
    expect(cssToken(tokens, '--bg', ":root[data-theme='dark']")).toBe('#121417');
    // --bg is not --bg-soft, and a rule inside @media is read.
    expect(cssToken(':root { --bg-soft: #111; --bg: #222; }', '--bg')).toBe('#222');
    expect(cssToken('@media screen { .x { --bg: #333; } }', '--bg', '.x')).toBe('#333');
  });

  test('a missing token stops the build with its name', () => {
    expect(() => cssToken(tokens, '--no-such-token')).toThrow(/--no-such-token.*":root"/);
  });
});
