// A small static server for dist/, used by the end-to-end tests and the benchmark so they never
// clash with a running `npm start` (astro preview allows one server per project). It applies the
// headers in dist/_headers, so tests see the same Content-Security-Policy a real host would send.
// A build for a sub-path (`npm run build:sub`) is served under that path, as a host would:
// `node test/tools/serve.mjs dist-sub 4330 /sub/path/`; anything outside it is not found.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Parses Netlify-style _headers: a path pattern line, then indented "Name: value" lines. */
function parseHeaders(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length) {
      const i = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}
const matches = (pattern, path) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

async function file(path) {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return file(join(path, 'index.html'));
    return path;
  } catch {
    return null;
  }
}

/**
 * The server for a built site in `root`, served under `base` ('/' or '/sub/path/'). Paths are
 * decoded once and resolved inside `root`; a directory asked for without its slash is redirected to
 * a path rebuilt from the resolved file, so a crafted path (`/%2F%2Fevil.com%2F..%2Fguide`) can
 * never become an off-site Location.
 */
export function createStaticServer(siteRoot, base = '/') {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with "/": ${base}`);
  const root = resolve(siteRoot);
  return createServer((req, res) => {
    // A rebuild empties dist/ while the server runs: whatever goes missing or fails, every request
    // gets a plain answer (404 or 503) instead of an unhandled rejection that would stop the server.
    answer(root, base, req, res).catch((error) => {
      if (res.headersSent) res.destroy();
      else
        res
          .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '1' })
          .end(`Service unavailable: ${error.code ?? 'error'} while reading the built site.\n`);
    });
  });
}

async function answer(root, base, req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res
      .writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
      .end('Bad request: malformed % escape in the path.\n');
    return;
  }
  const underBase = pathname.startsWith(base) || pathname === base.slice(0, -1);
  const target = normalize(join(root, pathname.slice(base.length - 1)));
  const inside = underBase && (target === root || target.startsWith(root + sep));
  let found = inside ? await file(target) : null;
  if (found && (await stat(target).catch(() => null))?.isDirectory() && !pathname.endsWith('/')) {
    const segments = relative(root, target).split(sep).filter(Boolean).map(encodeURIComponent);
    res.writeHead(301, { Location: `${base}${segments.map((s) => `${s}/`).join('')}${url.search}` }).end();
    return;
  }
  const status = found ? 200 : 404;
  found ??= join(root, '404.html');
  // Read before any header goes out, so a file removed meanwhile still gets a clean answer.
  const body = await readFile(found).catch(() => null);
  if (!body) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found.\n');
    return;
  }
  const headers = {
    'Content-Type': types[extname(found)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
  };
  // Read for each request: a rebuild rewrites _headers with the new pages' policy.
  for (const rule of parseHeaders(join(root, '_headers')))
    if (matches(rule.pattern, pathname)) Object.assign(headers, rule.headers);
  delete headers['Strict-Transport-Security'];
  res.writeHead(status, headers).end(body);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? 'dist');
  const port = Number(process.argv[3] ?? process.env.PORT ?? 4329);
  const base = process.argv[4] ?? '/';
  createStaticServer(root, base).listen(port, '127.0.0.1', () =>
    console.log(`Serving ${root} at http://localhost:${port}${base}`),
  );
}
