'use client';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { stackHref, techHref } from '@/lib/model/links';
import type { Source } from '@/lib/graph/schema';
import type { ClientComponent, ClientView } from '@/lib/model/types';
import { CitationList } from '../citation/citation-list';
import { InferredNote } from '../citation/inferred-note';
import type { TraceDirection } from '@/lib/model/trace';
import { FlowLinks } from './flow-link';
import { TraceDetails } from './trace-details';

export interface ComponentDetailsProps {
  component: ClientComponent;
  view: ClientView;
  otherViews: { id: string; title: string }[];
  components: Record<string, ClientComponent>;
  prose: ReactNode;
  /** The stack's sources, to number and link the component's citations. */
  sources: readonly Source[];
  trace?: TraceDirection;
  /**
   * False in the frame a click opens the panel in: only what the component is (layer, technology,
   * explanation) renders, and the lists below follow in the next frame (stack-explorer.tsx).
   */
  complete?: boolean;
  onSelectFlow(id: string): void;
  onOpenView(viewId: string): void;
  onTrace(direction: TraceDirection | undefined): void;
}

/** The panel body for a component: where it sits, what it is, and the flows in and out of it. */
export function ComponentDetails({ component, view, otherViews, components, prose, sources, trace, complete = true, onSelectFlow, onOpenView, onTrace }: ComponentDetailsProps) {
  const layer = view.layers.find((l) => l.componentIds.includes(component.id));
  const lead = (
    <>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Layer: <span className="font-medium text-slate-900 dark:text-slate-100">{layer?.title}</span>
        {component.tech ? (
          <>
            {' · '}Technology:{' '}
            <Link href={techHref(component.tech.id)} prefetch={false} className="sa-link">
              {component.tech.name}
            </Link>
          </>
        ) : null}
      </p>
      {component.inferred ? <InferredNote what="component" /> : null}
      <div className="sa-prose mt-3">{prose ?? <p>No explanation yet.</p>}</div>
    </>
  );
  if (!complete) return lead;
  const incoming = view.flows.filter((flow) => flow.to === component.id);
  const outgoing = view.flows.filter((flow) => flow.from === component.id);
  return (
    <>
      {lead}
      <CitationList citations={component.citations} sources={sources} />
      {[
        { title: 'Incoming flows', flows: incoming },
        { title: 'Outgoing flows', flows: outgoing },
      ].map(({ title, flows }) => (
        <section key={title} className="mt-4" aria-label={title}>
          <h3 className="text-sm font-semibold">
            {title} ({flows.length})
          </h3>
          {flows.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">None in this view.</p>
          ) : (
            <FlowLinks className="mt-1 space-y-1" flows={flows} components={components} onSelect={onSelectFlow} />
          )}
        </section>
      ))}
      <TraceDetails component={component} view={view} components={components} trace={trace} onTrace={onTrace} />
      {component.tech && component.tech.alsoUsedBy.length > 0 ? (
        <section className="mt-4" aria-label="Also used by">
          <h3 className="text-sm font-semibold">{component.tech.name} elsewhere</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {component.tech.alsoUsedBy.map((use) => (
              <li key={`${use.slug}/${use.componentId}`}>
                <Link href={stackHref(use.slug, { view: use.view, node: use.componentId })} prefetch={false} className="sa-link">
                  {use.company}: {use.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {otherViews.length > 0 ? (
        <section className="mt-4" aria-label="Other views">
          <h3 className="text-sm font-semibold">Also in</h3>
          <ul className="mt-1 space-y-1">
            {otherViews.map((other) => (
              <li key={other.id}>
                <button type="button" className="sa-link-button" onClick={() => onOpenView(other.id)}>
                  {other.title}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
