import type { Metadata } from 'next';
import Link from 'next/link';
import { getAllStacks } from '@/lib/content';
import { compareHref } from '@/lib/model/links';

export const metadata: Metadata = {
  title: 'Compare stacks',
  description: 'Any two company stacks side by side, layer by layer, with the technologies they share.',
};

export default async function CompareIndexPage() {
  const stacks = await getAllStacks();
  return (
    <article>
      <h1 className="text-3xl font-bold tracking-tight">Compare two stacks</h1>
      <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
        Pick a pair: the two stacks are lined up row by row by what each layer does (sources, storage, ingestion, stream and
        batch processing, serving, consumers), with the technologies both use marked.
      </p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="compare-index">
        {stacks.map((stack) => (
          <li key={stack.meta.slug} className="rounded-xl border border-slate-200 p-4 dark:border-slate-700">
            <h2 className="font-semibold">{stack.meta.company}</h2>
            <ul className="mt-2 space-y-1 text-sm">
              {stacks
                .filter((other) => other.meta.slug !== stack.meta.slug)
                .map((other) => (
                  <li key={other.meta.slug}>
                    <Link href={compareHref(stack.meta.slug, other.meta.slug)} className="sa-link">
                      {stack.meta.company} vs {other.meta.company}
                    </Link>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </article>
  );
}
