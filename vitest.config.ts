/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import type { Plugin } from 'vite';

/**
 * The funnel presets' virtual module (see src/integrations/funnel-presets.ts) for the browser-like
 * component project, built from the same files by the same functions. The Astro integration serves it
 * too, but registers the presets folder as a watched file, which Vite's browser transform then tries
 * to import; tests need no watching.
 */
const PRESETS_MODULE = 'virtual:funnel-presets';
const presetsForComponents: Plugin = {
  name: 'test:funnel-presets',
  enforce: 'pre',
  resolveId: (id) => (id === PRESETS_MODULE ? `\0test:${PRESETS_MODULE}` : undefined),
  load: (id) =>
    id === `\0test:${PRESETS_MODULE}`
      ? [
          "import { loadPresets } from '/src/lib/funnel/load-presets.ts';",
          "import { benchmarkOf } from '/src/lib/funnel/presets.ts';",
          "const files = import.meta.glob('/content/presets/*.json', { eager: true, import: 'default' });",
          'export const presets = loadPresets(files).map(benchmarkOf);',
        ].join('\n')
      : undefined,
};

/**
 * Three projects, one per layer of the pyramid below Playwright:
 * - unit: pure logic and content rules (node), run before the build;
 * - component: islands rendered with @testing-library/preact in happy-dom, run before the build;
 * - dist: checks that read the built site's files in dist/ (HTML, links, bytes, CSP), run after `npm run build`.
 */
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        plugins: [presetsForComponents],
        test: {
          name: 'component',
          include: ['test/component/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/component/setup.ts'],
          // A whole questionnaire is answered click by click in some tests.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        // Validating every built page takes a few seconds, more on a busy machine.
        test: { name: 'dist', include: ['test/dist/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
    ],
  },
});
