/**
 * A content-hash cache of processed documents: an in-memory map in front of one JSON file per key on
 * disk. Next's build runs several worker processes and `next dev` re-evaluates modules on edits; the
 * disk is what lets them share work, so an unchanged file is compiled once, ever. The key (see
 * ./fingerprint) hashes everything the result depends on, so an entry is never stale: it is either
 * the right one or never read again.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface CacheStats {
  /** Results read from disk. */
  hits: number;
  /** Results computed (and written, when there is a disk cache). */
  misses: number;
}

/** What a cache file holds: the key again, so a truncated or foreign file is never taken for a hit. */
interface Entry<V> {
  key: string;
  value: V;
}

/** What a cache keeps in memory: plain data, so several copies of this module can share one. */
export interface CacheMemory<V> {
  results: Map<string, Promise<V>>;
  stats: CacheStats;
}

export const newCacheMemory = <V>(): CacheMemory<V> => ({ results: new Map(), stats: { hits: 0, misses: 0 } });

export class DocumentCache<V> {
  private readonly memory: Map<string, Promise<V>>;
  readonly stats: CacheStats;

  /**
   * @param dir where the JSON files go; null keeps results in memory only (one process).
   * @param isValue checks a value read from disk, so a file of the wrong shape is recomputed.
   * @param shared the in-memory side, when it is shared with other instances in the process.
   */
  constructor(
    readonly dir: string | null,
    private readonly isValue: (value: unknown) => value is V,
    shared: CacheMemory<V> = newCacheMemory(),
  ) {
    this.memory = shared.results;
    this.stats = shared.stats;
  }

  /** The cached value for `key`, or `compute()`'s, stored for next time. One computation per key per process. */
  get(key: string, compute: () => Promise<V>): Promise<V> {
    let result = this.memory.get(key);
    if (!result) {
      result = this.load(key, compute);
      this.memory.set(key, result);
      // A failure (e.g. an unreadable file) is not cached: the next call tries again.
      result.catch(() => this.memory.delete(key));
    }
    return result;
  }

  private fileOf(key: string): string {
    return path.join(this.dir!, `${key}.json`);
  }

  private async load(key: string, compute: () => Promise<V>): Promise<V> {
    const stored = this.dir ? await this.read(key) : undefined;
    if (stored !== undefined) {
      this.stats.hits++;
      return stored;
    }
    this.stats.misses++;
    const value = await compute();
    if (this.dir) await this.write(key, value);
    return value;
  }

  private async read(key: string): Promise<V | undefined> {
    let text: string;
    try {
      text = await readFile(this.fileOf(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as Partial<Entry<unknown>>;
      // Anything else (a half-written file from a crash, a hand edit) is ignored and rewritten.
      return entry && entry.key === key && this.isValue(entry.value) ? entry.value : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Write to a temp file in the same directory, then rename: a rename within one file system is
   * atomic, so a reader (another build worker) sees the whole file or none. Best effort: a cache that
   * cannot be written only costs time.
   */
  private async write(key: string, value: V): Promise<void> {
    const file = this.fileOf(key);
    const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(this.dir!, { recursive: true });
      await writeFile(temp, JSON.stringify({ key, value } satisfies Entry<V>));
      await rename(temp, file);
    } catch {
      await rm(temp, { force: true }).catch(() => {});
    }
  }
}
