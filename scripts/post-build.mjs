#!/usr/bin/env node
/**
 * After `next build` (`npm run build`, and the benchmark's build of its snapshot): finishes every
 * exported page in NEXT_DIST_DIR (default `out/`). A page whose inline payload is its route's `.txt`
 * file drops the inline copy (flight-data.mjs); its framework scripts are set to load after its first
 * frame, with that file fetched for them (defer-scripts.mjs); then it gets its Content-Security-Policy,
 * which must see the final inline scripts to hash them (csp.mjs).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addPolicy } from './csp.mjs';
import { DEFERRED_ID, deferScripts, deferredSources } from './defer-scripts.mjs';
import { withoutInlineFlight } from './flight-data.mjs';
import { htmlFiles } from './lib/html-files.mjs';

const outDir = path.resolve(process.env.NEXT_DIST_DIR ?? 'out');
const files = htmlFiles(outDir);
let fetched = 0;
for (const file of files) {
  const full = path.join(outDir, file);
  const html = readFileSync(full, 'utf8');
  const flightFile = full.replace(/\.html$/, '.txt');
  const flightText = existsSync(flightFile) ? readFileSync(flightFile, 'utf8') : null;
  const trimmed = flightText === null ? null : withoutInlineFlight(html, flightText);
  const fetching = trimmed && deferScripts(trimmed, flightUrl(trimmed, file.replace(/\.html$/, '.txt'), flightText));
  // Only with a loader to fetch it does a page give up its inline payload (one without scripts keeps it).
  const deferred = fetching && fetching.includes(`id="${DEFERRED_ID}"`) ? fetching : deferScripts(html);
  if (deferred === fetching) fetched++;
  writeFileSync(full, addPolicy(deferred));
}
console.log(
  `post-build: ${files.length} pages in ${path.relative(process.cwd(), outDir) || '.'}/ load their scripts after the first frame ` +
    `(${fetched} fetch their payload file instead of carrying it inline), each with a Content-Security-Policy`,
);

/**
 * The payload file's URL: under the site's basePath (read from where Next put the page's scripts),
 * with a hash of its text, so a cache never pairs this page with another build's payload.
 */
function flightUrl(html, relativeFile, text) {
  const firstScript = /<script src="([^"]+)" async="">/.exec(html)?.[1] ?? deferredSources(html)[0] ?? '/_next/';
  const basePath = firstScript.slice(0, firstScript.indexOf('/_next/'));
  const version = createHash('sha256').update(text).digest('hex').slice(0, 12);
  return `${basePath}/${relativeFile.replaceAll(path.sep, '/')}?v=${version}`;
}
