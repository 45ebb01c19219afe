import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';

/**
 * Build-only libraries must never reach the browser. Each signature below is a string the library's
 * own code contains (checked against the server bundles, where they do appear).
 */
const SIGNATURES = {
  elkjs: 'org.eclipse.elk',
  'mdx-bundler': 'bundleMDX',
  esbuild: 'esbuild',
  zod: 'ZodError',
};

const outDir = process.env.OUT_DIR ?? 'out';

test('client chunks contain no elkjs, mdx-bundler, esbuild or zod', () => {
  const dir = path.join(outDir, '_next', 'static', 'chunks');
  const files = readdirSync(dir, { recursive: true }).map(String).filter((file) => file.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  const leaks: string[] = [];
  for (const file of files) {
    const code = readFileSync(path.join(dir, file), 'utf8');
    for (const [library, signature] of Object.entries(SIGNATURES)) {
      if (code.includes(signature)) leaks.push(`${library} in ${file}`);
    }
  }
  expect(leaks).toEqual([]);
});
