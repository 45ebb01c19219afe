/**
 * The search index file's records (written by lib/search/ at build time) and the options the
 * palette indexes and queries them with (components/search/). Plain data and pure functions: this
 * folder imports nothing at runtime.
 */
import type { Options, SearchOptions } from 'minisearch';

/** What a result is, in the order groups are listed when their best results rank alike. */
export const SEARCH_KINDS = ['stack', 'view', 'component', 'flow', 'tech', 'concept', 'step'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Group headings in the palette. */
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  stack: 'Stacks',
  view: 'Views',
  component: 'Components',
  flow: 'Flows',
  tech: 'Technologies',
  concept: 'Concepts',
  step: 'Tour steps',
};

/** One thing the palette can find. */
export interface SearchDocument {
  kind: SearchKind;
  /** What the result is called; ranking looks at this first (`Kafka`, `Rider App -> Kafka: trip events`). */
  name: string;
  /** Shown under the name so a result is unambiguous: the company, the view, the tour. */
  context: string;
  /** Searched but not shown: the technology's name, the tour's title, the category. */
  keywords: string;
  /** The deep link (without the base path; Next's router adds it). */
  href: string;
}

/** What the palette fetches: `/search-index.json` (the fetch adds the base path). */
export interface SearchIndexFile {
  documents: SearchDocument[];
}
export const SEARCH_INDEX_PATH = '/search-index.json';

/** A record in the browser's index: its position in the file is its id. */
export type IndexedDocument = SearchDocument & { id: number };

/** Lower case, no accents: `Über` and `uber` are one term. */
export function normalizeTerm(term: string): string {
  return term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Typo tolerance by term length: none for one or two letters (everything would match), one edit
 * up to four letters, two from five (a swapped pair, `kafak` for `kafka`, is two edits).
 */
export function fuzzyDistance(term: string): number | false {
  if (term.length <= 2) return false;
  return term.length <= 4 ? 1 : 2;
}

/** Index options: every text field is searched; results are looked up by id, so nothing is stored. */
export const SEARCH_INDEX_OPTIONS = {
  idField: 'id',
  fields: ['name', 'keywords', 'context'],
  processTerm: (term: string) => normalizeTerm(term),
} satisfies Options<IndexedDocument>;

/** Query options: every word must match (prefix for all, typos by length); the name counts most. */
export const SEARCH_QUERY_OPTIONS = {
  combineWith: 'AND',
  prefix: true,
  fuzzy: (term: string) => fuzzyDistance(term),
  boost: { name: 4, keywords: 2, context: 1 },
} satisfies SearchOptions;
