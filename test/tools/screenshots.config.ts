import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import base from '../../playwright.config';

/** `npm run screenshots`: the README's pictures, taken from the built site in Chromium. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'screenshots.spec.ts',
  workers: 1,
  // The site at the root only (not the sub-path build), its server run from the project root like the main config's.
  projects: base.projects?.filter((p) => p.name === 'root'),
  webServer: {
    ...[base.webServer].flat()[0]!,
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  },
});
