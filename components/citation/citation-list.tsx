import type { Source } from '@/lib/graph/schema';
import { citationLink } from '@/lib/model/citations';
import type { Citation } from '@/lib/model/types';

/**
 * The selected element's citations, with their quotes: the panel's "Cited" section. Nothing when
 * there are none (the panel says "inferred" or nothing instead). Server- and client-safe.
 */
export function CitationList({ citations, sources }: { citations: readonly Citation[]; sources: readonly Source[] }) {
  const links = citations.flatMap((citation) => citationLink(sources, citation) ?? []);
  if (links.length === 0) return null;
  return (
    <section className="mt-4" aria-labelledby="citations-heading" data-testid="citations">
      <h3 id="citations-heading" className="text-sm font-semibold">
        Cited ({links.length})
      </h3>
      <ul className="mt-1 space-y-2 text-sm">
        {links.map((link, index) => (
          <li key={`${link.number}-${index}`}>
            <blockquote className="border-l-2 border-slate-300 pl-2 text-slate-700 dark:border-slate-600 dark:text-slate-300">“{link.quote}”</blockquote>
            <a href={link.href} target="_blank" rel="noopener noreferrer" aria-label={link.label} className="sa-link mt-0.5 inline-block">
              [{link.number}] {link.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
