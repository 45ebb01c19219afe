'use client';
import { memo } from 'react';
import type { ClientComponent, ClientFlow } from '@/lib/model/types';
import { FlowLinks } from '../panel/flow-link';

/**
 * Every flow of the view as a list: the diagram's text alternative, and the keyboard path to flows.
 * Memoised: a selection does not change it (2.5 ms of a first click when it re-rendered).
 */
export const FlowList = memo(function FlowList({
  flows,
  components,
  onSelect,
}: {
  flows: ClientFlow[];
  components: Record<string, ClientComponent>;
  onSelect(id: string): void;
}) {
  return (
    <details className="mt-4 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <summary className="cursor-pointer text-sm font-semibold">All {flows.length} flows in this view</summary>
      <FlowLinks className="mt-2 grid gap-1 md:grid-cols-2" flows={flows} components={components} onSelect={onSelect} />
    </details>
  );
});
