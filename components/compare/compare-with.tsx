import Link from 'next/link';
import { compareHref } from '@/lib/model/links';

/** "Compare with ...": links from one stack to its compare page with each other stack. */
export function CompareWith({ slug, company, others }: { slug: string; company: string; others: { slug: string; company: string }[] }) {
  if (others.length === 0) return null;
  return (
    <nav aria-label={`Compare ${company} with`} className="mt-10">
      <h2 className="text-xl font-semibold">Compare with...</h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{company}&apos;s stack beside another company&apos;s, layer by layer.</p>
      <ul className="mt-3 flex flex-wrap gap-2" data-testid="compare-with">
        {others.map((other) => (
          <li key={other.slug}>
            <Link href={compareHref(slug, other.slug)} prefetch={false} className="sa-button inline-block">
              {company} vs {other.company}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
