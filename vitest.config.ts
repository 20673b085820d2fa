/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

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
        test: { name: 'component', include: ['test/component/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
      { extends: true, test: { name: 'dist', include: ['test/dist/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
