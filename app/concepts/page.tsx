import type { Metadata } from 'next';
import Link from 'next/link';
import { getAllConcepts } from '@/lib/content';
import { conceptHref } from '@/lib/model/links';

export const metadata: Metadata = {
  title: 'Concepts',
  description: 'Synchronous, sequential, parallel, concurrent, asynchronous, fire and forget, and the data-pipeline vocabulary the diagrams use.',
};

export default async function ConceptsPage() {
  const concepts = await getAllConcepts();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Concepts</h1>
      <p className="mt-2 max-w-2xl text-slate-700 dark:text-slate-300">
        The ideas behind the arrows: how work is ordered and overlapped, and how data moves between systems. Each page
        links to the flows in the atlas that work that way.
      </p>
      <ol className="mt-8 grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="concept-list">
        {concepts.map((concept) => (
          <li key={concept.meta.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <Link href={conceptHref(concept.meta.id)} className="font-semibold sa-link">
              {concept.meta.title}
            </Link>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{concept.meta.summary}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
