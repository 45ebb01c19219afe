import type { CitationLink } from '@/lib/model/citations';

/**
 * A citation in prose: a numbered superscript link that opens the post at the quoted words. Its
 * accessible name is "Source 2: <title>" (the visible text is only the number). Server- and client-safe.
 */
export function CiteLink({ link }: { link: CitationLink }) {
  return (
    <sup className="sa-cite">
      <a href={link.href} target="_blank" rel="noopener noreferrer" aria-label={link.label} data-cite={link.number} className="sa-link">
        [{link.number}]
      </a>
    </sup>
  );
}
