/** The index's size as the budget counts it: gzip -9 of the JSON text, in bytes (1 kB = 1000 bytes). */
import { gzipSync } from 'node:zlib';

export const SEARCH_INDEX_BUDGET_BYTES = 40_000;

export function gzipBytes(text: string): number {
  return gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;
}
