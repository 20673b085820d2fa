import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './test/tools/chromium';

/** Each checkout can use its own port (E2E_PORT) so parallel runs never share a server. */
const PORT = Number(process.env.E2E_PORT ?? 4329);
/** The build for a sub-path (`npm run build:sub`: dist-sub/, base /sub/path/), served under that path. */
const SUB_PORT = PORT + 1000;
const SUB_SPEC = /sub-path\.spec\.ts$/;

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // One retry on CI absorbs timing noise on a shared 2-core machine; a test that needs it is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Progress in the terminal everywhere; CI keeps the log, so no HTML report is written.
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
    ...devices['Desktop Chrome'],
    // The offline worker (issue 26) would precache the whole site behind every test and serve pages from its
    // cache; it is allowed only in offline.spec.ts, which starts its own server and site.
    serviceWorkers: 'block',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: 'root', testIgnore: SUB_SPEC },
    // A short check of the same site deployed under a path, as on a GitHub Pages project site.
    { name: 'sub-path', testMatch: SUB_SPEC, use: { baseURL: `http://localhost:${SUB_PORT}/sub/path/` } },
  ],
  webServer: [
    {
      command: `node test/tools/serve.mjs dist ${PORT}`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node test/tools/serve.mjs dist-sub ${SUB_PORT} /sub/path/`,
      // The port, not a page: a run of the root project alone must not wait for a dist-sub/ it does not use.
      port: SUB_PORT,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
