#!/usr/bin/env node
/**
 * After `next build` (`npm run build`, and the benchmark's build of its snapshot): finishes every
 * exported page in NEXT_DIST_DIR (default `out/`). A page whose inline payload is its route's `.txt`
 * file drops the inline copy (flight-data.mjs); its framework scripts are set to load after its first
 * frame, with a hash-named copy of that file fetched for them (defer-scripts.mjs); then it gets its
 * Content-Security-Policy, which must see the final inline scripts to hash them (csp.mjs). Every script
 * under `_next/static/` gets V8's compile hint (compile-hints.mjs). Exits 1 if any page is left unable
 * to hydrate.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hintScripts } from './compile-hints.mjs';
import { addPolicy } from './csp.mjs';
import { DEFERRED_ID, deferScripts, deferredSources, fetchedFlight } from './defer-scripts.mjs';
import { canHydrate, withoutInlineFlight } from './flight-data.mjs';
import { basePathFromEnv } from './lib/base-path.mjs';
import { htmlFiles } from './lib/html-files.mjs';

const outDir = path.resolve(process.env.NEXT_DIST_DIR ?? 'out');
const basePath = basePathFromEnv();
const files = htmlFiles(outDir);
const finished = files.map((file) => {
  const full = path.join(outDir, file);
  const html = readFileSync(full, 'utf8');
  // Finished by an earlier run: its loader and policy are already right for it.
  if (html.includes(`id="${DEFERRED_ID}"`)) return { file, html };
  const done = addPolicy(finish(file, html));
  writeFileSync(full, done);
  return { file, html: done };
});
// Checked on every page as it now is, whichever run finished it.
const broken = finished.filter(({ html }) => !canHydrate(html, (url) => existsSync(path.join(outDir, url.slice(basePath.length))))).map(({ file }) => file);
const fetched = finished.filter(({ html }) => fetchedFlight(html) !== null).length;
if (broken.length > 0) {
  console.error(`post-build: ${broken.length} pages would never hydrate (no inline payload and no payload file to fetch): ${broken.slice(0, 5).join(', ')}`);
  process.exit(1);
}
const hinted = hintScripts(path.join(outDir, '_next', 'static'));
console.log(
  `post-build: ${files.length} pages in ${path.relative(process.cwd(), outDir) || '.'}/ load their scripts after the first frame ` +
    `(${fetched} fetch their payload file instead of carrying it inline), each with a Content-Security-Policy; ` +
    `${hinted} scripts given V8's compile-everything-now hint`,
);

/**
 * The page with its scripts deferred, and its inline payload swapped for a fetch of a copy of its
 * `.txt` named by the text's hash (`index.<hash>.txt`): a page from an older build, still in some
 * cache, then finds no payload (404, and stays static) rather than another build's. The plain `.txt`
 * stays for client navigation. Pages whose payload differs from the file, or whose scripts are not
 * under `basePath/_next/`, keep the inline copy.
 */
function finish(file, html) {
  const flightFile = path.join(outDir, file.replace(/\.html$/, '.txt'));
  const text = existsSync(flightFile) ? readFileSync(flightFile, 'utf8') : null;
  const trimmed = text === null ? null : withoutInlineFlight(html, text);
  if (!trimmed) return deferScripts(html);
  const version = createHash('sha256').update(text).digest('hex').slice(0, 12);
  const copy = file.replace(/\.html$/, `.${version}.txt`);
  const fetching = deferScripts(trimmed, `${basePath}/${copy}`);
  // Only with a loader to fetch it, and scripts where this basePath puts them, does a page give up its inline payload.
  if (!deferredSources(fetching)[0]?.startsWith(`${basePath}/_next/`)) return deferScripts(html);
  writeFileSync(path.join(outDir, copy), text);
  return fetching;
}
