/**
 * Reading offline (issue 26), checked in the built files: the service worker's precache holds every
 * page and everything those pages load, search included, and nothing a reader does not need; every
 * page links the web app manifest, whose icons and colours exist; the worker is never cached stale; and the
 * sub-path build's worker and manifest stay under its base.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { all, attr, builtHtml as builtHtmlOf, byTag, fileOf, gzipBytes, page, pages } from './site';
import { cssToken } from '../../src/lib/css-token';

const sw = readFileSync('dist/sw.js', 'utf8');
/** The precache manifest Workbox wrote into sw.js: [{url:"/guide/",revision:"…"}, …]. */
const precached = [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[0-9a-f]+"|null)\}/g)].map((m) => m[1]!);
const precachedSet = new Set(precached);
const filesUnder = (dir: string) =>
  readdirSync(join('dist', dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${join(e.parentPath, e.name).slice('dist/'.length)}`);

describe('the service worker precache', () => {
  test('was read from sw.js', () => {
    expect(precached.length).toBeGreaterThan(pages.length);
    expect(new Set(precached).size, 'no address twice').toBe(precached.length);
  });

  test('holds every page, under the address readers use', () => {
    expect(pages.filter((p) => !precachedSet.has(p))).toEqual([]);
  });

  test('holds every chapter, its check, the glossary, the paths, the tools and the offline page', () => {
    const chapters = pages.filter((p) => /^\/guide\/[^/]+\/$/.test(p));
    expect(chapters.length).toBeGreaterThanOrEqual(10);
    const needed = [
      ...chapters,
      ...chapters.map((c) => `${c}check/`),
      '/',
      '/glossary/',
      '/paths/',
      '/funnel/',
      '/assessment/',
      '/search/',
      '/offline/',
    ];
    expect(needed.filter((p) => !precachedSet.has(p))).toEqual([]);
  });

  test('holds every script, stylesheet and font the build wrote, and the whole search index', () => {
    const assets = [...filesUnder('_astro'), ...filesUnder('pagefind')].filter(
      (f) => !/\.(png|jpe?g|webp|avif|svg)$/.test(f),
    );
    expect(assets.filter((f) => !precachedSet.has(f))).toEqual([]);
    expect(precachedSet).toContain('/search-terms.json');
  });

  test('holds everything a page names in its HTML: scripts, stylesheets, island code', () => {
    const missing = new Set<string>();
    for (const path of pages) {
      const doc = page(path);
      const named = [
        ...byTag(doc, 'script').map((s) => attr(s, 'src')),
        ...byTag(doc, 'link')
          .filter((l) => attr(l, 'rel') === 'stylesheet')
          .map((l) => attr(l, 'href')),
        ...all(doc, (e) => e.tagName === 'astro-island').flatMap((i) => [
          attr(i, 'component-url'),
          attr(i, 'renderer-url'),
        ]),
      ];
      for (const url of named) if (url && !precachedSet.has(url)) missing.add(`${path}: ${url}`);
    }
    expect([...missing]).toEqual([]);
  });

  test('lists only files the build wrote, and none a reader does not need', () => {
    expect(precached.filter((url) => !fileOf(url))).toEqual([]);
    const unneeded = precached.filter((url) =>
      /^\/(sw\.js|_headers|og\.png|robots\.txt|sitemap.*\.xml|manifest\.webmanifest|icons\/.*)$/.test(url),
    );
    expect(unneeded).toEqual([]);
  });

  test('costs a first visit at most 1.6 MB, downloaded by the worker after the page has loaded', () => {
    // As a host sends them: gzip for text; Pagefind's index files are already compressed.
    const bytes = precached.reduce((n, url) => {
      const data = readFileSync(fileOf(url)!);
      return n + (/\.pf_\w+$|\.pagefind$/.test(url) ? data.length : gzipBytes(data));
    }, 0);
    const worker = gzipBytes(sw);
    expect(bytes, `precache: ${precached.length} files, ${(bytes / 1024).toFixed(0)} KB`).toBeLessThanOrEqual(
      1.6 * 1024 * 1024,
    );
    expect(worker, `sw.js: ${worker} B gzip`).toBeLessThanOrEqual(24 * 1024);
  });
});

describe('the registration script', () => {
  const name = readdirSync('dist/_astro').find((f) => /^sw-register\.[\w-]+\.js$/.test(f));

  test('loads only after the page has: no page names it and no script imports it up front', () => {
    expect(name).toBeTruthy();
    for (const path of pages) expect(builtHtmlOf(path), path).not.toContain(name);
    const importers = readdirSync('dist/_astro').filter((f) => {
      const code = readFileSync(join('dist/_astro', f), 'utf8');
      return f.endsWith('.js') && new RegExp(`(from|import)\\s*["'\`]\\./${name}`).test(code);
    });
    expect(importers, 'static importers').toEqual([]);
  });

  test('stays small: Workbox’s window part and the notice, at most 3.5 KB gzip', () => {
    const bytes = gzipBytes(readFileSync(join('dist/_astro', name!)));
    expect(bytes, `${name}: ${bytes} B gzip`).toBeLessThanOrEqual(3.5 * 1024);
  });
});

