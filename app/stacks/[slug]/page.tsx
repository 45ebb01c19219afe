import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getAllStacks, getStack, getTechNames } from '@/lib/content';
import { toClientModel } from '@/lib/graph/client-model';
import { StackExplorer } from '@/components/stack/stack-explorer';
import { renderProse } from '@/components/stack/render-prose';
import { Intro } from '@/components/mdx/intro';
import { SourceList } from '@/components/ui/source-list';
import { coverage, coverageSentence } from '@/lib/model/coverage';
import { CompareWith } from '@/components/compare/compare-with';

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAllStacks()).map((stack) => ({ slug: stack.meta.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const stack = await getStack((await params).slug);
  return stack ? { title: stack.meta.title, description: stack.meta.summary } : {};
}

export default async function StackPage({ params }: Props) {
  const { slug } = await params;
  const [allStacks, techNames] = await Promise.all([getAllStacks(), getTechNames()]);
  const stack = allStacks.find((candidate) => candidate.meta.slug === slug);
  if (!stack) notFound();
  const model = toClientModel({ ...stack, sources: stack.meta.sources }, { techNames, allStacks, slug });
  return (
    <article>
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">{stack.meta.company}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{stack.meta.title}</h1>
      {/* The diagram is the page's subject: a one-line lead, and the full introduction folded away. */}
      <p className="mt-2 max-w-3xl text-lg text-slate-700 dark:text-slate-300" data-testid="stack-summary">
        {stack.meta.summary}
      </p>
      <details className="sa-intro mt-2 max-w-3xl" data-testid="stack-intro">
        <summary className="cursor-pointer text-sm font-medium text-sky-800 hover:underline dark:text-sky-300">About this stack</summary>
        <div className="sa-prose mt-2">
          <Intro code={stack.code} />
        </div>
      </details>
      <div className="mt-4">
        <StackExplorer model={model} prose={renderProse(stack, stack.meta.sources)} exportAs={{ slug, title: stack.meta.title }} />
      </div>
      {/* Named apart from the panel's own "Sources" region: two landmarks of one kind need distinct names. */}
      <section aria-label={`Sources of ${stack.meta.title}`} className="mt-10">
        <h2 id="sources-heading" className="text-xl font-semibold">
          Sources
        </h2>
        {/* How much of the diagram rests on these: flows count once per view they are declared in (lib/model/coverage). */}
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="coverage">
          {coverageSentence(coverage(stack))}.
        </p>
        <SourceList sources={stack.meta.sources} />
      </section>
      <CompareWith
        slug={slug}
        company={stack.meta.company}
        others={allStacks.filter((other) => other.meta.slug !== slug).map((other) => ({ slug: other.meta.slug, company: other.meta.company }))}
      />
    </article>
  );
}
