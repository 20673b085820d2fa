/**
 * Where the site is served: at a host's root ('/') or under a path ('/marketing-sales-guide/' on a
 * GitHub Pages project site). The path is Astro's `base`, set from BASE_PATH at build time (see
 * astro.config.mjs), and `import.meta.env.BASE_URL` is the one place code reads it. Every internal
 * link is written from the root ('/guide/') and passed through `withBase`, so nothing else needs to
 * know where the site lives.
 */

/** The site's default public address, when SITE_URL is not set. */
const DEFAULT_SITE = 'https://marketing-and-sales.guide';

/**
 * `path` as served under `base`. Only site paths change ('/guide/' → '/sub/path/guide/'); anchors,
 * queries, relative paths, other sites ('https:', '//host'), 'mailto:' and a path that already
 * carries the base are returned as they are, so applying it twice does no harm.
 */
export function joinBase(path: string, base: string): string {
  if (base === '/' || !path.startsWith('/') || path.startsWith('//')) return path;
  if (path.startsWith(base) || path === base.slice(0, -1)) return path;
  return base + path.slice(1);
}

/** `base` taken off the front of a pathname ('/sub/path/guide/' → '/guide/'), for code that reads the address. */
export function stripBase(pathname: string, base: string): string {
  if (base === '/') return pathname;
  if (pathname.startsWith(base)) return `/${pathname.slice(base.length)}`;
  return pathname === base.slice(0, -1) ? '/' : pathname;
}

/** A site path written from the root, as this build serves it. */
export const withBase = (path: string): string => joinBase(path, import.meta.env.BASE_URL);

/** The address of a page of this build ('/sub/path/guide/x/') as written from the root ('/guide/x/'). */
export const withoutBase = (pathname: string): string => stripBase(pathname, import.meta.env.BASE_URL);

/** Where a build is deployed: Astro's `base` and `site`. */
export interface DeployTarget {
  base: string;
  site: string;
}

/**
 * Reads BASE_PATH and SITE_URL (from `process.env` in astro.config.mjs) and refuses values that would
 * build a site whose links lead nowhere, naming the variable and what to write instead. `sections`
 * are the site's top-level paths ("guide", "glossary"): a base starting with one ("/guide/") cannot be
 * told apart from the section's own links ("/guide/x/" is both), so it is refused too.
 */
export function deployTarget(env: Record<string, string | undefined>, sections: string[] = []): DeployTarget {
  const base = env.BASE_PATH?.trim() || '/';
  const site = env.SITE_URL?.trim() || DEFAULT_SITE;
  if (!base.startsWith('/') || !base.endsWith('/') || base.includes('//') || /[?#\s\\]/.test(base))
    throw new Error(
      `BASE_PATH must be a path that starts and ends with "/", such as "/" or "/marketing-sales-guide/"; got "${base}".`,
    );
  const first = base.split('/')[1]!;
  if (sections.includes(first))
    throw new Error(
      `BASE_PATH "${base}" starts with /${first}/, a section of the site, so its links would be ambiguous; choose another path, such as "/marketing-sales-guide/" (on GitHub Pages, another repository name).`,
    );
  let url: URL | undefined;
  try {
    url = new URL(site);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || !url.host)
    throw new Error(`SITE_URL must be an absolute http(s) address, such as "https://owner.github.io"; got "${site}".`);
  // "https://owner.github.io/repo/" with BASE_PATH "/repo/" says the same thing twice, which is fine.
  const path = url.pathname.replace(/\/?$/, '/');
  if ((path !== '/' && path !== base) || url.search || url.hash)
    throw new Error(
      `SITE_URL must be the address of the host only, such as "${url.origin}"; put a path in BASE_PATH (got "${site}").`,
    );
  return { base, site: url.origin };
}
