/**
 * The content cache on disk: each test's caches share a temp directory, and a new DocumentCache
 * stands for a new process (its memory is empty, only the disk is shared).
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentCache } from './cache';
import { computeFingerprint } from './fingerprint';
import { createDocumentLoader, isDocumentResult, processDocument, type DocumentResult } from './load';
import type { ContentFile } from './files';
import { GOOD, edit } from '../graph/__fixtures__/helpers';

let tmp: string;
let dir: string;
let file: ContentFile;
let techIds: ReadonlySet<string>;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'stack-atlas-cache-'));
  dir = path.join(tmp, 'cache');
  file = { slug: 'fixture', file: 'content/stacks/fixture.mdx', absolute: path.join(tmp, 'fixture.mdx') };
  writeFileSync(file.absolute, GOOD);
  techIds = new Set(['kafka', 'hadoop']);
});

afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** A cache and a loader over it, as one process would have them. */
function processWith(cacheDir: string | null = dir) {
  const cache = new DocumentCache<DocumentResult>(cacheDir, isDocumentResult);
  const load = createDocumentLoader(cache, { techIds: async () => techIds, fingerprint: async () => 'pipeline-v1' });
  return { cache, load: () => load('stack', file) };
}

const cacheFiles = () => readdirSync(dir);

describe('the content cache', () => {
  it('misses, writes one file, and a second process hits it with an identical result', async () => {
    const first = processWith();
    const computed = await first.load();
    expect(first.cache.stats).toEqual({ hits: 0, misses: 1 });
    expect(cacheFiles()).toHaveLength(1);
    expect(cacheFiles()[0]).toMatch(/^[0-9a-f]{64}\.json$/);

    const second = processWith();
    const read = await second.load();
    expect(second.cache.stats).toEqual({ hits: 1, misses: 0 });
    // JSON round trip loses nothing (no undefined fields, no Dates, no functions).
    expect(read).toStrictEqual(computed);
    expect(read).toStrictEqual(await processDocument('stack', file, GOOD, techIds));
  });

  it('answers a repeated load in one process from memory', async () => {
    const one = processWith();
    const [a, b] = await Promise.all([one.load(), one.load()]);
    expect(await one.load()).toBe(a);
    expect(b).toBe(a);
    expect(one.cache.stats).toEqual({ hits: 0, misses: 1 });
  });

  it('misses after the file is edited', async () => {
    await processWith().load();
    writeFileSync(file.absolute, edit(GOOD, 'Charts for the business.', 'Charts for the board.'));
    const after = processWith();
    const result = await after.load();
    expect(after.cache.stats).toEqual({ hits: 0, misses: 1 });
    expect(result.ok && result.document.components.dashboard!.text).toContain('the board');
    expect(cacheFiles()).toHaveLength(2);
  });

  it('misses after the technology ids change (they decide whether `tech=` is valid)', async () => {
    expect((await processWith().load()).ok).toBe(true);
    techIds = new Set(['hadoop']);
    const after = processWith();
    const result = await after.load();
    expect(after.cache.stats).toEqual({ hits: 0, misses: 1 });
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual(['unknown technology `kafka`']);
  });

  it('misses after the pipeline changes', async () => {
    await processWith().load();
    const cache = new DocumentCache<DocumentResult>(dir, isDocumentResult);
    await createDocumentLoader(cache, { techIds: async () => techIds, fingerprint: async () => 'pipeline-v2' })('stack', file);
    expect(cache.stats).toEqual({ hits: 0, misses: 1 });
  });

  it('caches results with errors too', async () => {
    writeFileSync(file.absolute, edit(GOOD, 'mode="async"', 'mode="asynk"'));
    const first = await processWith().load();
    const second = processWith();
    expect(await second.load()).toStrictEqual(first);
    expect(second.cache.stats).toEqual({ hits: 1, misses: 0 });
    expect(first.ok).toBe(false);
  });

  it.each<[string, (key: string, entry: string) => string]>([
    ['not JSON (a half-written file)', (_, entry) => entry.slice(0, 40)],
    ['the entry of another key', (_, entry) => entry.replace(/"key":"[0-9a-f]+"/, `"key":"${'f'.repeat(64)}"`)],
    ['a value of the wrong shape', (key) => JSON.stringify({ key, value: { ok: 'yes' } })],
  ])('ignores a corrupt cache file (%s) and rewrites it', async (_, corrupt) => {
    await processWith().load();
    const [name] = cacheFiles();
    const target = path.join(dir, name!);
    const key = name!.replace(/\.json$/, '');
    writeFileSync(target, corrupt(key, readFileSync(target, 'utf8')));

    const after = processWith();
    expect((await after.load()).ok).toBe(true);
    expect(after.cache.stats).toEqual({ hits: 0, misses: 1 });
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ key, value: { ok: true } });
    const again = processWith();
    await again.load();
    expect(again.cache.stats).toEqual({ hits: 1, misses: 0 });
  });

  it('writes atomically: processes racing on one key leave one whole file and no temp files', async () => {
    const racers = Array.from({ length: 4 }, () => processWith());
    const results = await Promise.all(racers.map((racer) => racer.load()));
    for (const result of results) expect(result).toStrictEqual(results[0]);
    expect(cacheFiles()).toHaveLength(1);
    expect(cacheFiles().some((name) => name.endsWith('.tmp'))).toBe(false);
    expect(isDocumentResult(JSON.parse(readFileSync(path.join(dir, cacheFiles()[0]!), 'utf8')).value)).toBe(true);
  });

  it('leaves no temp file when the write fails', async () => {
    // The cache path is a file, so the directory cannot be created: the load still succeeds.
    writeFileSync(dir, 'not a directory');
    const blocked = processWith(path.join(dir, 'content'));
    expect((await blocked.load()).ok).toBe(true);
    expect(readdirSync(tmp).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('with no directory (STACK_ATLAS_CONTENT_CACHE=0) keeps results in memory only', async () => {
    const off = processWith(null);
    await off.load();
    await off.load();
    expect(off.cache.stats).toEqual({ hits: 0, misses: 1 });
    expect(readdirSync(tmp)).toEqual(['fixture.mdx']);
  });
});

describe('the pipeline fingerprint', () => {
  function project(files: Record<string, string>): string {
    const root = mkdtempSync(path.join(tmp, 'project-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    return root;
  }
  const base = {
    'lib/content/load.ts': 'export const a = 1;',
    'lib/graph/validate.ts': 'export const b = 1;',
    'node_modules/mdx-bundler/package.json': '{"version": "10.1.1"}',
  };

  it('changes with the pipeline source and the package versions', async () => {
    const same = await computeFingerprint(project(base));
    expect(await computeFingerprint(project(base))).toBe(same);
    expect(await computeFingerprint(project({ ...base, 'lib/graph/validate.ts': 'export const b = 2;' }))).not.toBe(same);
    expect(await computeFingerprint(project({ ...base, 'lib/graph/new.ts': '' }))).not.toBe(same);
    expect(await computeFingerprint(project({ ...base, 'lib/model/labels.ts': '' }))).not.toBe(same);
    expect(await computeFingerprint(project({ ...base, 'node_modules/mdx-bundler/package.json': '{"version": "10.2.0"}' }))).not.toBe(same);
  });

  it('ignores tests and fixtures', async () => {
    const same = await computeFingerprint(project(base));
    expect(await computeFingerprint(project({ ...base, 'lib/graph/validate.test.ts': 'it()' }))).toBe(same);
    expect(await computeFingerprint(project({ ...base, 'lib/graph/__fixtures__/helpers.ts': 'x' }))).toBe(same);
    expect(await computeFingerprint(project({ ...base, 'lib/graph/__fixtures__/good.mdx': 'x' }))).toBe(same);
  });

  it('of this project covers the real pipeline files', async () => {
    expect(await computeFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });
});
