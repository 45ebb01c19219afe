import type { Source } from '@/lib/graph/schema';
import { ExternalLink } from './external-link';

export function SourceList({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No sources cited.</p>;
  return (
    <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm">
      {sources.map((source) => (
        <li key={source.url}>
          <ExternalLink href={source.url}>{source.title}</ExternalLink>
          {source.date ? <span className="text-slate-600 dark:text-slate-400"> ({source.date})</span> : null}
        </li>
      ))}
    </ol>
  );
}
