#!/usr/bin/env node
/**
 * Serves the static export in `out/` (what any static host would do): `npm start`.
 * PORT (default 3000; 0 picks a free one), HOST (default 127.0.0.1), BASE_PATH (default none) and OUT_DIR are read from the environment.
 * GZIP=1 compresses text responses for clients that accept gzip, as a CDN does (the benchmark's Lighthouse part uses it);
 * off by default, so the end-to-end tests and the benchmark's byte counts see the files as they are.
 */
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { basePathFromEnv } from './lib/base-path.mjs';

const root = path.resolve(process.env.OUT_DIR ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const basePath = basePathFromEnv();
const gzip = process.env.GZIP === '1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};

function fileFor(urlPath) {
  let relative = decodeURIComponent(urlPath);
  if (basePath) {
    if (relative !== basePath && !relative.startsWith(`${basePath}/`)) return null;
    relative = relative.slice(basePath.length) || '/';
  }
  const candidate = path.join(root, path.normalize(relative));
  if (!candidate.startsWith(root)) return null;
  for (const file of [candidate, path.join(candidate, 'index.html'), `${candidate}.html`]) {
    try {
      if (statSync(file).isFile()) return file;
    } catch {}
  }
  return null;
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  // Like static hosts: /stacks/uber -> /stacks/uber/ (trailingSlash export).
  if (!path.extname(pathname) && !pathname.endsWith('/') && fileFor(`${pathname}/`)) {
    response.writeHead(308, { location: `${pathname}/` }).end();
    return;
  }
  const file = fileFor(pathname);
  const status = file ? 200 : 404;
  const served = file ?? path.join(root, '404.html');
  // On stderr so a test run's output names any missing file a page asked for.
  if (!file) console.error(`404 ${request.method} ${request.url}`);
  const type = TYPES[path.extname(served)] ?? 'application/octet-stream';
  // Images and fonts are compressed already; everything textual is gzipped like a CDN would.
  const compress = gzip && /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(status, { 'content-type': type, ...(compress ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}) });
  const body = createReadStream(served);
  (compress ? body.pipe(createGzip()) : body).pipe(response);
});
server.listen(port, host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${host}:${server.address().port}${basePath}/`);
});
