import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getAllConcepts, getAllStacks, getConcept, getTechNames } from '@/lib/content';
import { flowsForConcept } from '@/lib/graph/atlas';
import { toClientModel } from '@/lib/graph/client-model';
import { conceptHref } from '@/lib/model/links';
import { Intro } from '@/components/mdx/intro';
import { StackExplorer } from '@/components/stack/stack-explorer';
import { renderProse } from '@/components/stack/render-prose';

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAllConcepts()).map((concept) => ({ id: concept.meta.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const concept = await getConcept((await params).id);
  return concept ? { title: concept.meta.title, description: concept.meta.summary } : {};
}

export default async function ConceptPage({ params }: Props) {
  const { id } = await params;
  const [concepts, stacks, techNames] = await Promise.all([getAllConcepts(), getAllStacks(), getTechNames()]);
  const concept = concepts.find((candidate) => candidate.meta.id === id);
  if (!concept) notFound();
  const flows = flowsForConcept(stacks, id);
  const related = concept.meta.related.flatMap((rid) => concepts.filter((c) => c.meta.id === rid));
  const firstDiagram = concept.views[0]?.id;
  // All of a concept's diagrams share one explorer, shown where the first one was written.
  const DiagramSlot = ({ id: slotId }: { id: string }) =>
    slotId === firstDiagram ? (
      <div className="not-prose my-6">
        <StackExplorer model={toClientModel(concept, { techNames, allStacks: stacks })} prose={renderProse(concept)} />
      </div>
    ) : null;

  return (
    <article className="max-w-[1600px]">
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">
        <Link href="/concepts/" className="sa-link">
          Concepts
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{concept.meta.title}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">{concept.meta.summary}</p>
      <aside aria-label="Everyday example" className="mt-4 max-w-3xl rounded-lg border-l-4 border-sky-600 bg-sky-50 p-4 dark:border-sky-400 dark:bg-sky-950">
        <p className="text-sm font-semibold">Everyday example</p>
        <p className="mt-1">{concept.meta.example}</p>
      </aside>
      <div className={`sa-prose mt-6 ${firstDiagram ? '' : 'max-w-3xl'}`}>
        <Intro code={concept.code} DiagramSlot={DiagramSlot} />
      </div>
      <section aria-labelledby="flows-heading" className="mt-10 max-w-3xl">
        <h2 id="flows-heading" className="text-xl font-semibold">
          In the atlas
        </h2>
        {flows.length === 0 ? (
          <p className="mt-2 text-slate-700 dark:text-slate-300">No flow in the atlas is labelled with this idea directly.</p>
        ) : (
          <ul className="mt-3 space-y-1" data-testid="concept-flows">
            {flows.map((flow) => (
              <li key={`${flow.slug}/${flow.viewId}/${flow.flowId}`}>
                <Link href={flow.href} className="sa-link">
                  {flow.company}: {flow.from} → {flow.to}
                </Link>
                <span className="text-slate-700 dark:text-slate-300">
                  {' '}
                  ({flow.label}, {flow.viewTitle})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {related.length > 0 ? (
        <section aria-labelledby="related-heading" className="mt-8">
          <h2 id="related-heading" className="text-xl font-semibold">
            Related
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {related.map((c) => (
              <li key={c.meta.id}>
                <Link href={conceptHref(c.meta.id)} className="inline-block rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-sky-600 dark:border-slate-600">
                  {c.meta.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
