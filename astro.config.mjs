// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import pagefind from './src/integrations/pagefind.ts';
import postBuild from './src/integrations/post-build.ts';
import offline from './src/integrations/offline.ts';
import funnelPresets from './src/integrations/funnel-presets.ts';
import clientIntent from './src/integrations/client-intent.ts';
import { noindexFilter } from './src/integrations/sitemap-filter.ts';
import { baseLinks } from './src/integrations/base-links.ts';
import { deployTarget } from './src/lib/base.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { cspDirectives, cspScriptResources, sha256Source } from './src/lib/csp.ts';

// Inline scripts Astro does not hash itself (the pre-paint theme script).
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
// Pages marked noindex (search, a shared result, 404) stay out of the sitemap.
const noindex = noindexFilter();
// Where the site is served: BASE_PATH ("/" or "/repo/") and SITE_URL (the host), checked against the
// site's top-level paths; see src/lib/base.ts.
const sections = readdirSync(new URL('./src/pages/', import.meta.url)).map((name) => name.replace(/\.\w+$/, ''));
const { base, site } = deployTarget(process.env, sections);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    preact(),
    noindex.integration,
    sitemap({ filter: noindex.filter }),
    funnelPresets(),
    pagefind(),
    clientIntent(),
    postBuild(),
    // Last: the service worker precaches the finished pages, scripts and search index.
    offline(),
  ],
  security: {
    csp: {
      directives: cspDirectives,
      scriptDirective: { resources: cspScriptResources, hashes: [sha256Source(themeInit)] },
    },
  },
  // Linked stylesheets only: Astro does not hash the <style> blocks it inlines for components
  // used inside content-collection MDX, so inlined CSS would break the CSP.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Shiki's inline styles would break the CSP; the guide has no code blocks to highlight.
  // Links in Markdown content are written from the root ("/guide/") and moved under `base` here.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [baseLinks(base)] }) },
  // Preact, its hooks and its JSX runtime, which every island loads together, as one file
  // (every file costs a request and its own compression header).
  vite: {
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [{ name: 'preact', test: /node_modules[\\/]preact[\\/]/, priority: 2 }],
          },
        },
      },
    },
  },
});
