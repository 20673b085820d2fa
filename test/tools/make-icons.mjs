// Makes the app icons in public/icons/ from the site's mark (the two circles of public/favicon.svg, in
// the colours of src/styles/tokens.css) with Chromium, as the machine has no other SVG renderer.
// Run it again when the mark changes: node test/tools/make-icons.mjs
import { mkdir, readFile } from 'node:fs/promises';
import { launchChromium } from './chromium.ts';
import { cssToken } from '../../src/lib/css-token.ts';

const tokens = await readFile(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
const [marketing, sales, bg] = ['--marketing', '--sales', '--bg'].map((t) => cssToken(tokens, t));

/**
 * The mark on a square of the page colour. `markWidth` is the share of the icon the two circles
 * span: a maskable icon keeps them inside the middle 80% circle that any launcher's mask leaves.
 */
function icon(size, { markWidth, corner }) {
  // The circles span 26 × 18 units of the favicon's 32-unit box (x 3–29, y 7–25).
  const scale = (size * markWidth) / 26;
  const x = (size - 26 * scale) / 2 - 3 * scale;
  const y = (size - 18 * scale) / 2 - 7 * scale;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${size * corner}" fill="${bg}"/>
  <g transform="translate(${x} ${y}) scale(${scale})">
    <circle cx="12" cy="16" r="9" fill="${marketing}" opacity="0.85"/>
    <circle cx="20" cy="16" r="9" fill="${sales}" opacity="0.85"/>
  </g>
</svg>`;
}

const icons = [
  { file: 'icon-192.png', size: 192, markWidth: 0.8, corner: 0.18 },
  { file: 'icon-512.png', size: 512, markWidth: 0.8, corner: 0.18 },
  { file: 'icon-maskable-512.png', size: 512, markWidth: 0.62, corner: 0 },
];

const out = new URL('../../public/icons/', import.meta.url);
await mkdir(out, { recursive: true });
const browser = await launchChromium();
for (const { file, size, ...shape } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0">${icon(size, shape)}</body>`);
  await page.locator('svg').screenshot({ path: new URL(file, out).pathname, omitBackground: true });
  await page.close();
  console.log(`public/icons/${file}: ${size} × ${size}`);
}
await browser.close();
