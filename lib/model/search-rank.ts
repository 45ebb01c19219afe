/**
 * Ranking and grouping of search hits, after the index has found them. MiniSearch's scores mix
 * field boosts, term frequency and fuzzy penalties; a reader expects something simpler on top:
 * a name that *is* the query first, then names that start with it, then the rest (typos, matches
 * in the context only). Pure, so it is tested without an index.
 */
import { fuzzyDistance, normalizeTerm, SEARCH_KINDS, SEARCH_KIND_LABELS, type SearchDocument, type SearchKind } from './search';

/** A found record and the index's score for it. */
export type SearchHit = SearchDocument & { score: number };

/**
 * 0: the name is the query; 1: the name, or a word of it, starts with the query; 2: the name is
 * the query but for a typo or two (`Kafka` for `kafak`); 3: anything else the index found
 * (typos inside longer names, matches in the context or keywords only).
 */
export type MatchTier = 0 | 1 | 2 | 3;

/** Words of a text, normalised: `Rider App -> Kafka` is `rider app kafka`. */
const words = (text: string) => normalizeTerm(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export function matchTier(name: string, query: string): MatchTier {
  const q = words(query).join(' ');
  if (!q) return 3;
  const nameWords = words(name);
  const whole = nameWords.join(' ');
  if (whole === q) return 0;
  if (whole.startsWith(q)) return 1;
  // `kafka` in `Apache Kafka`, `trip ev` in `Rider App -> Kafka: trip events`.
  for (let i = 1; i < nameWords.length; i++) if (nameWords.slice(i).join(' ').startsWith(q)) return 1;
  const typos = fuzzyDistance(q);
  return typos !== false && editDistance(whole, q, typos) <= typos ? 2 : 3;
}

/** Levenshtein distance, or `max + 1` as soon as it must exceed `max` (names are short). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

export type RankedHit = SearchHit & { tier: MatchTier };

/** Tier first, then the index's score, then the shorter name (ties are common between stacks). */
export function rankHits(hits: readonly SearchHit[], query: string): RankedHit[] {
  return hits
    .map((hit) => ({ ...hit, tier: matchTier(hit.name, query) }))
    .sort((a, b) => a.tier - b.tier || b.score - a.score || a.name.length - b.name.length || a.name.localeCompare(b.name));
}

export interface SearchGroup {
  kind: SearchKind;
  label: string;
  hits: RankedHit[];
}

/**
 * Hits by kind, at most `perGroup` each. Groups are ordered by their best hit, so typing a
 * technology's name lists technologies and components before tour steps that mention it.
 */
export function groupHits(ranked: readonly RankedHit[], perGroup = 5): SearchGroup[] {
  const groups = new Map<SearchKind, SearchGroup>();
  for (const hit of ranked) {
    let group = groups.get(hit.kind);
    if (!group) groups.set(hit.kind, (group = { kind: hit.kind, label: SEARCH_KIND_LABELS[hit.kind], hits: [] }));
    if (group.hits.length < perGroup) group.hits.push(hit);
  }
  const best = (group: SearchGroup) => group.hits[0]!;
  return [...groups.values()].sort(
    (a, b) => best(a).tier - best(b).tier || best(b).score - best(a).score || SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind),
  );
}
