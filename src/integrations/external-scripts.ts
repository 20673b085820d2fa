import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './security-headers';

/** Where the moved scripts go: Astro's folder, which hosts cache for a year (public/_headers). */
export const SCRIPT_DIR = '_astro';

/** An inline script Astro wrote into <body>: plain (`<script>`) or a module, never data (JSON). */
const BODY_SCRIPT = /<script( type="module")?>([\s\S]*?)<\/script>/g;

/** The file name for a script's text: its content hash, so one text is one cached file. */
export function scriptFileName(code: string): string {
  const hash = createHash('sha256').update(code).digest('base64url').slice(0, 10);
  return `${SCRIPT_DIR}/s.${hash}.js`;
}

/**
 * Moves the inline scripts of a page's <body> into files, so a reader downloads them once for the
 * whole site instead of in every page: Astro's island runtime and hydration directives (about
 * 2.4 KB gzip on a chapter) and small component scripts it inlines. Plain scripts become `defer`,
 * which keeps them in document order with the module scripts and never blocks the page from
 * rendering; the island runtime upgrades <astro-island> elements whenever it runs. Plain scripts
 * that follow one another (a directive, then the island runtime) share one file, as Astro once
 * wrote them into one tag. Scripts in <head> stay inline: the theme script must run before first paint.
 * Returns the new page and the files to write (path → text).
 */
export function externaliseBodyScripts(html: string): { html: string; files: Map<string, string> } {
  const files = new Map<string, string>();
  const body = html.indexOf('<body');
  if (body < 0) return { html, files };
  // Runs of adjacent plain scripts, or one module script (modules each have their own scope).
  const runs: { start: number; end: number; module: boolean; code: string[] }[] = [];
  for (const m of html.slice(body).matchAll(BODY_SCRIPT)) {
    const start = body + m.index;
    const module = Boolean(m[1]);
    const code = m[2] ?? '';
    const last = runs.at(-1);
    if (last && !module && !last.module && last.end === start) {
      last.end = start + m[0].length;
      last.code.push(code);
    } else runs.push({ start, end: start + m[0].length, module, code: [code] });
  }
  let out = '';
  let at = 0;
  for (const run of runs) {
    const code = run.code.join(';\n');
    if (!code.trim()) continue;
    const file = scriptFileName(code);
    files.set(file, code);
    const tag = run.module
      ? `<script type="module" src="/${file}"></script>`
      : `<script src="/${file}" defer></script>`;
    out += html.slice(at, run.start) + tag;
    at = run.end;
  }
  return { html: out + html.slice(at), files };
}

/** Runs after the build, before the security headers integration recomputes each page's policy. */
export default function externalScripts(): AstroIntegration {
  return {
    name: 'msg:external-scripts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const written = new Map<string, string>();
        for (const file of await htmlFiles(out)) {
          const { html, files } = externaliseBodyScripts(await readFile(file, 'utf8'));
          if (!files.size) continue;
          await writeFile(file, html);
          for (const [path, code] of files) written.set(path, code);
        }
        await mkdir(join(out, SCRIPT_DIR), { recursive: true });
        for (const [path, code] of written) await writeFile(join(out, path), code);
        logger.info(`Moved ${written.size} inline scripts into cached files`);
      },
    },
  };
}
