/**
 * Fetches `/search-index.json` once per page load, on the palette's first open (never before), and
 * indexes it. The URL carries the base path: a hand-made fetch does not get it from Next.
 */
import { SEARCH_INDEX_PATH, type SearchIndexFile } from '@/lib/model';
import { createSearchEngine, type SearchEngine } from './search-engine';

export const searchIndexUrl = () => `${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}${SEARCH_INDEX_PATH}`;

let pending: Promise<SearchEngine> | null = null;

export function loadSearchEngine(): Promise<SearchEngine> {
  pending ??= fetch(searchIndexUrl())
    .then((response) => {
      if (!response.ok) throw new Error(`the search index answered ${response.status}`);
      return response.json() as Promise<SearchIndexFile>;
    })
    .then((file) => createSearchEngine(file.documents))
    // A failed load is not remembered: "Try again" fetches afresh.
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}
