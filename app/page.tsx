import Link from 'next/link';
import { getStackList, getTechNames } from '@/lib/content';
import { stackHref, techHref } from '@/lib/model/links';

export default async function HomePage() {
  const [stacks, techNames] = await Promise.all([getStackList(), getTechNames()]);
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
        <ul className="mt-4 grid gap-4 md:grid-cols-2 xl:grid-cols-3" data-testid="stack-list">
          {stacks.map((stack) => (
            <li key={stack.meta.slug} className="relative rounded-xl border border-slate-200 p-5 hover:border-sky-600 dark:border-slate-700 dark:hover:border-sky-400">
              <p className="text-sm font-medium text-slate-600 dark:text-slate-400">{stack.meta.company}</p>
              <h3 className="mt-1 text-lg font-semibold">
                <Link href={stackHref(stack.meta.slug)} className="after:absolute after:inset-0">
                  {stack.meta.title}
                </Link>
              </h3>
              <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{stack.meta.summary}</p>
              <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
                {stack.componentCount} components · {stack.flowCount} flows · {stack.viewTitles.length} views
              </p>
              {stack.techs.length > 0 ? (
                <>
                  {/* Said before the list rather than as its aria-label, which a list should not carry. */}
                  <p className="sr-only">Technologies in {stack.meta.company}&apos;s stack:</p>
                  <ul className="relative z-10 mt-3 flex flex-wrap gap-1.5">
                    {stack.techs.map((tech) => (
                      <li key={tech}>
                        <Link
                          href={techHref(tech)}
                          className="inline-block rounded-full border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:border-sky-600 hover:text-slate-950 dark:border-slate-600 dark:text-slate-300 dark:hover:text-white"
                        >
                          {techNames.get(tech) ?? tech}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
