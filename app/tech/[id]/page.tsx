import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getAllStacks, getTechnologies, getTechnology } from '@/lib/content';
import { techStackCounts, techUsages } from '@/lib/graph/atlas';
import { pairsUsing } from '@/lib/graph/compare';
import { compareHref } from '@/lib/model/links';
import { ExternalLink } from '@/components/ui/external-link';

export const dynamicParams = false;

export async function generateStaticParams() {
  const [technologies, stacks] = await Promise.all([getTechnologies(), getAllStacks()]);
  const counts = techStackCounts(stacks);
  return technologies.filter((tech) => counts.has(tech.id)).map((tech) => ({ id: tech.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tech = await getTechnology((await params).id);
  return tech ? { title: tech.name, description: `${tech.name}: ${tech.description} Where it appears across company stacks.` } : {};
}

export default async function TechPage({ params }: Props) {
  const { id } = await params;
  const [tech, stacks] = await Promise.all([getTechnology(id), getAllStacks()]);
  if (!tech) notFound();
  const usages = techUsages(stacks, id);
  const pairs = pairsUsing(stacks, id);
  return (
    <article>
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">
        <Link href="/tech/" className="sa-link">
          Technologies
        </Link>{' '}
        · {tech.category}
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{tech.name}</h1>
      <p className="mt-3 max-w-2xl text-slate-700 dark:text-slate-300">{tech.description}</p>
      <p className="mt-2 text-sm">
        <ExternalLink href={tech.homepage}>Project home page</ExternalLink>
      </p>
      <h2 className="mt-10 text-xl font-semibold">Where it is used</h2>
      <ul className="mt-4 space-y-4" data-testid="tech-usages">
        {usages.map((usage) => (
            <li key={`${usage.slug}/${usage.componentId}`} className="rounded-xl border border-slate-200 p-5 dark:border-slate-700">
              <h3 className="text-lg font-semibold">
                {usage.company}: {usage.label}
              </h3>
              <p className="text-sm text-slate-600 dark:text-slate-400">{usage.stackTitle}</p>
              <p className="mt-2 text-slate-800 dark:text-slate-200">{usage.role}</p>
              <ul className="mt-3 space-y-2 text-sm">
                {usage.views.map((view) => (
                  <li key={view.id}>
                    <Link href={view.href} className="sa-link font-medium">
                      Open in {view.title}
                    </Link>
                    <span className="text-slate-700 dark:text-slate-300">
                      {' '}
                      (layer: {view.layer}
                      {view.neighbours.length > 0 ? `; connects to ${view.neighbours.map((n) => n.label).join(', ')}` : ''})
                    </span>
                  </li>
                ))}
              </ul>
            </li>
        ))}
      </ul>
      {pairs.length > 0 ? (
        <nav aria-labelledby="compare-heading" className="mt-10">
          <h2 id="compare-heading" className="text-xl font-semibold">
            Compare stacks that use {tech.name}
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2" data-testid="tech-compare">
            {pairs.map(({ a, b }) => (
              <li key={`${a.meta.slug}/${b.meta.slug}`}>
                <Link href={compareHref(a.meta.slug, b.meta.slug)} className="sa-button inline-block">
                  {a.meta.company} vs {b.meta.company}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </article>
  );
}
