// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import externalScripts from './src/integrations/external-scripts.ts';
import funnelPresets from './src/integrations/funnel-presets.ts';
import clientInteraction from './src/integrations/client-interaction.ts';
import chunks from './src/integrations/chunks.ts';
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
    // Before securityHeaders: it trims each page's policy to the inline scripts still left.
    externalScripts(),
    securityHeaders(),
    clientInteraction(),
    chunks(),
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
});
