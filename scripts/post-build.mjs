#!/usr/bin/env node
/**
 * After `next build` (`npm run build`, and the benchmark's build of its snapshot): finishes every
 * exported page in NEXT_DIST_DIR (default `out/`). First its framework scripts are set to load after
 * its first frame (defer-scripts.mjs), then it gets its Content-Security-Policy, which must see the
 * final inline scripts to hash them (csp.mjs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addPolicy } from './csp.mjs';
import { deferScripts } from './defer-scripts.mjs';
import { htmlFiles } from './lib/html-files.mjs';

const outDir = path.resolve(process.env.NEXT_DIST_DIR ?? 'out');
const files = htmlFiles(outDir);
for (const file of files) {
  const full = path.join(outDir, file);
  writeFileSync(full, addPolicy(deferScripts(readFileSync(full, 'utf8'))));
}
console.log(`post-build: ${files.length} pages in ${path.relative(process.cwd(), outDir) || '.'}/ load their scripts after the first frame, each with a Content-Security-Policy`);
