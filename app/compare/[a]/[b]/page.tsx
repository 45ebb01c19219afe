import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getAllStacks, getTechNames } from '@/lib/content';
import { comparePairs, compareStacks } from '@/lib/graph/compare';
import { compareHref } from '@/lib/model/links';
import { CompareTable } from '@/components/compare/compare-table';

export const dynamicParams = false;

export async function generateStaticParams() {
  return comparePairs((await getAllStacks()).map((stack) => stack.meta.slug));
}

type Props = { params: Promise<{ a: string; b: string }> };

async function pair(params: Props['params']) {
  const { a, b } = await params;
  const stacks = await getAllStacks();
  const left = stacks.find((stack) => stack.meta.slug === a);
  const right = stacks.find((stack) => stack.meta.slug === b);
  return left && right && a !== b ? { left, right } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await pair(params);
  if (!found) return {};
  const { left, right } = found;
  return {
    title: `${left.meta.company} vs ${right.meta.company}`,
    description: `${left.meta.title} and ${right.meta.title} side by side, layer by layer, with the technologies they share.`,
  };
}

export default async function ComparePage({ params }: Props) {
  const found = await pair(params);
  if (!found) notFound();
  const { left, right } = found;
  const comparison = compareStacks(left, right, await getTechNames());
  return (
    <article>
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">
        <Link href="/compare/" className="sa-link">
          Compare
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">
        {left.meta.company} vs {right.meta.company}
      </h1>
      <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
        Each row lines up the layers of both stacks that do the same job, from where data is created to where it is used.
        A component appears once, in the row of the first layer that shows it, across all of its stack&apos;s views.
        Technologies both companies run are marked <q>in both</q>. Open any component to see it in its diagram.
      </p>
      <p className="mt-2 text-sm">
        <Link href={compareHref(right.meta.slug, left.meta.slug)} className="sa-link">
          Swap sides ({right.meta.company} first)
        </Link>
      </p>
      <CompareTable comparison={comparison} />
    </article>
  );
}
