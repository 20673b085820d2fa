import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';

/** True when a built page asks search engines not to index it (BaseLayout's `indexable={false}`). */
export function isNoindex(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b/i.test(html);
}

/**
 * The sitemap lists only pages search engines may index. Each page says so itself, through the
 * robots meta BaseLayout writes from its `indexable` prop, so the sitemap reads that from the built
 * HTML rather than from a list of paths kept by hand. Use: `const noindex = noindexFilter()`, add
 * `noindex.integration` (it learns the build's output folder) and `sitemap({ filter: noindex.filter })`.
 */
export function noindexFilter(): { integration: AstroIntegration; filter: (page: string) => boolean } {
  let outDir: URL | undefined;
  return {
    integration: {
      name: 'msg:sitemap-noindex',
      hooks: { 'astro:config:done': ({ config }) => void (outDir = config.outDir) },
    },
    filter(page) {
      if (!outDir) throw new Error('noindexFilter: add its integration to the Astro config before sitemap()');
      const file = new URL(`.${new URL(page).pathname.replace(/\/?$/, '/')}index.html`, outDir);
      let html: string;
      try {
        html = readFileSync(file, 'utf8');
      } catch {
        throw new Error(`The sitemap lists ${page}, but ${file.pathname} was not built`);
      }
      return !isNoindex(html);
    },
  };
}
