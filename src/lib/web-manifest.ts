import { siteName, siteTagline } from './site';
import { cssToken } from './css-token';

/** The manifest's icons: made by test/tools/make-icons.mjs from the site's mark, kept in public/icons/. */
const ICONS = [
  { file: 'icon-192.png', sizes: '192x192', purpose: 'any' },
  { file: 'icon-512.png', sizes: '512x512', purpose: 'any' },
  { file: 'icon-maskable-512.png', sizes: '512x512', purpose: 'maskable' },
] as const;

/**
 * The web app manifest, which lets a reader install the guide as an app. Every address follows
 * the site's base path (`base` ends with "/"), so the app opens, and stays, inside the site.
 */
export function webManifest(base: string, tokens: string) {
  return {
    id: base,
    name: siteName,
    short_name: 'Mktg × Sales',
    description: siteTagline,
    lang: 'en',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: cssToken(tokens, '--bg'),
    // The header's background, so an installed app's title bar runs into it.
    theme_color: cssToken(tokens, '--bg-soft'),
    categories: ['education', 'business'],
    icons: ICONS.map((i) => ({ src: `${base}icons/${i.file}`, sizes: i.sizes, type: 'image/png', purpose: i.purpose })),
  };
}
