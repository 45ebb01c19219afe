/**
 * `next build` of the workspace snapshot, timed, then the same post-build step as `npm run build`
 * (scripts/post-build.mjs: scripts after the first frame, the policy), so the benchmark measures the
 * pages the site ships. The log is kept so a failure can be explained.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import path from 'node:path';

export interface BuildResult {
  ok: boolean;
  ms: number;
  /** Next's own figures, when it printed them: "Compiled successfully in 13.6s", static pages "in 3.6s". */
  compileMs: number | null;
  staticPagesMs: number | null;
  log: string;
}

const seconds = (log: string, pattern: RegExp): number | null => {
  const match = pattern.exec(log);
  if (!match) return null;
  return Number(match[1]) * (match[2] === 'ms' ? 1 : 1000);
};

/** Runs `node <args>` in the snapshot; resolves with its exit code and output. */
function run(projectDir: string, env: Record<string, string>, args: string[]): Promise<{ code: number | null; log: string }> {
  const child = spawn(process.execPath, args, {
    cwd: projectDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, log })));
}

export async function nextBuild(projectDir: string, env: Record<string, string>): Promise<BuildResult> {
  const started = performance.now();
  const build = await run(projectDir, env, [path.join(projectDir, 'node_modules/next/dist/bin/next'), 'build']);
  const finish = build.code === 0 ? await run(projectDir, env, [path.join(projectDir, 'scripts/post-build.mjs')]) : { code: null, log: '' };
  const plain = (build.log + finish.log).replace(/\u001b\[[0-9;]*m/g, '');
  return {
    ok: build.code === 0 && finish.code === 0,
    ms: performance.now() - started,
    compileMs: seconds(plain, /Compiled successfully in ([\d.]+)(ms|s)/),
    staticPagesMs: seconds(plain, /Generating static pages[^\n]*\) in ([\d.]+)(ms|s)/),
    log: plain,
  };
}
