// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import postBuild from './src/integrations/post-build.ts';
import offline from './src/integrations/offline.ts';
import funnelPresets from './src/integrations/funnel-presets.ts';
import clientIntent from './src/integrations/client-intent.ts';
import { noindexFilter } from './src/integrations/sitemap-filter.ts';
import { readFileSync } from 'node:fs';
import { cspDirectives, cspScriptResources, sha256Source } from './src/lib/csp.ts';

// Inline scripts Astro does not hash itself (the pre-paint theme script).
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
// Pages marked noindex (search, a shared result, 404) stay out of the sitemap.
const noindex = noindexFilter();

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://marketing-and-sales.guide',
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
      scriptDirective: { resources: cspScriptResources, hashes: [await sha256Source(themeInit)] },
    },
  },
  // Linked stylesheets only: Astro does not hash the <style> blocks it inlines for components
  // used inside content-collection MDX, so inlined CSS would break the CSP.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Shiki's inline styles would break the CSP; the guide has no code blocks to highlight.
  markdown: { syntaxHighlight: false },
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
