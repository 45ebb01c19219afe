/**
 * The palette's search: the fetched records in a MiniSearch index, queried and ranked. No React
 * and no DOM, so it is tested in Node against the real index file's records.
 */
import MiniSearch from 'minisearch';
import {
  groupHits,
  rankHits,
  SEARCH_INDEX_OPTIONS,
  SEARCH_QUERY_OPTIONS,
  type IndexedDocument,
  type SearchDocument,
  type SearchGroup,
} from '@/lib/model';

export interface SearchEngine {
  /** Grouped, ranked results; none for a blank query. */
  query(text: string, perGroup?: number): SearchGroup[];
}

/** Indexes the records (a few milliseconds for ten stacks' worth). */
export function createSearchEngine(documents: readonly SearchDocument[]): SearchEngine {
  const records: IndexedDocument[] = documents.map((doc, id) => ({ ...doc, id }));
  const index = new MiniSearch<IndexedDocument>(SEARCH_INDEX_OPTIONS);
  index.addAll(records);
  return {
    query(text, perGroup) {
      if (!text.trim()) return [];
      const hits = index.search(text, SEARCH_QUERY_OPTIONS).map((result) => ({ ...records[result.id as number]!, score: result.score }));
      return groupHits(rankHits(hits, text), perGroup);
    },
  };
}
