/** Serves the benchmark export with the project's own static server (`scripts/serve.mjs`) on a free port. */
import { spawn } from 'node:child_process';

export interface StaticServer {
  origin: string;
  stop(): Promise<void>;
}

/**
 * `outDir` is relative to the project root (where serve.mjs resolves it from), e.g. `out-bench`.
 * `gzip`: compress text responses as a CDN would (the Lighthouse part); the other parts measure uncompressed files.
 */
export async function startServer(root: string, outDir: string, options: { gzip?: boolean } = {}): Promise<StaticServer> {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: { ...process.env, OUT_DIR: outDir, PORT: '0', HOST: '127.0.0.1', BASE_PATH: '', GZIP: options.gzip ? '1' : '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let timer: NodeJS.Timeout | undefined;
  const origin = await new Promise<string>((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`static server did not start in 10 s: ${output}`)), 10_000);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = / at (http:\/\/\S+?)\/?$/m.exec(output);
      if (url) resolve(url[1]!);
    });
    child.once('exit', (code) => reject(new Error(`static server exited with ${code}: ${output}`)));
  }).finally(() => clearTimeout(timer));
  return {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
