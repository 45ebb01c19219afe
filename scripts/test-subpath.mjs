#!/usr/bin/env node
/**
 * `npm run test:subpath`: builds the site under a sub-path (BASE_PATH=/atlas, as on a project site)
 * into out-subpath/, checks its links, and browses it with the sub-path end-to-end spec.
 */
import { spawnSync } from 'node:child_process';

const env = { ...process.env, BASE_PATH: '/atlas', NEXT_DIST_DIR: 'out-subpath', OUT_DIR: 'out-subpath', E2E_PORT: '4174', NEXT_TELEMETRY_DISABLED: '1' };

function step(title, command, args) {
  console.log(`\n[subpath] ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`[subpath] failed: ${title}`);
    process.exit(result.status ?? 1);
  }
}

step('building with BASE_PATH=/atlas into out-subpath/', 'npm', ['run', 'build']);
step('checking links under /atlas', 'node', ['scripts/check-links.mjs']);
step('browsing the sub-path build', 'npx', ['playwright', 'test']);
