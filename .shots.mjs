import { chromium } from '@playwright/test';
const base = 'http://localhost:4335';
const [,, what = 'team', codesArg = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const width of [1280, 390]) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
    if (what === 'team') {
      await page.goto(`${base}/assessment/team/#t=${codesArg}`);
      await page.locator('astro-island').last().scrollIntoViewIfNeeded();
      await page.waitForSelector('[data-testid="team-score"]');
      await page.getByRole('button', { name: 'Workshop mode' }).click();
    } else {
      await page.addInitScript((h) => {
        localStorage.setItem('msg:assessment-history', JSON.stringify({ v: 1, data: h }));
        localStorage.setItem('msg:assessment', JSON.stringify({ v: 1, data: { step: 9, view: 'results', role: 'marketing', team: 'EMEA', answers: {} } }));
      }, JSON.parse(codesArg));
      await page.goto(`${base}/assessment/`);
      await page.locator('astro-island').scrollIntoViewIfNeeded();
      await page.waitForSelector('[data-testid="overall-score"]');
    }
    await page.evaluate((s) => (document.documentElement.dataset.theme = s), scheme);
    await page.waitForTimeout(300);
    const top = await page.evaluate(() => document.querySelector('.results')?.getBoundingClientRect().top + scrollY - 20);
    const h = await page.evaluate(() => document.documentElement.scrollHeight);
    const chunk = width > 500 ? 1400 : 1600;
    for (let y = top, i = 0; y < h && i < 6; y += chunk, i++)
      await page.screenshot({ path: `/tmp/i14-${what}-${width}-${scheme}-${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(chunk, h - y) } });
    await page.close();
  }
}
await browser.close();
