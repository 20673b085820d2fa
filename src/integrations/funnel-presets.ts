import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPresets } from '../lib/funnel/load-presets';
import { benchmarkOf } from '../lib/funnel/presets';

/** The module islands import the presets from (see src/lib/funnel/preset-data.ts). */
const PRESETS_MODULE = 'virtual:funnel-presets';
const RESOLVED = `\0${PRESETS_MODULE}`;

/**
 * Reads content/presets/*.json, validates each file (an invalid one is left out; the
 * `presets` collection stops the build on it anyway) and keeps only the benchmark numbers.
 */
async function presetModuleSource(dir: string): Promise<{ code: string; files: string[] }> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));
  const raw: Record<string, unknown> = {};
  for (const file of files) {
    try {
      raw[file] = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      /* unreadable JSON: the content collection reports it */
    }
  }
  const presets = loadPresets(raw).map(benchmarkOf);
  return { code: `export const presets = ${JSON.stringify(presets)};\n`, files };
}

/**
 * Serves the funnel presets to the browser as a build-time projection. Bundling the JSON files
 * themselves would ship every source citation and note (about 2 kB gzip) to each funnel page,
 * where only the server-rendered benchmark tables show them.
 */
export default function funnelPresets(): AstroIntegration {
  return {
    name: 'msg:funnel-presets',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const dir = fileURLToPath(new URL('./content/presets/', config.root));
        const plugin: Plugin = {
          name: 'msg:funnel-presets',
          resolveId: (id) => (id === PRESETS_MODULE ? RESOLVED : undefined),
          async load(id) {
            if (id !== RESOLVED) return undefined;
            const { code, files } = await presetModuleSource(dir);
            this.addWatchFile(dir);
            for (const f of files) this.addWatchFile(f);
            return code;
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
