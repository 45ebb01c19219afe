/**
 * The search palette's index file for ten stacks' worth of content: the real stacks' records
 * scaled up (lib/search/estimate.ts), serialised as the build writes it, gzip -9. No browser needed.
 */
import { loadAllConcepts, loadAllStacks } from '../../lib/content/load';
import { loadTechnologies } from '../../lib/content/technologies';
import { searchDocuments } from '../../lib/search/documents';
import { scaleDocuments } from '../../lib/search/estimate';
import { searchIndexJson } from '../../lib/search';
import { gzipBytes } from '../../lib/search/size';
import type { SearchDocument } from '../../lib/model/search';

export interface SearchIndexSize {
  /** Stacks the estimate stands for, and how many real ones it was scaled from. */
  stacks: number;
  realStacks: number;
  records: number;
  bytes: number;
  gzipBytes: number;
}

/** The size of the index file for `stacks` stacks, from the given records (pure, unit-tested). */
export function searchIndexSize(documents: readonly SearchDocument[], stacks: number): SearchIndexSize {
  const scaled = scaleDocuments(documents, stacks);
  const json = searchIndexJson(scaled);
  return {
    stacks,
    realStacks: documents.filter((doc) => doc.kind === 'stack').length,
    records: scaled.length,
    bytes: Buffer.byteLength(json),
    gzipBytes: gzipBytes(json),
  };
}

/** The same, from the project's content. */
export async function measureSearchIndex(stacks = 10): Promise<SearchIndexSize> {
  const [all, technologies, concepts] = await Promise.all([loadAllStacks(), loadTechnologies(), loadAllConcepts()]);
  return searchIndexSize(searchDocuments({ stacks: all, technologies, concepts }), stacks);
}
