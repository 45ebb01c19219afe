/** `next build` of the workspace snapshot, timed; the log is kept so a failure can be explained. */
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

export function nextBuild(projectDir: string, env: Record<string, string>): Promise<BuildResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(projectDir, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: projectDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return new Promise((resolve) => {
    child.once('exit', (code) => {
      const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
      resolve({
        ok: code === 0,
        ms: performance.now() - started,
        compileMs: seconds(plain, /Compiled successfully in ([\d.]+)(ms|s)/),
        staticPagesMs: seconds(plain, /Generating static pages[^\n]*\) in ([\d.]+)(ms|s)/),
        log: plain,
      });
    });
  });
}
