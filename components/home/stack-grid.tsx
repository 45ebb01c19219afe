'use client';
import Link from 'next/link';
import { useCallback, useSyncExternalStore } from 'react';

export interface HomeStack {
  slug: string;
  company: string;
  title: string;
  summary: string;
  href: string;
  counts: string;
  techs: { id: string; name: string; href: string }[];
}

export interface TechFilter {
  id: string;
  name: string;
  /** How many stacks use it. */
  count: number;
}

const PARAM = 'tech';
const CHANGE = 'stack-atlas:techfilter';
function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}
const readTech = () => new URLSearchParams(window.location.search).get(PARAM);
// The static HTML shows every stack; a shared `?tech=` link filters right after hydration.
const serverTech = () => null;

/** The URL holds the filter (`/?tech=kafka`), so a filtered list can be shared; each change replaces it. */
function useTechFilter(known: ReadonlySet<string>): [string | null, (id: string | null) => void] {
  const raw = useSyncExternalStore(subscribe, readTech, serverTech);
  const set = useCallback((id: string | null) => {
    const url = new URL(window.location.href);
    if (id) url.searchParams.set(PARAM, id);
    else url.searchParams.delete(PARAM);
    window.history.replaceState(window.history.state, '', url);
    window.dispatchEvent(new Event(CHANGE));
  }, []);
  return [raw && known.has(raw) ? raw : null, set];
}

const chip =
  'inline-block rounded-full border px-2.5 py-1 text-sm aria-pressed:border-sky-700 aria-pressed:bg-sky-700 aria-pressed:text-white dark:aria-pressed:border-sky-300 dark:aria-pressed:bg-sky-300 dark:aria-pressed:text-slate-950 border-slate-300 text-slate-700 hover:border-sky-600 dark:border-slate-600 dark:text-slate-300';

/** Every stack as a card, with a technology filter above (toggle buttons; without JS every stack shows). */
export function StackGrid({ stacks, filters }: { stacks: HomeStack[]; filters: TechFilter[] }) {
  const [tech, setTech] = useTechFilter(new Set(filters.map((f) => f.id)));
  const shown = tech ? stacks.filter((stack) => stack.techs.some((t) => t.id === tech)) : stacks;
  const techName = filters.find((f) => f.id === tech)?.name;
  return (
    <>
      {filters.length > 0 ? (
        <div role="group" aria-labelledby="tech-filter-label" className="mt-4 flex flex-wrap items-center gap-2" data-testid="tech-filter">
          <span id="tech-filter-label" className="mr-1 text-sm font-medium text-slate-700 dark:text-slate-300">
            Filter by technology:
          </span>
          <button type="button" className={chip} aria-pressed={tech === null} onClick={() => setTech(null)}>
            All
          </button>
          {filters.map((filter) => (
            <button key={filter.id} type="button" className={chip} aria-pressed={tech === filter.id} onClick={() => setTech(tech === filter.id ? null : filter.id)}>
              {filter.name} <span className="sr-only">,</span>
              <span className="text-xs opacity-80">({filter.count})</span>
            </button>
          ))}
        </div>
      ) : null}
      <p role="status" className="mt-3 text-sm text-slate-600 dark:text-slate-400" data-testid="stack-count">
        {tech ? `${shown.length} of ${stacks.length} stacks use ${techName}.` : `${stacks.length} stacks.`}
      </p>
      <ul className="mt-4 grid gap-4 md:grid-cols-2 xl:grid-cols-3" data-testid="stack-list">
        {shown.map((stack) => (
          <li key={stack.slug} className="relative rounded-xl border border-slate-200 p-5 hover:border-sky-600 dark:border-slate-700 dark:hover:border-sky-400">
            <p className="text-sm font-medium text-slate-600 dark:text-slate-400">{stack.company}</p>
            <h3 className="mt-1 text-lg font-semibold">
              <Link href={stack.href} className="after:absolute after:inset-0">
                {stack.title}
              </Link>
            </h3>
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{stack.summary}</p>
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{stack.counts}</p>
            {stack.techs.length > 0 ? (
              <>
                {/* Said before the list rather than as its aria-label, which a list should not carry. */}
                <p className="sr-only">Technologies in {stack.company}&apos;s stack:</p>
                <ul className="relative z-10 mt-3 flex flex-wrap gap-1.5">
                  {stack.techs.map((t) => (
                    <li key={t.id}>
                      <Link
                        href={t.href}
                        className={`inline-block rounded-full border px-2 py-0.5 text-xs hover:border-sky-600 hover:text-slate-950 dark:hover:text-white ${
                          t.id === tech ? 'border-sky-700 font-semibold text-slate-950 dark:border-sky-300 dark:text-white' : 'border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-300'
                        }`}
                      >
                        {t.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
