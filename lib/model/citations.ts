/**
 * What a citation links to: the source's number (its 1-based place in the stack's `sources`, the
 * number readers see), its title, the accessible name, and the post opened at the quoted words.
 */
import type { Citation } from '../graph/schema';
import { textFragmentUrl } from './text-fragment';

interface SourceRef {
  id: string;
  title: string;
  url: string;
}

export interface CitationLink {
  number: number;
  title: string;
  /** "Source 2: Kafka Inside Keystone Pipeline" */
  label: string;
  href: string;
  quote: string;
}

/** Undefined for a source the stack does not list (validation makes that an error, so only in hand-built data). */
export function citationLink(sources: readonly SourceRef[], citation: Citation): CitationLink | undefined {
  const index = sources.findIndex((source) => source.id === citation.source);
  if (index < 0) return undefined;
  const source = sources[index]!;
  const number = index + 1;
  return { number, title: source.title, label: `Source ${number}: ${source.title}`, href: textFragmentUrl(source.url, citation.quote), quote: citation.quote };
}
