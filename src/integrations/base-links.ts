import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { joinBase } from '../lib/base';

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** The attributes of Markdown output that hold a site address. */
const URL_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src' };

/**
 * A Sätteri hast plugin (Astro's Markdown and MDX pipeline) that moves the links and images of
 * Markdown content under the site's base: an editor writes `[the funnel builder](/funnel/)` in
 * content/, and a build for `/sub/path/` links to `/sub/path/funnel/`. Anchors, other sites and
 * mailto: links are left alone (see joinBase). Links written as JSX in MDX are not Markdown output
 * and are not touched; content uses Markdown links and the components' own helpers.
 */
export function baseLinks(base: string): HastPlugin {
  return {
    name: 'msg:base-links',
    element: {
      filter: Object.keys(URL_ATTRIBUTES),
      visit(node, ctx) {
        const name = URL_ATTRIBUTES[node.tagName]!;
        const value = node.properties?.[name];
        if (typeof value !== 'string') return;
        const based = joinBase(value, base);
        if (based !== value) ctx.setProperty(node, name, based);
      },
    },
  };
}
