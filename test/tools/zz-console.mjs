import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-first-run','--disable-gpu'] });
const page = await browser.newPage();
page.on('console', (m) => console.log(m.type(), m.text().slice(0, 200)));
await page.goto('http://localhost:4431' + process.argv[2], { waitUntil: 'networkidle' });
await browser.close();
