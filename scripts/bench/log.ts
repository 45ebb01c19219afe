/** Progress lines on stderr (the table goes to stdout), each with the time since the run started. */
import os from 'node:os';
import { performance } from 'node:perf_hooks';

const started = performance.now();
let maxLoad = os.loadavg()[0]!;

export function step(message: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  maxLoad = Math.max(maxLoad, os.loadavg()[0]!);
  process.stderr.write(`[bench ${seconds}s] ${message}\n`);
}

/** The highest 1-minute load average seen at any step: other work on the machine skews timings. */
export function maxLoadAverage(): number {
  return maxLoad;
}

export function elapsedSeconds(): number {
  return (performance.now() - started) / 1000;
}
