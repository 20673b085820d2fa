import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { stripBase } from '../lib/base';

/** True when a built page asks search engines not to index it (BaseLayout's `indexable={false}`). */
export function isNoindex(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b/i.test(html);
}

/**
 * The sitemap lists only pages search engines may index. Each page says so itself, through the
 * robots meta BaseLayout writes from its `indexable` prop, so the sitemap reads that from the built
 * HTML rather than from a list of paths kept by hand. Use: `const noindex = noindexFilter()`, add
 * `noindex.integration` (it learns the build's output folder and base) and `sitemap({ filter: noindex.filter })`.
 */
export function noindexFilter(): { integration: AstroIntegration; filter: (page: string) => boolean } {
  let outDir: URL | undefined;
  let base = '/';
  return {
    integration: {
      name: 'msg:sitemap-noindex',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = config.outDir;
          base = config.base;
        },
      },
    },
    filter(page) {
      if (!outDir) throw new Error('noindexFilter: add its integration to the Astro config before sitemap()');
      // The sitemap's addresses carry the base; the files in outDir do not.
      const file = new URL(`.${stripBase(new URL(page).pathname, base).replace(/\/?$/, '/')}index.html`, outDir);
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
