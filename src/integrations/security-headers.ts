import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspFromHtml, mergeCsp } from '../lib/csp-merge';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? (e.name === 'pagefind' ? [] : htmlFiles(join(dir, e.name))) : e.name.endsWith('.html') ? [join(dir, e.name)] : [])),
  );
  return nested.flat();
}

/**
 * Adds the site's Content-Security-Policy to dist/_headers, for hosts that apply it as an
 * HTTP header. Hashes change with every build, so the header is generated, not committed.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'msg:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of await htmlFiles(out)) {
          const csp = cspFromHtml(await readFile(file, 'utf8'));
          if (!csp) throw new Error(`${file} has no Content-Security-Policy <meta>`);
          policies.push(csp);
        }
        const headersPath = join(out, '_headers');
        const base = await readFile(headersPath, 'utf8');
        const policy = mergeCsp(policies);
        await writeFile(headersPath, base.replace(/^\/\*\n/m, `/*\n  Content-Security-Policy: ${policy}\n`));
        logger.info(`Wrote the Content-Security-Policy of ${policies.length} pages to _headers`);
      },
    },
  };
}
