import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import base from '../../playwright.config';

/** `npm run screenshots`: the README's pictures, taken from the built site in Chromium. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'screenshots.spec.ts',
  workers: 1,
  // The web server runs from the project root, like the main config's.
  webServer: {
    ...(base.webServer as object),
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  } as typeof base.webServer,
});
