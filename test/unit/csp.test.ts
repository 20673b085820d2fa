import { describe, it, expect } from 'vitest';
import { headerCsp, mergeCsp, parseCsp } from '../../src/lib/csp-merge';
import { cspDirectives, cspHeaderOnlyDirectives } from '../../src/lib/csp';

describe('Content Security Policy', () => {
  it('never allows inline code or eval', () => {
    const all = cspDirectives.join(' ');
    expect(all).not.toContain('unsafe-inline');
    expect(all).not.toContain("'unsafe-eval'");
  });

  it('merges page policies into one header that allows every page’s hashes', () => {
    const a = "default-src 'self'; script-src 'self' 'sha256-A'; style-src 'self' 'sha256-S'";
    const b = "default-src 'self'; script-src 'self' 'sha256-B'";
    const merged = parseCsp(mergeCsp([a, b]));
    expect(merged.get('script-src')).toEqual(["'self'", "'sha256-A'", "'sha256-B'"]);
    expect(merged.get('style-src')).toEqual(["'self'", "'sha256-S'"]);
    expect(merged.get('default-src')).toEqual(["'self'"]);
  });
});

describe('Content Security Policy header', () => {
  it('adds frame-ancestors, which only a header can carry, once and never to the <meta> policy', () => {
    const page = "default-src 'self'; script-src 'self' 'sha256-A'";
    const header = parseCsp(headerCsp([page, page], cspHeaderOnlyDirectives));
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('script-src')).toEqual(["'self'", "'sha256-A'"]);
    expect(cspDirectives.some((d) => d.startsWith('frame-ancestors'))).toBe(false);
    expect(
      headerCsp([`${page}; frame-ancestors 'self'`], cspHeaderOnlyDirectives).match(/frame-ancestors/g),
    ).toHaveLength(1);
  });
});
