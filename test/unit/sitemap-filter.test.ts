/**
 * The sitemap lists a page only if the page allows indexing: the filter reads each built page's
 * robots meta (set by BaseLayout's `indexable` prop), so no list of paths is kept by hand.
 * Runs over the fixture site in test/fixtures/site/, where /search/ is noindex.
 */
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { AstroConfig } from 'astro';
import { isNoindex, noindexFilter } from '../../src/integrations/sitemap-filter';

const site = pathToFileURL(path.resolve(import.meta.dirname, '..', 'fixtures', 'site') + path.sep);

function filterFor(outDir: URL, base = '/') {
  const { integration, filter } = noindexFilter();
  const hook = integration.hooks['astro:config:done'] as unknown as (o: { config: Partial<AstroConfig> }) => void;
  hook({ config: { outDir, base } });
  return filter;
}

describe('sitemap filter', () => {
  it('recognises the robots meta BaseLayout writes, and only a noindex one', () => {
    expect(isNoindex('<head><meta name="robots" content="noindex" /></head>')).toBe(true);
    expect(isNoindex('<meta name="robots" content="noindex, nofollow">')).toBe(true);
    expect(isNoindex('<meta name="robots" content="index, follow">')).toBe(false);
    expect(isNoindex('<p>Pages marked noindex stay out of the sitemap.</p>')).toBe(false);
  });

  it('keeps indexable pages and drops noindex ones, whatever the site URL', () => {
    const filter = filterFor(site);
    expect(filter('https://example.org/')).toBe(true);
    expect(filter('https://example.org/guide/')).toBe(true);
    expect(filter('https://example.org/search/')).toBe(false);
    expect(filter('https://example.org/search')).toBe(false);
  });

  it('finds the built page of an address under the base (a build for a sub-path)', () => {
    const filter = filterFor(site, '/sub/path/');
    expect(filter('https://example.org/sub/path/')).toBe(true);
    expect(filter('https://example.org/sub/path/guide/')).toBe(true);
    expect(filter('https://example.org/sub/path/search/')).toBe(false);
  });

  it('fails the build, naming the page, when the sitemap lists a page that was not built', () => {
    expect(() => filterFor(site)('https://example.org/missing/')).toThrow(
      /lists https:\/\/example.org\/missing\/, but .*was not built/,
    );
  });

  it('says how to set it up when its integration is missing', () => {
    expect(() => noindexFilter().filter('https://example.org/')).toThrow(/add its integration/);
  });
});
