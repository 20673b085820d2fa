/** What search engines and link previews read: robots rules, the sitemap, canonical URLs, descriptions, Open Graph. */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { isNoindex } from '../../src/integrations/sitemap-filter';
import { all, attr, builtHtml, page, pages, sitemapPaths } from './site';

const meta = (path: string, key: 'name' | 'property', value: string) =>
  all(page(path), (e) => e.tagName === 'meta' && attr(e, key) === value).map((e) => attr(e, 'content'));

describe('search engines and link previews', () => {
  test('the build has the core pages, and the sitemap lists exactly the pages search engines may index', () => {
    for (const p of ['/', '/guide/', '/glossary/', '/about/', '/search/', '/funnel/', '/assessment/', '/onboarding/'])
      expect(pages).toContain(p);
    const noindex = pages.filter((p) => isNoindex(builtHtml(p)));
    expect(noindex).toEqual(['/404.html', '/assessment/result/', '/offline/', '/search/']);
    expect(sitemapPaths()).toEqual(pages.filter((p) => !noindex.includes(p)));
  });

  test('robots.txt allows the site and names the sitemap, which exists', () => {
    const robots = readFileSync('dist/robots.txt', 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBeTruthy();
    expect(existsSync(`dist${new URL(sitemap!).pathname}`)).toBe(true);
  });

  test('every page names itself as canonical, except the 404 page, which stands for any missing address', () => {
    for (const p of pages) {
      const canonical = all(page(p), (e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical');
      if (p === '/404.html') expect(canonical, p).toEqual([]);
      else {
        expect(canonical, p).toHaveLength(1);
        expect(new URL(attr(canonical[0]!, 'href')!).pathname, p).toBe(p);
      }
    }
  });

  test('every page has a title, a description and Open Graph tags with an image that exists', () => {
    for (const p of pages) {
      expect(meta(p, 'name', 'description')[0], p).toMatch(/.{50,}/);
      expect(meta(p, 'property', 'og:title')[0], p).toBeTruthy();
      const image = meta(p, 'property', 'og:image')[0];
      expect(image, p).toMatch(/\/og\.png$/);
      expect(existsSync(`dist${new URL(image!).pathname}`), p).toBe(true);
    }
    expect(meta('/glossary/', 'property', 'og:title')).toEqual(['Glossary']);
  });
});
