import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * CSP directives beyond script-src and style-src, which Astro fills with hashes of
 * what each page uses. Everything is same-origin; no 'unsafe-inline', no 'unsafe-eval'.
 */
export const cspDirectives: NonNullable<CspConfig['directives']> = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
];

/**
 * Directives that only work in the HTTP header: browsers ignore frame-ancestors in a <meta> policy
 * (and log an error for it), so these go into dist/_headers only. frame-ancestors 'none' stops any
 * site from framing the guide to trick a reader into clicking (X-Frame-Options: DENY, in
 * public/_headers, does the same for older browsers).
 */
export const cspHeaderOnlyDirectives: string[] = ["frame-ancestors 'none'"];

/** The CSP source for an inline script's exact text, e.g. 'sha256-…' (without quotes). Build time only. */
export function sha256Source(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}

/**
 * script-src sources besides the hashes Astro adds. Setting any replaces Astro's default
 * 'self', so it is listed again. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly
 * search engine; it does not allow eval() or new Function(). Pagefind's worker is covered
 * by worker-src 'self' and its index fetches by connect-src 'self'.
 */
export const cspScriptResources: string[] = ["'self'", "'wasm-unsafe-eval'"];
