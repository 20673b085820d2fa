/**
 * The one Chromium every test and measurement uses: Debian's where present (this project's
 * machines cannot download browsers), else Playwright's own, with the same quiet switches.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ??
  process.env.CHROME_PATH ??
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** No updates, sync or background traffic, so a run sees only the site's own requests. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];

/** Playwright's launch options for that browser. */
export const chromiumLaunchOptions = {
  ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}),
  args: CHROMIUM_ARGS,
};

export const launchChromium = () => chromium.launch(chromiumLaunchOptions);
