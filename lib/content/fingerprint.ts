/**
 * Everything a processed document depends on besides its own file, hashed: the pipeline's source
 * and the versions of the packages that compile, check and lay it out. Part of every cache key, so
 * editing the pipeline or upgrading a package invalidates the cache with no version to bump by hand.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './files';

/** The pipeline's own code. lib/model is the client-safe code layout may use (label metrics). */
export const PIPELINE_DIRS = ['lib/content', 'lib/graph', 'lib/model'];
/** Packages whose output ends up in a processed document. */
export const PIPELINE_PACKAGES = ['mdx-bundler', 'esbuild', 'elkjs', 'zod', 'yaml', 'rehype-highlight'];

const isPipelineSource = (name: string) => /\.(ts|tsx|mts|js|mjs)$/.test(name) && !/\.test\.[cm]?[jt]sx?$/.test(name);

/** Source files under `dir` (relative to `root`), sorted; tests and `__fixtures__` left out. */
async function sourceFiles(root: string, dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(root, dir), { withFileTypes: true });
  } catch {
    return []; // lib/model may not exist (yet)
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__fixtures__' && entry.name !== 'node_modules') files.push(...(await sourceFiles(root, relative)));
    } else if (isPipelineSource(entry.name)) {
      files.push(relative);
    }
  }
  return files;
}

async function packageVersion(root: string, name: string): Promise<string> {
  try {
    return (JSON.parse(await readFile(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return 'missing';
  }
}

/** sha256 of the pipeline's source files (path and contents) and the package versions. */
export async function computeFingerprint(root = ROOT): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of PIPELINE_DIRS) {
    for (const file of await sourceFiles(root, dir)) {
      hash.update(`${file}\0`).update(await readFile(path.join(root, file))).update('\0');
    }
  }
  for (const name of PIPELINE_PACKAGES) hash.update(`${name}@${await packageVersion(root, name)}\0`);
  return hash.digest('hex');
}

let fingerprint: Promise<string> | undefined;

/**
 * computeFingerprint(): once per process in a production build; in `next dev`, tests and scripts on
 * every call (a few milliseconds), because a dev server that reloads an edited pipeline module does not
 * reload this one, and a remembered fingerprint would file the new code's results under the old key.
 */
export function pipelineFingerprint(): Promise<string> {
  if (process.env.NODE_ENV !== 'production') return computeFingerprint();
  fingerprint ??= computeFingerprint();
  return fingerprint;
}

/** The cache key of one document: its kind, path and contents, the technology ids, and the pipeline. */
export function documentKey(parts: { fingerprint: string; kind: string; file: string; source: string; techIds: Iterable<string> }): string {
  return createHash('sha256')
    .update(`${parts.fingerprint}\0${parts.kind}\0${parts.file}\0${[...parts.techIds].sort().join(',')}\0`)
    .update(parts.source)
    .digest('hex');
}
