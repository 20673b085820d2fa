import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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
 * rendering; the island runtime upgrades <astro-island> elements whenever it runs. Scripts in
 * <head> stay inline: the theme script must run before first paint.
 * Returns the new page and the files to write (path → text).
 */
export function externaliseBodyScripts(html: string): { html: string; files: Map<string, string> } {
  const files = new Map<string, string>();
  const body = html.indexOf('<body');
  if (body < 0) return { html, files };
  const tail = html.slice(body).replace(BODY_SCRIPT, (_tag, module: string | undefined, code: string) => {
    if (!code.trim()) return _tag;
    const file = scriptFileName(code);
    files.set(file, code);
    return module ? `<script type="module" src="/${file}"></script>` : `<script src="/${file}" defer></script>`;
  });
  return { html: html.slice(0, body) + tail, files };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const files = await readdir(dir, { recursive: true });
  return files.filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`)).map((f) => join(dir, f));
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