describe('the installable app', () => {
  const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8')) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    background_color: string;
    theme_color: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  const tokens = readFileSync('src/styles/tokens.css', 'utf8');

  test('every page links the manifest', () => {
    for (const path of pages) {
      const links = byTag(page(path), 'link').filter((l) => attr(l, 'rel') === 'manifest');
      expect(links.map((l) => attr(l, 'href')), path).toEqual(['/manifest.webmanifest']);
    }
  });

  test('opens the guide inside the site, with its name and colours', () => {
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone' });
    expect(manifest.name).toBe('Marketing × Sales');
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.background_color).toBe(cssToken(tokens, '--bg'));
    expect(manifest.theme_color).toBe(cssToken(tokens, '--bg-soft'));
  });

  test('has PNG icons of the sizes it states, 192 and 512 px, and a maskable one', () => {
    for (const icon of manifest.icons) {
      const png = readFileSync(fileOf(icon.src)!);
      expect(png.subarray(1, 4).toString(), icon.src).toBe('PNG');
      // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
  });
});

describe('the worker is served so that a new version reaches readers', () => {
  test('dist/_headers tells caches to check sw.js every time', () => {
    const rules = readFileSync('dist/_headers', 'utf8').split(/\n(?=\S)/);
    expect(rules.find((r) => r.startsWith('/sw.js\n'))).toMatch(/Cache-Control: no-cache/);
  });

  test('every page allows a worker and a manifest from the site itself, and nothing looser', () => {
    for (const path of pages) {
      const policy = attr(
        byTag(page(path), 'meta').find((m) => attr(m, 'http-equiv')?.toLowerCase() === 'content-security-policy')!,
        'content',
      )!;
      expect(policy, path).toMatch(/worker-src 'self'(;|$)/);
      expect(policy, path).toMatch(/manifest-src 'self'(;|$)/);
      expect(policy, path).not.toContain('unsafe-inline');
    }
  });
});

describe('under a sub-path (npm run build:sub: dist-sub/, base /sub/path/)', () => {
  const SUB = '/sub/path/';
  const subSw = readFileSync('dist-sub/sw.js', 'utf8');
  const subUrls = [...subSw.matchAll(/\{url:"([^"]+)",revision:(?:"[0-9a-f]+"|null)\}/g)].map((m) => m[1]!);

  test('the worker precaches every page under the base, and only there, with its offline page', () => {
    expect(subUrls.length).toBe(precached.length);
    expect(subUrls.filter((u) => !u.startsWith(SUB))).toEqual([]);
    expect(pages.map((p) => SUB + p.slice(1)).filter((p) => !subUrls.includes(p))).toEqual([]);
    expect(subSw).toContain(`fallbackURL:"${SUB}offline/"`);
  });

  test('the installed app opens and stays under the base, with its icons there', () => {
    const manifest = JSON.parse(readFileSync('dist-sub/manifest.webmanifest', 'utf8')) as {
      id: string;
      start_url: string;
      scope: string;
      icons: { src: string }[];
    };
    expect([manifest.id, manifest.start_url, manifest.scope]).toEqual([SUB, SUB, SUB]);
    for (const icon of manifest.icons) {
      expect(icon.src.startsWith(`${SUB}icons/`), icon.src).toBe(true);
      expect(fileOf(`/${icon.src.slice(SUB.length)}`), icon.src).toBeTruthy();
    }
  });
});
