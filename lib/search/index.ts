/**
 * The search index file: every record the palette can find (./documents), extracted, labelled and
 * linked at build time, as the JSON the palette fetches on first open (`/search-index.json`, written
 * into the static export by app/search-index.json/route.ts).
 *
 * Library: MiniSearch. Measured here (esbuild --minify, gzip -9, December 2026):
 * - MiniSearch 7.2: 6.1 kB gzip. Prefix and fuzzy (edit-distance) matching per term, per-field
 *   boosts, AND/OR, custom term processing; plain numeric scores we can re-rank on.
 * - Fuse.js 7.5: 9.7 kB gzip. Fuzzy (Bitap) only, scanning every record per keystroke; no prefix
 *   or exact-term notion to rank on.
 * - FlexSearch 0.8 (Document): 17.3 kB gzip. Fast, but typo tolerance comes from phonetic encoders,
 *   not edit distance (a swapped pair, `kafak`, needs a custom encoder).
 * - Orama 3.1: 22.4 kB gzip. Typo tolerance and boosts, but the largest and built for much bigger
 *   indexes (vectors, facets) than a few thousand short names.
 * The smallest library with real prefix + typo matching wins; ranking on top of its scores (exact
 * name, then prefix, then the rest) is ours, in lib/model/search-rank.ts.
 *
 * Why the file holds the records and not MiniSearch's serialised index (`toJSON`/`loadJSON`):
 * for ten stacks' worth (lib/search/estimate.ts) the serialised index was ~37 kB gzip, the records
 * alone ~16 kB, and indexing the records in the browser took about as long as `loadJSON` takes to
 * rebuild its tree from the serialised form (~8 ms each in Node for ~700 records). The serialised
 * index would more than double the download for no saving at open, and sit just under the 40 kB budget.
 */
import { type SearchDocument, type SearchIndexFile } from '../model/search';
import { searchDocuments, type SearchSources } from './documents';

export type { SearchSources } from './documents';

/** The file's JSON text. */
export function searchIndexJson(documents: SearchDocument[]): string {
  const file: SearchIndexFile = { documents };
  return JSON.stringify(file);
}

/** The atlas's index file, from its stacks, technologies and concepts. */
export function buildSearchIndex(sources: SearchSources): string {
  return searchIndexJson(searchDocuments(sources));
}
