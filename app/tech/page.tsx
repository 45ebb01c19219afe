import type { Metadata } from 'next';
import Link from 'next/link';
import { getAllStacks, getTechnologies } from '@/lib/content';
import { techStackCounts } from '@/lib/graph/atlas';

export const metadata: Metadata = {
  title: 'Technologies',
  description: 'Every technology that appears in the atlas, and the company stacks that use it.',
};

/** A category's heading id: `Search & logs` -> `cat-search-logs` (an id has no spaces). */
const categoryId = (category: string) => `cat-${category.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

export default async function TechIndexPage() {
  const [technologies, stacks] = await Promise.all([getTechnologies(), getAllStacks()]);
  const counts = techStackCounts(stacks);
  const used = technologies.filter((tech) => counts.has(tech.id)).sort((a, b) => a.name.localeCompare(b.name));
  const categories = [...new Set(used.map((tech) => tech.category))].sort();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Technologies</h1>
      <p className="mt-2 max-w-2xl text-slate-700 dark:text-slate-300">
        The building blocks that show up across company stacks. Open one to see where it sits in each stack and what it
        connects to.
      </p>
      {categories.map((category) => (
        <section key={category} className="mt-8" aria-labelledby={categoryId(category)}>
          <h2 id={categoryId(category)} className="text-lg font-semibold">
            {category}
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {used
              .filter((tech) => tech.category === category)
              .map((tech) => (
                <li key={tech.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
                  <Link href={`/tech/${tech.id}/`} className="font-semibold sa-link">
                    {tech.name}
                  </Link>
                  <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{tech.description}</p>
                  <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                    In {counts.get(tech.id)} stack{counts.get(tech.id) === 1 ? '' : 's'}
                  </p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
