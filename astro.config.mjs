// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import { cspDirectives, cspScriptResources } from './src/lib/csp.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://marketing-and-sales.guide',
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap(), pagefind()],
  security: { csp: { directives: cspDirectives, scriptDirective: { resources: cspScriptResources } } },
  build: { format: 'directory' },
});
