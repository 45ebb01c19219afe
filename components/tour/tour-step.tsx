'use client';
import type { ReactNode } from 'react';
import type { Source } from '@/lib/graph/schema';
import type { OpenTour } from '../stack/explorer-state';
import { CitationList } from '../citation/citation-list';

/** The panel body for a tour step: where it is in the tour, its prose, and the way on. */
export function TourStep({
  open,
  prose,
  sources,
  onGo,
  onEnd,
}: {
  open: OpenTour;
  prose: ReactNode;
  sources: readonly Source[];
  onGo(index: number): void;
  onEnd(): void;
}) {
  const { tour, index } = open;
  const last = tour.steps.length - 1;
  return (
    <>
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="tour-progress">
        {tour.title} · Step {index + 1} of {tour.steps.length}
      </p>
      <div className="sa-prose mt-3">{prose ?? null}</div>
      <CitationList citations={tour.steps[index]?.citations ?? []} sources={sources} />
      <div className="mt-4 flex items-center gap-2">
        <button type="button" className="sa-button" disabled={index === 0} onClick={() => onGo(index - 1)}>
          Previous
        </button>
        <button type="button" className="sa-button sa-button-primary" disabled={index === last} onClick={() => onGo(index + 1)}>
          Next
        </button>
        <button type="button" className="sa-link-button ml-auto" onClick={onEnd}>
          End tour
        </button>
      </div>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">← and → step through the tour; Esc ends it.</p>
    </>
  );
}
