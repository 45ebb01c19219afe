import { getStackList, getTechNames } from '@/lib/content';
import { stackHref, techHref } from '@/lib/model/links';
import { StackGrid, type HomeStack, type TechFilter } from '@/components/home/stack-grid';

/** Technologies worth filtering by: the ten most shared (by at least two stacks), most used first. */
function techFilters(stacks: HomeStack[]): TechFilter[] {
  const counts = new Map<string, TechFilter>();
  for (const stack of stacks) for (const tech of stack.techs) counts.set(tech.id, { id: tech.id, name: tech.name, count: (counts.get(tech.id)?.count ?? 0) + 1 });
  return [...counts.values()].filter((f) => f.count >= 2).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, 10);
}

export default async function HomePage() {
  const [list, techNames] = await Promise.all([getStackList(), getTechNames()]);
  const stacks: HomeStack[] = list.map((stack) => ({
    slug: stack.meta.slug,
    company: stack.meta.company,
    title: stack.meta.title,
    summary: stack.meta.summary,
    href: stackHref(stack.meta.slug),
    counts: `${stack.componentCount} components · ${stack.flowCount} flows · ${stack.viewTitles.length} views`,
    techs: stack.techs.map((id) => ({ id, name: techNames.get(id) ?? id, href: techHref(id) })),
  }));
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Stack Atlas</h1>
      <p className="mt-2 max-w-2xl text-slate-700 dark:text-slate-300">
        How real companies’ systems fit together: each stack is a layered, clickable diagram where every component and
        every data flow explains itself, with its sources cited.
      </p>
      <h2 className="mt-10 text-xl font-semibold">Stacks</h2>
      {stacks.length === 0 ? (
        <p className="mt-4 text-slate-700 dark:text-slate-300">
          No stacks yet. Add one as <code>content/stacks/&lt;slug&gt;.mdx</code>.
        </p>
      ) : (
        <StackGrid stacks={stacks} filters={techFilters(stacks)} />
      )}
    </>
  );
}
