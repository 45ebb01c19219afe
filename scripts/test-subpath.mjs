#!/usr/bin/env node
/**
 * `npm run test:subpath`: builds the site under a sub-path (BASE_PATH=/atlas, as on a project site)
 * into out-subpath/, checks its links, and browses it with the sub-path end-to-end specs.
 *
 * This build also has one generated stack over the large-view threshold (scripts/large-stack-content.ts):
 * no real stack reaches the large-view canvas, and this second build is made anyway, so its spec
 * (e2e/large-view.spec.ts) runs here rather than in a third build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const scratch = mkdtempSync(path.join(tmpdir(), 'stack-atlas-subpath-'));
const contentDir = path.join(scratch, 'content');
const env = {
  ...process.env,
  BASE_PATH: '/atlas',
  NEXT_DIST_DIR: 'out-subpath',
  OUT_DIR: 'out-subpath',
  E2E_PORT: '4174',
  NEXT_TELEMETRY_DISABLED: '1',
  STACK_ATLAS_CONTENT_DIR: contentDir,
};
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

function step(title, command, args) {
  console.log(`\n[subpath] ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`[subpath] failed: ${title}`);
    process.exit(result.status ?? 1);
  }
}

step('adding a generated large stack to a copy of content/', 'npx', ['tsx', 'scripts/large-stack-content.ts', contentDir]);
step('building with BASE_PATH=/atlas into out-subpath/', 'npm', ['run', 'build']);
step('checking links under /atlas', 'node', ['scripts/check-links.mjs']);
step('browsing the sub-path build', 'npx', ['playwright', 'test']);
