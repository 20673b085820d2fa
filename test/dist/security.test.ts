/**
 * The Content-Security-Policy and the other headers a host sends, read from dist/_headers and each
 * page's <meta> policy: a browser enforces both, so every inline script and style a page carries
 * must be allowed by each, and nothing may be loaded from another site.
 */
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { all, attr, byTag, page, pages, rawText } from './site';

/** dist/_headers as rules: a path pattern, then its headers. */
function headerRules(): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of readFileSync('dist/_headers', 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else rules.at(-1)!.headers[line.slice(0, line.indexOf(':')).trim()] = line.slice(line.indexOf(':') + 1).trim();
  }
  return rules;
}
const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
const headersFor = (path: string) =>
  Object.assign({}, ...headerRules().filter((r) => matches(r.pattern, path)).map((r) => r.headers)) as Record<
    string,
    string
  >;

/** A policy as directive name → its sources. */
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources] as const),
  );
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function metaPolicy(path: string): string | undefined {
  const meta = all(page(path), (e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  expect(meta.length, `${path}: more than one <meta> policy`).toBeLessThanOrEqual(1);
  return meta[0] && attr(meta[0], 'content');
}

describe('security headers and the Content-Security-Policy', () => {
  test('every page is sent with a policy that forbids framing, and the hardening headers', () => {
    for (const p of pages) {
      const h = headersFor(p);
      expect(directives(h['Content-Security-Policy'] ?? '').get('frame-ancestors'), p).toEqual(["'none'"]);
      expect(h['X-Frame-Options'], p).toBe('DENY');
      expect(h['X-Content-Type-Options'], p).toBe('nosniff');
      expect(h['Referrer-Policy'], p).toBeTruthy();
    }
    expect(headersFor('/_astro/x.js')['Cache-Control']).toMatch(/immutable/);
  });

  test('a <meta> policy never carries frame-ancestors (browsers ignore it there: only the header can)', () => {
    for (const p of pages) expect(directives(metaPolicy(p) ?? '').has('frame-ancestors'), p).toBe(false);
  });

  test('every inline script and style is allowed by its hash in both policies, and none allows unsafe-inline or eval', () => {
    const problems: string[] = [];
    let inline = 0;
    for (const p of pages) {
      const policies = [metaPolicy(p), headersFor(p)['Content-Security-Policy']].filter((x): x is string => !!x);
      expect(policies.length, p).toBeGreaterThan(0);
      const scripts = byTag(page(p), 'script').filter((s) => attr(s, 'src') === undefined && attr(s, 'type') !== 'application/json');
      const styles = byTag(page(p), 'style');
      inline += scripts.length + styles.length;
      for (const policy of policies.map(directives)) {
        for (const [directive, elements] of [
          ['script-src', scripts],
          ['style-src', styles],
        ] as const) {
          const allowed = policy.get(directive) ?? policy.get('default-src') ?? [];
          if (allowed.includes("'unsafe-inline'")) problems.push(`${p}: ${directive} allows 'unsafe-inline'`);
          if (allowed.includes("'unsafe-eval'")) problems.push(`${p}: ${directive} allows 'unsafe-eval'`);
          for (const el of elements)
            if (!allowed.includes(sha256(rawText(el))))
              problems.push(`${p}: inline <${el.tagName}> ${sha256(rawText(el))} not in ${directive}`);
        }
      }
    }
    expect(inline, 'inline scripts and styles checked').toBeGreaterThan(pages.length);
    expect(problems).toEqual([]);
  });

  test('no page has an inline event handler or a javascript: link, which no hash can allow', () => {
    const found: string[] = [];
    for (const p of pages)
      for (const el of all(page(p), (e) => (e.attrs ?? []).some((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))))
        found.push(`${p}: <${el.tagName}>`);
    expect(found).toEqual([]);
  });

  test('every script, stylesheet, image and font a page names comes from the site itself', () => {
    const foreign: string[] = [];
    for (const p of pages)
      for (const el of all(page(p), (e) => ['script', 'link', 'img', 'source', 'iframe'].includes(e.tagName!))) {
        if (el.tagName === 'link' && !/stylesheet|preload|modulepreload|icon/.test(attr(el, 'rel') ?? '')) continue;
        for (const name of ['src', 'href', 'srcset']) {
          const value = attr(el, name);
          if (value && new URL(value, 'https://site.invalid/').origin !== 'https://site.invalid')
            foreign.push(`${p}: <${el.tagName} ${name}="${value}">`);
        }
      }
    expect(foreign).toEqual([]);
  });
});
