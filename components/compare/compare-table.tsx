import Link from 'next/link';
import type { ComparedComponent, ComparedTech, Comparison } from '@/lib/graph/compare';

/** "In both" is said in words and with a mark, not by colour alone. */
function SharedMark() {
  return (
    <span className="ml-1.5 inline-flex items-center gap-1 rounded-full border border-emerald-700 px-1.5 text-xs font-medium text-emerald-800 dark:border-emerald-400 dark:text-emerald-300">
      <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
        <path d="M1.5 5.5 4 8l4.5-6" fill="none" stroke="currentColor" strokeWidth="1.6" />
      </svg>
      in both
    </span>
  );
}

function ComponentItem({ component }: { component: ComparedComponent }) {
  return (
    <li data-component-id={component.id} data-shared={component.shared ? 'true' : 'false'}>
      <Link href={component.href} className="sa-link font-medium">
        {component.label}
      </Link>
      {component.tech ? (
        <span className="text-sm text-slate-600 dark:text-slate-400">
          {' '}
          ·{' '}
          <Link href={component.tech.href} className="sa-link">
            {component.tech.name}
          </Link>
          {component.shared ? <SharedMark /> : null}
        </span>
      ) : null}
    </li>
  );
}

function Components({ items }: { items: ComparedComponent[] }) {
  if (items.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">None</p>;
  return <ul className="space-y-1.5">{items.map((component) => <ComponentItem key={component.id} component={component} />)}</ul>;
}

function TechLinks({ techs }: { techs: ComparedTech[] }) {
  if (techs.length === 0) return <>none</>;
  return (
    <>
      {techs.map((tech, index) => (
        <span key={tech.id}>
          {index > 0 ? ', ' : ''}
          <Link href={tech.href} className="sa-link">
            {tech.name}
          </Link>
        </span>
      ))}
    </>
  );
}

/** The two stacks row by row by layer role, then the technologies they share and do not. */
export function CompareTable({ comparison }: { comparison: Comparison }) {
  const { a, b, rows } = comparison;
  return (
    <>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full min-w-[36rem] border-collapse text-left" data-testid="compare-table">
          <caption className="sr-only">
            {a.company} and {b.company}, layer by layer
          </caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th scope="col" className="w-1/5 py-2 pr-4 text-sm font-semibold">
                Role
              </th>
              <th scope="col" className="w-2/5 py-2 pr-4 text-sm font-semibold">
                <Link href={a.href} className="sa-link">
                  {a.company}
                </Link>
              </th>
              <th scope="col" className="w-2/5 py-2 text-sm font-semibold">
                <Link href={b.href} className="sa-link">
                  {b.company}
                </Link>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.role} data-role={row.role} className="border-b border-slate-200 align-top dark:border-slate-800">
                <th scope="row" className="py-3 pr-4 font-normal">
                  <span className="font-semibold">{row.title}</span>
                  <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">{row.meaning}</span>
                </th>
                <td className="py-3 pr-4" data-side="a">
                  <Components items={row.a} />
                </td>
                <td className="py-3" data-side="b">
                  <Components items={row.b} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="technologies-heading" className="mt-10">
        <h2 id="technologies-heading" className="text-xl font-semibold">
          Technologies
        </h2>
        <dl className="mt-3 space-y-2 text-sm" data-testid="compare-techs">
          <div>
            <dt className="inline font-semibold">Both use: </dt>
            <dd className="inline" data-testid="shared-techs">
              <TechLinks techs={comparison.shared} />
            </dd>
          </div>
          <div>
            <dt className="inline font-semibold">Only {a.company}: </dt>
            <dd className="inline" data-testid="only-a">
              <TechLinks techs={comparison.onlyA} />
            </dd>
          </div>
          <div>
            <dt className="inline font-semibold">Only {b.company}: </dt>
            <dd className="inline" data-testid="only-b">
              <TechLinks techs={comparison.onlyB} />
            </dd>
          </div>
        </dl>
      </section>
    </>
  );
}
