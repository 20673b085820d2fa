/**
 * The site built for a sub-path (`npm run build:sub`: BASE_PATH=/sub/path/ into dist-sub/), as a
 * GitHub Pages project site or any host serving it under a folder would: every address the pages,
 * their scripts and styles, the sitemap, robots.txt and _headers name stays inside the base and
 * leads to a built file. A link written from the root ("/guide/") anywhere in the code or content
 * would escape to the host's root, and fails here.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { all, attr, type El } from './site';
import { builtHtml, builtPagePaths, sitemapPaths } from '../e2e/sitemap';

const DIST = 'dist-sub';
const BASE = '/sub/path/';
/** Astro's `site` of that build (SITE_URL unset): canonical, Open Graph and sitemap addresses. */
const SITE = 'https://marketing-and-sales.guide';
const pages = builtPagePaths(DIST);

/** The built file an address of this build names, or undefined (outside the base, or not built). */
function fileOf(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const path = decodeURIComponent(pathname.slice(BASE.length));
  const file = join(DIST, path === '' || path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) ? file : undefined;
}

/** Attributes that hold an address, on any element (astro-island's hold its scripts). */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'component-url', 'renderer-url', 'before-hydration-url'];
/** Meta tags whose content is an absolute address of the site. */
const URL_META = ['og:url', 'og:image', 'twitter:image'];

/** Every address a page names, with where it was found. */
function addressesOf(doc: El): { where: string; value: string }[] {
  const found: { where: string; value: string }[] = [];
  for (const el of all(doc, () => true)) {
    for (const name of URL_ATTRIBUTES) {
      const value = attr(el, name);
      if (value !== undefined) found.push({ where: `<${el.tagName} ${name}>`, value });
    }
    for (const candidate of attr(el, 'srcset')?.split(',') ?? [])
      found.push({ where: `<${el.tagName} srcset>`, value: candidate.trim().split(/\s+/)[0]! });
    const property = attr(el, 'property') ?? attr(el, 'name');
    if (el.tagName === 'meta' && property && URL_META.includes(property))
      found.push({ where: `<meta ${property}>`, value: attr(el, 'content')! });
  }
  return found;
}

describe(`the site built under ${BASE} (${DIST}/)`, () => {
  test('has every page of the site (a guard: an empty build would pass every check below)', () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const p of ['/', '/guide/', '/glossary/', '/funnel/', '/assessment/', '/search/', '/404.html'])
      expect(pages).toContain(p);
  });

  test('every address on every page stays inside the base and leads to a built file', () => {
    const escaping: string[] = [];
    let checked = 0;
    for (const from of pages) {
      const doc = parse(builtHtml(from, DIST)) as unknown as El;
      for (const { where, value } of addressesOf(doc)) {
        const url = new URL(value, `${SITE}${BASE}${from.slice(1)}`);
        if (url.origin !== SITE) continue;
        checked++;
        if (!fileOf(url.pathname)) escaping.push(`${from} ${where} → ${value}`);
      }
    }
    expect(checked).toBeGreaterThan(5000);
    expect(escaping).toEqual([]);
  });

  test('each page knows where it is as at the root: its title, search section and current menu item', () => {
    const where = (doc: El) => ({
      title: all(doc, (e) => e.tagName === 'title').map((e) => (e.childNodes ?? []).map((c) => c.value).join('')),
      section: all(doc, (e) => attr(e, 'data-pagefind-filter') !== undefined).map((e) => attr(e, 'data-pagefind-filter')),
      current: all(doc, (e) => e.tagName === 'a' && attr(e, 'aria-current') === 'page').map((e) => attr(e, 'href')),
    });
    const differ = pages.filter((p) => {
      const root = where(parse(builtHtml(p)) as unknown as El);
      root.current = root.current.map((href) => `${BASE}${href!.slice(1)}`);
      return JSON.stringify(root) !== JSON.stringify(where(parse(builtHtml(p, DIST)) as unknown as El));
    });
    expect(differ).toEqual([]);
  });

  test('the stylesheets name only files inside the base', () => {
    const css = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    const outside = css.flatMap((f) =>
      [...readFileSync(join(DIST, '_astro', f), 'utf8').matchAll(/url\(\s*["']?(\/[^"')]*)/g)]
        .map((m) => m[1]!)
        .filter((u) => !u.startsWith('//') && !fileOf(u))
        .map((u) => `${f} → ${u}`),
    );
    expect(outside).toEqual([]);
  });

  test('canonical addresses, the sitemap and robots.txt carry the base', () => {
    for (const p of pages.filter((p) => p !== '/404.html')) {
      const doc = parse(builtHtml(p, DIST)) as unknown as El;
      const canonical = all(doc, (e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical');
      expect(canonical.map((e) => attr(e, 'href')), p).toEqual([`${SITE}${BASE}${p.slice(1)}`]);
    }
    const listed = sitemapPaths(DIST);
    expect(listed.length).toBeGreaterThan(30);
    expect(listed.filter((p) => !fileOf(p))).toEqual([]);
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    expect(fileOf(`${BASE}sitemap-index.xml`)).toBeDefined();
  });

  test('every path rule in _headers is under the base, and the policy still applies to every page', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    const rules = headers.split('\n').filter((l) => l.startsWith('/'));
    expect(rules).toContain(`${BASE}_astro/*`);
    expect(rules.filter((r) => !r.startsWith(BASE))).toEqual([]);
    expect(headers).toMatch(new RegExp(`^${BASE}\\*\\n  Content-Security-Policy: default-src`, 'm'));
  });
});
