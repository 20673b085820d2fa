import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspFromHtml, headerCsp } from '../lib/csp-merge';
import { cspHeaderOnlyDirectives } from '../lib/csp';

/** Every built page, outside Pagefind's folder (external-scripts.ts walks the same pages). */
export async function htmlFiles(dir: string): Promise<string[]> {
  const files = await readdir(dir, { recursive: true });
  return files.filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`)).map((f) => join(dir, f));
}

const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/**
 * Astro writes its island style just before the first island, inside <body>, where HTML does
 * not allow <style>. Moving it to the end of <head> keeps the page valid; its CSP hash is
 * already in the page's policy.
 */
export function moveIslandStyleToHead(html: string): string {
  const at = html.indexOf(ISLAND_STYLE);
  const body = html.indexOf('<body');
  if (at < 0 || body < 0 || at < body) return html;
  const without = html.slice(0, at) + html.slice(at + ISLAND_STYLE.length);
  return without.replace('</head>', `${ISLAND_STYLE}</head>`);
}

/** The CSP source of an inline script's exact text ('sha256-…', without quotes). */
const hashOf = (code: string) => `sha256-${createHash('sha256').update(code).digest('base64')}`;

/**
 * Astro's policy lists the hash of every inline script it might write (each hydration directive,
 * the island runtime) on every page. Once those scripts live in files (see external-scripts.ts),
 * a page's script-src names only the inline scripts it still has: a stricter policy, and
 * about 0.5 KB less HTML on every page.
 */
export function pruneScriptHashes(html: string): string {
  const present = new Set(
    [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hashOf(m[1] ?? '')),
  );
  return html.replace(
    /(<meta http-equiv="content-security-policy" content="[^"]*?script-src)([^;"]*)/i,
    (_m, head: string, sources: string) =>
      head + sources.replace(/ 'sha256-[^']+'/g, (source) => (present.has(source.slice(2, -1)) ? source : '')),
  );
}

/**
 * Adds the site's Content-Security-Policy to dist/_headers, for hosts that apply it as an
 * HTTP header, with frame-ancestors, which only a header can carry. Hashes change with every build, so the header is generated, not committed.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'msg:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of await htmlFiles(out)) {
          const html = await readFile(file, 'utf8');
          const fixed = pruneScriptHashes(moveIslandStyleToHead(html));
          if (fixed !== html) await writeFile(file, fixed);
          const csp = cspFromHtml(fixed);
          if (!csp) throw new Error(`${file} has no Content-Security-Policy <meta>`);
          policies.push(csp);
        }
        const headersPath = join(out, '_headers');
        const base = await readFile(headersPath, 'utf8');
        const policy = headerCsp(policies, cspHeaderOnlyDirectives);
        await writeFile(headersPath, base.replace(/^\/\*\n/m, `/*\n  Content-Security-Policy: ${policy}\n`));
        logger.info(`Wrote the Content-Security-Policy of ${policies.length} pages to _headers`);
      },
    },
  };
}
