import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { finishPage, headersUnderBase, scriptFileName } from '../../src/integrations/post-build';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const THEME = "document.documentElement.dataset.theme='dark'";
const DIRECTIVE = '(self.Astro||(self.Astro={})).visible=1';
const RUNTIME = 'customElements.define("astro-island",class extends HTMLElement{})';
const CLOCK = 'window.clock=1';
const ISLAND_STYLE = '<style>astro-island{display:contents}</style>';
const page = (policy: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"><script>${THEME}</script></head>` +
  `<body><p>Text</p>${ISLAND_STYLE}<script>${DIRECTIVE}</script><script>${RUNTIME}</script><astro-island></astro-island>` +
  `<script type="module">${CLOCK}</script><script type="module" src="/_astro/x.js"></script></body></html>`;

describe('the post-build step', () => {
  const policy = `default-src 'self'; script-src 'self' ${hash(THEME)} ${hash(DIRECTIVE)} ${hash(RUNTIME)} ${hash(CLOCK)} 'sha256-other'; style-src 'self' 'sha256-style'`;
  const { html, files, policy: finished } = finishPage(page(policy));

  it('keeps the pre-paint theme script inline in <head>', () => {
    expect(html).toContain(`<script>${THEME}</script>`);
    expect(html.split('<body')[0]).toContain(THEME);
  });

  it('writes one deferred file for adjacent plain scripts, in their order, and one module file per module', () => {
    const runtimeFile = scriptFileName(`${DIRECTIVE};\n${RUNTIME}`);
    expect([...files.keys()]).toEqual([runtimeFile, scriptFileName(CLOCK)]);
    expect(files.get(runtimeFile)).toBe(`${DIRECTIVE};\n${RUNTIME}`);
    expect(html).toContain(`<p>Text</p><script src="/${runtimeFile}" defer></script><astro-island>`);
    expect(html).toContain(`<script type="module" src="/${scriptFileName(CLOCK)}"></script>`);
    expect(html).toContain('<script type="module" src="/_astro/x.js"></script>');
    expect(html.split('<body')[1]).not.toContain(RUNTIME);
  });

  it('moves the island style Astro writes into <body> to the end of <head>', () => {
    expect(html).toContain(`${ISLAND_STYLE}</head>`);
    expect(html.split('<body')[1]).not.toContain('<style');
  });

  it('names a file by its content, so every page shares one cached copy', () => {
    expect(scriptFileName(RUNTIME)).toBe(scriptFileName(RUNTIME));
    expect(scriptFileName(RUNTIME)).not.toBe(scriptFileName(CLOCK));
    expect(scriptFileName(RUNTIME)).toMatch(/^_astro\/s\.[\w-]{10}\.js$/);
  });

  it("lists in the page's script-src only the hashes of inline scripts it still has", () => {
    expect(finished).toContain(`script-src 'self' ${hash(THEME)};`);
    for (const gone of [DIRECTIVE, RUNTIME, CLOCK]) expect(finished).not.toContain(hash(gone));
    expect(finished).not.toContain("'sha256-other'");
    expect(finished).toContain("style-src 'self' 'sha256-style'");
    expect(html).toContain(`content="${finished}"`);
  });

  it('stops the build with a clear message when Astro’s output changes shape', () => {
    expect(() => finishPage('<html><head></head><body><p>x</p></body></html>', 'about/index.html')).toThrow(
      /about\/index.html: no Content-Security-Policy <meta> in <head>.*Astro's output has changed shape/,
    );
    const noRuntime = page(policy).replace(`<script>${RUNTIME}</script>`, '');
    expect(() => finishPage(noRuntime, 'x.html')).toThrow(/islands, but no inline island runtime/);
  });

  it('links the moved scripts under the base in a build for a sub-path', () => {
    const sub = finishPage(page(policy), 'page', '/sub/path/');
    const runtimeFile = scriptFileName(`${DIRECTIVE};\n${RUNTIME}`);
    expect([...sub.files.keys()]).toEqual([...files.keys()]);
    expect(sub.html).toContain(`<script src="/sub/path/${runtimeFile}" defer></script>`);
    expect(sub.html).toContain(`<script type="module" src="/sub/path/${scriptFileName(CLOCK)}"></script>`);
  });

  it('moves the path rules of _headers under the base, and leaves the headers themselves alone', () => {
    const rules = '# Comment /x\n/*\n  X-Frame-Options: DENY\n\n/_astro/*\n  Cache-Control: public\n';
    expect(headersUnderBase(rules, '/sub/path/')).toBe(
      '# Comment /x\n/sub/path/*\n  X-Frame-Options: DENY\n\n/sub/path/_astro/*\n  Cache-Control: public\n',
    );
    expect(headersUnderBase(rules, '/')).toBe(rules);
  });
});
