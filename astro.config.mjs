// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { cspDirectives } from './src/lib/csp.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://marketing-and-sales.guide',
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap(), pagefind(), securityHeaders()],
  security: { csp: { directives: cspDirectives } },
  build: { format: 'directory' },
  // Shiki's inline styles would break the CSP; the guide has no code blocks to highlight.
  markdown: { syntaxHighlight: false },
});
