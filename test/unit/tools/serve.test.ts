/**
 * The test server (test/tools/serve.mjs) stands in for the real host in every e2e test, so it must
 * behave like a careful one: no open redirect from a crafted path, 400 for a malformed escape,
 * nothing served from outside the site, and the site's _headers applied. Serves test/fixtures/site/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStaticServer } from '../../tools/serve.mjs';

const site = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'site');
const server = createStaticServer(site);
let origin = '';

beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Sends the path exactly as written (fetch would normalise dot segments first). */
function get(
  rawPath: string,
): Promise<{ status: number; location?: string; csp?: string; hsts?: string; body: string }> {
  return new Promise((done, fail) => {
    const { port } = server.address() as AddressInfo;
    request({ host: '127.0.0.1', port, path: rawPath }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          location: res.headers.location,
          csp: res.headers['content-security-policy'] as string | undefined,
          hsts: res.headers['strict-transport-security'] as string | undefined,
          body,
        }),
      );
    })
      .on('error', fail)
      .end();
  });
}

describe('test server', () => {
  it('serves a page and applies the _headers rules, except HSTS (tests run over http)', async () => {
    const r = await get('/guide/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<h1>Guide</h1>');
    expect(r.csp).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(r.hsts).toBeUndefined();
  });

  it('adds the trailing slash to a folder, staying on the site', async () => {
    expect(await get('/guide?x=1')).toMatchObject({ status: 301, location: '/guide/?x=1' });
  });

  it.each([
    '/%2F%2Fevil.com%2F..%2Fguide',
    '//evil.com/..%2Fguide',
    '/%5C%5Cevil.com%2F..%2Fguide',
    '/%2F%5Cevil.com/../guide',
    '/%09/evil.com%2F..%2Fguide',
  ])('never redirects off the site: %s', async (crafted) => {
    const r = await get(crafted);
    if (r.location !== undefined) {
      expect(new URL(r.location, origin).origin).toBe(origin);
      expect(r.location).toMatch(/^\/(?![/\\])/);
    }
    expect([200, 301, 404]).toContain(r.status);
  });

  it.each(['/%', '/guide%2', '/%E0%A4%A', '/%zz/'])(
    'answers a malformed escape (%s) with 400, not a page',
    async (bad) => {
      const r = await get(bad);
      expect(r.status).toBe(400);
      expect(r.body).toContain('malformed % escape');
    },
  );

  it('never serves a file from outside the site, however the path climbs', async () => {
    for (const climb of [
      '/../serve.test.ts',
      '/%2E%2E/%2E%2E/site/index.html',
      '/..%2F..%2Funit%2Ftools%2Fserve.test.ts',
    ]) {
      const r = await get(climb);
      expect(r.body).not.toContain('createStaticServer');
      expect([200, 404]).toContain(r.status);
    }
  });

  it('answers an unknown path with the 404 page and status', async () => {
    const r = await get('/no-such-page/');
    expect(r.status).toBe(404);
    expect(r.body).toContain('Page not found');
  });
});

describe('test server while the site is being rebuilt', () => {
  it('answers every request plainly when the built site, its 404 page and _headers are gone', async () => {
    const gone = createStaticServer(path.join(site, 'no-such-build'));
    await new Promise<void>((done) => gone.listen(0, '127.0.0.1', done));
    const { port } = gone.address() as AddressInfo;
    try {
      for (const p of ['/', '/guide/', '/404.html', '/_astro/x.js']) {
        const r = await fetch(`http://127.0.0.1:${port}${p}`);
        expect(r.status, p).toBe(404);
        expect(await r.text(), p).toBe('Not found.\n');
      }
      // Still listening after all of that.
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
    } finally {
      await new Promise<void>((done) => gone.close(() => done()));
    }
  });
});

describe('test server for a build under a sub-path', () => {
  it('serves the site under its base, redirects within it, and finds nothing outside it', async () => {
    const sub = createStaticServer(site, '/sub/path/');
    await new Promise<void>((done) => sub.listen(0, '127.0.0.1', done));
    const at = `http://127.0.0.1:${(sub.address() as AddressInfo).port}`;
    try {
      const page = await fetch(`${at}/sub/path/guide/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<h1>Guide</h1>');
      for (const [from, to] of [
        ['/sub/path/guide?x=1', '/sub/path/guide/?x=1'],
        ['/sub/path', '/sub/path/'],
      ]) {
        const r = await fetch(`${at}${from}`, { redirect: 'manual' });
        expect([r.status, r.headers.get('location')], from).toEqual([301, to]);
      }
      for (const outside of ['/guide/', '/', '/sub/guide/', '/sub/path/../guide/'])
        expect((await fetch(`${at}${outside}`)).status, outside).toBe(404);
    } finally {
      await new Promise<void>((done) => sub.close(() => done()));
    }
  });
});
