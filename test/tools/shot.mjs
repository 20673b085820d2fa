// Ad-hoc screenshot helper for development: node scripts/shot.mjs URL OUT [width] [dark]
import { launchChromium } from './chromium.ts';
const [url, out, width = '1280', scheme = 'light'] = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: true });
await browser.close();
