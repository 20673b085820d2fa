/** Serving the site under a path: the link helper, the Markdown link rewrite and the deploy settings. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { deployTarget, joinBase, stripBase, withBase } from '../../src/lib/base';
import { baseLinks } from '../../src/integrations/base-links';

const SUB = '/sub/path/';

describe('joinBase', () => {
  it.each([
    ['a page written from the root', '/guide/funnel-and-handoff/', '/sub/path/guide/funnel-and-handoff/'],
    ['the home page', '/', '/sub/path/'],
    ['a page with an anchor and a query', '/evidence/?q=x#claim-1', '/sub/path/evidence/?q=x#claim-1'],
    ['an asset', '/og.png', '/sub/path/og.png'],
    ['an anchor on the same page', '#check', '#check'],
    ['a query on the same page', '?q=mql', '?q=mql'],
    ['a relative path', 'check/', 'check/'],
    ['another site', 'https://example.org/guide/', 'https://example.org/guide/'],
    ['another site without a scheme', '//example.org/guide/', '//example.org/guide/'],
    ['an e-mail address', 'mailto:team@example.org', 'mailto:team@example.org'],
    ['a path that already carries the base', '/sub/path/guide/', '/sub/path/guide/'],
    ['the base without its slash', '/sub/path', '/sub/path'],
  ])('%s: %s → %s', (_, path, expected) => {
    expect(joinBase(path, SUB)).toBe(expected);
  });

  it('leaves every path as it is at the root', () => {
    for (const path of ['/', '/guide/', '#x', 'mailto:a@b.c']) expect(joinBase(path, '/')).toBe(path);
  });

  it('is what withBase applies with the build’s base (the root in tests)', () => {
    expect(withBase('/funnel/')).toBe('/funnel/');
  });
});

describe('the site’s link helpers in a build for a sub-path (BASE_URL /sub/path/)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('put every page, share link and navigation item under the base', async () => {
    vi.stubEnv('BASE_URL', SUB);
    vi.resetModules();
    const [{ chapterHref }, { termHref }, { claimHref }, { pathHref }, { shareHref }, { primaryNav, toolsNav }] =
      await Promise.all([
        import('../../src/lib/chapters'),
        import('../../src/lib/glossary'),
        import('../../src/lib/claims'),
        import('../../src/lib/learning/paths'),
        import('../../src/lib/assessment/code-encode'),
        import('../../src/lib/site'),
      ]);
    expect(chapterHref('the-rivalry')).toBe('/sub/path/guide/the-rivalry/');
    expect(termHref('sla')).toBe('/sub/path/glossary/sla/');
    expect(claimHref('x')).toBe('/sub/path/evidence/#x');
    expect(pathHref('new-hire')).toBe('/sub/path/onboarding/');
    expect(pathHref('manager')).toBe('/sub/path/paths/manager/');
    expect(shareHref('abc')).toBe('/sub/path/assessment/result/#c=abc');
    expect([...primaryNav, ...toolsNav].map((n) => n.href).filter((h) => !h.startsWith(SUB))).toEqual([]);
    expect(toolsNav.map((n) => n.href)).toContain('/sub/path/your-numbers/');
  });
});

describe('stripBase', () => {
  it('takes the base off a page address, and leaves an address outside it alone', () => {
    expect(stripBase('/sub/path/guide/x/', SUB)).toBe('/guide/x/');
    expect(stripBase('/sub/path/', SUB)).toBe('/');
    expect(stripBase('/sub/path', SUB)).toBe('/');
    expect(stripBase('/other/', SUB)).toBe('/other/');
    expect(stripBase('/guide/', '/')).toBe('/guide/');
  });
});

describe('deployTarget (BASE_PATH and SITE_URL)', () => {
  it('defaults to the root of the guide’s own address', () => {
    expect(deployTarget({})).toEqual({ base: '/', site: 'https://marketing-and-sales.guide' });
    expect(deployTarget({ BASE_PATH: '', SITE_URL: ' ' })).toEqual(deployTarget({}));
  });

  it('takes a path and a host, and a site address that repeats the path', () => {
    expect(deployTarget({ BASE_PATH: '/repo/', SITE_URL: 'https://owner.github.io' })).toEqual({
      base: '/repo/',
      site: 'https://owner.github.io',
    });
    expect(deployTarget({ BASE_PATH: '/repo/', SITE_URL: 'https://owner.github.io/repo' }).site).toBe(
      'https://owner.github.io',
    );
    expect(deployTarget({ SITE_URL: 'http://localhost:8080/' }).site).toBe('http://localhost:8080');
  });

  it.each(['repo/', '/repo', 'repo', '//repo/', '/a b/', '/repo/?x/'])('refuses BASE_PATH "%s", naming it', (v) => {
    expect(() => deployTarget({ BASE_PATH: v })).toThrow(/BASE_PATH must be a path that starts and ends with "\/"/);
  });

  it.each(['owner.github.io', '/repo/', 'ftp://owner.github.io', 'https://'])('refuses SITE_URL "%s"', (v) => {
    expect(() => deployTarget({ SITE_URL: v })).toThrow(/SITE_URL must be an absolute http\(s\) address/);
  });

  it('refuses a BASE_PATH that starts with a section of the site, whose links it could not tell apart', () => {
    const sections = ['guide', 'glossary', 'index'];
    expect(() => deployTarget({ BASE_PATH: '/guide/' }, sections)).toThrow(/starts with \/guide\/, a section/);
    expect(() => deployTarget({ BASE_PATH: '/glossary/v2/' }, sections)).toThrow(/a section of the site/);
    expect(deployTarget({ BASE_PATH: '/guides/' }, sections).base).toBe('/guides/');
    expect(deployTarget({}, sections).base).toBe('/');
  });

  it('refuses a SITE_URL whose path is not BASE_PATH, saying where the path belongs', () => {
    expect(() => deployTarget({ SITE_URL: 'https://owner.github.io/repo/' })).toThrow(/put a path in BASE_PATH/);
    expect(() => deployTarget({ BASE_PATH: '/a/', SITE_URL: 'https://owner.github.io/b/' })).toThrow(/BASE_PATH/);
  });
});

describe('the Markdown link rewrite (baseLinks)', () => {
  const render = async (markdown: string, base: string) => {
    const processor = await createSatteriMarkdownProcessor({ hastPlugins: [baseLinks(base)] });
    return (await processor.render(markdown)).code;
  };

  it('moves links and images written from the root under the base, and nothing else', async () => {
    const html = await render(
      [
        '[funnel](/funnel/) [check](#check) [other](https://example.org/x/) [mail](mailto:a@example.org)',
        '[again](/sub/path/guide/) [here](check/) ![chart](/og.png)',
      ].join('\n'),
      SUB,
    );
    expect(html).toContain('href="/sub/path/funnel/"');
    expect(html).toContain('href="#check"');
    expect(html).toContain('href="https://example.org/x/"');
    expect(html).toContain('href="mailto:a@example.org"');
    expect(html).toContain('href="/sub/path/guide/"');
    expect(html).toContain('href="check/"');
    expect(html).toContain('src="/sub/path/og.png"');
    expect(html).not.toMatch(/(href|src)="\/(?!sub\/path\/)/);
  });

  it('writes the same links as before at the root', async () => {
    expect(await render('[funnel](/funnel/)', '/')).toContain('href="/funnel/"');
  });
});
