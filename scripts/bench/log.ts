/** Progress lines on stderr (the table goes to stdout), each with the time since the run started. */
import { performance } from 'node:perf_hooks';

const started = performance.now();

export function step(message: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${seconds}s] ${message}\n`);
}

export function elapsedSeconds(): number {
  return (performance.now() - started) / 1000;
}
