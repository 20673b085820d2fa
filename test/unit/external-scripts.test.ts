import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { externaliseBodyScripts, scriptFileName } from '../../src/integrations/external-scripts';
import { pruneScriptHashes } from '../../src/integrations/security-headers';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const THEME = "document.documentElement.dataset.theme='dark'";
const DIRECTIVE = '(self.Astro||(self.Astro={})).visible=1';
const RUNTIME = 'customElements.define("astro-island",class extends HTMLElement{})';
const CLOCK = 'window.clock=1';
const page = (policy: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"><script>${THEME}</script></head>` +
  `<body><p>Text</p><script>${DIRECTIVE}</script><script>${RUNTIME}</script><astro-island></astro-island>` +
  `<script type="module">${CLOCK}</script><script type="module" src="/_astro/x.js"></script></body></html>`;

describe('shared inline scripts move into cached files', () => {
  const policy = `default-src 'self'; script-src 'self' ${hash(THEME)} ${hash(DIRECTIVE)} ${hash(RUNTIME)} ${hash(CLOCK)} 'sha256-other'; style-src 'self' 'sha256-style'`;
  const { html, files } = externaliseBodyScripts(page(policy));

  it('keeps the pre-paint theme script inline in <head>', () => {
    expect(html).toContain(`<head><meta`);
    expect(html).toContain(`<script>${THEME}</script></head>`);
  });

  it('writes one deferred file for adjacent plain scripts, in their order, and one module file per module', () => {
    const runtimeFile = scriptFileName(`${DIRECTIVE};\n${RUNTIME}`);
    expect([...files.keys()]).toEqual([runtimeFile, scriptFileName(CLOCK)]);
    expect(files.get(runtimeFile)).toBe(`${DIRECTIVE};\n${RUNTIME}`);
    expect(html).toContain(`<p>Text</p><script src="/${runtimeFile}" defer></script><astro-island>`);
    expect(html).toContain(`<script type="module" src="/${scriptFileName(CLOCK)}"></script>`);
    expect(html).toContain('<script type="module" src="/_astro/x.js"></script>');
    expect(html.split('<body')[1]).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it('names a file by its content, so every page shares one cached copy', () => {
    expect(scriptFileName(RUNTIME)).toBe(scriptFileName(RUNTIME));
    expect(scriptFileName(RUNTIME)).not.toBe(scriptFileName(CLOCK));
    expect(scriptFileName(RUNTIME)).toMatch(/^_astro\/s\.[\w-]{10}\.js$/);
  });

  it('leaves a page without a <body> untouched', () => {
    expect(externaliseBodyScripts('<p>x</p>')).toEqual({ html: '<p>x</p>', files: new Map() });
  });

  it("then lists in the page's script-src only the hashes of inline scripts it still has", () => {
    const pruned = pruneScriptHashes(html);
    const csp = /content="([^"]*)"/.exec(pruned)![1]!;
    expect(csp).toContain(`script-src 'self' ${hash(THEME)};`);
    for (const gone of [DIRECTIVE, RUNTIME, CLOCK]) expect(csp).not.toContain(hash(gone));
    expect(csp).not.toContain("'sha256-other'");
    expect(csp).toContain("style-src 'self' 'sha256-style'");
  });
});
