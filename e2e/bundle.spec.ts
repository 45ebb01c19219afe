import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { BUILD_ONLY_SIGNATURES, librariesIn } from '../scripts/lib/chunk-signatures';
// @ts-expect-error plain ESM script without types
import { COMPILE_HINT } from '../scripts/compile-hints.mjs';

const outDir = process.env.OUT_DIR ?? 'out';

test('client chunks contain no elkjs, mdx-bundler, esbuild or zod', () => {
  const dir = path.join(outDir, '_next', 'static', 'chunks');
  const files = readdirSync(dir, { recursive: true }).map(String).filter((file) => file.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  const leaks = files.flatMap((file) =>
    librariesIn(readFileSync(path.join(dir, file), 'utf8'), path.basename(file), BUILD_ONLY_SIGNATURES).map((library) => `${library} in ${file}`),
  );
  expect(leaks).toEqual([]);
});

test('the build-only signatures are real: each is found in the server build', () => {
  // A signature that matches nothing would let a leak through unnoticed.
  const dir = path.join('.next', 'server');
  test.skip(!existsSync(dir), 'no server build here');
  const code = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(path.join(dir, file), 'utf8'))
    .join('\n');
  for (const signature of BUILD_ONLY_SIGNATURES) expect(signature.pattern.test(code), signature.library).toBe(true);
});

test('every script of the export carries V8’s compile hint on its first line (post-build)', () => {
  // Without it, hydration compiles each function on the main thread the first time it runs, in one
  // long task (scripts/compile-hints.mjs has the figures).
  const dir = path.join(outDir, '_next', 'static');
  const files = readdirSync(dir, { recursive: true }).map(String).filter((file) => file.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  const unhinted = files.filter((file) => !readFileSync(path.join(dir, file), 'utf8').startsWith(COMPILE_HINT));
  expect(unhinted).toEqual([]);
});
