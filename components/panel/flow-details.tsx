'use client';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { MODES } from '@/lib/model/modes';
import { conceptHref } from '@/lib/model/links';
import type { Source } from '@/lib/graph/schema';
import type { ClientComponent, ClientFlow } from '@/lib/model/types';
import { CitationList } from '../citation/citation-list';
import { InferredNote } from '../citation/inferred-note';
import { ModeBadge } from './mode-badge';

export interface FlowDetailsProps {
  flow: ClientFlow;
  components: Record<string, ClientComponent>;
  prose: ReactNode;
  /** The stack's sources, to number and link the flow's citations. */
  sources: readonly Source[];
  /** False in the frame a click opens the panel in: the citations follow in the next (stack-explorer.tsx). */
  complete?: boolean;
  onSelectNode(id: string): void;
}

/** The panel body for a flow: its ends, what moves, how, and why. */
export function FlowDetails({ flow, components, prose, sources, complete = true, onSelectNode }: FlowDetailsProps) {
  const mode = flow.mode ? MODES[flow.mode] : undefined;
  return (
    <>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600 dark:text-slate-400">From</dt>
        <dd>
          <button type="button" className="sa-link-button" onClick={() => onSelectNode(flow.from)}>
            {components[flow.from]?.label ?? flow.from}
          </button>
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">To</dt>
        <dd>
          <button type="button" className="sa-link-button" onClick={() => onSelectNode(flow.to)}>
            {components[flow.to]?.label ?? flow.to}
          </button>
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">What moves</dt>
        <dd className="font-medium">{flow.label}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Mode</dt>
        <dd data-testid="flow-mode">
          {flow.mode && mode ? (
            <>
              <ModeBadge mode={flow.mode} />
              <span className="mt-1 block text-slate-700 dark:text-slate-300">{mode.meaning}</span>
              <Link href={conceptHref(mode.concept)} prefetch={false} className="sa-link mt-1 inline-block">
                About {mode.title.toLowerCase()}
              </Link>
            </>
          ) : (
            'Not stated'
          )}
        </dd>
      </dl>
      {flow.inferred ? <InferredNote what="flow" /> : null}
      <div className="sa-prose mt-3">{prose ?? <p>No explanation yet.</p>}</div>
      {complete ? <CitationList citations={flow.citations} sources={sources} /> : null}
    </>
  );
}
