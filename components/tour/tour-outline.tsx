import { memo, type ReactNode } from 'react';
import type { ClientTour } from '@/lib/model/types';

export const stepAnchor = (tourId: string, index: number) => `tour-${tourId}-step-${index + 1}`;

/**
 * Every tour of the view as an ordered list of steps (heading and prose), below the diagram: what
 * readers without JavaScript get, and a text version of the tour for everyone. Each step has an anchor.
 * Memoised: a selection does not change it.
 */
export const TourOutline = memo(function TourOutline({ tours, prose }: { tours: ClientTour[]; prose: (tourId: string, index: number) => ReactNode }) {
  if (tours.length === 0) return null;
  return (
    <section aria-labelledby="tour-outline-heading" className="mt-6">
      <h2 id="tour-outline-heading" className="text-lg font-semibold">
        Tours of this view
      </h2>
      {tours.map((tour) => (
        <details key={tour.id} className="mt-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700" data-testid={`tour-outline-${tour.id}`}>
          <summary className="cursor-pointer text-sm font-semibold">
            {tour.title} ({tour.steps.length} steps)
          </summary>
          <ol className="mt-2 space-y-3">
            {tour.steps.map((step, index) => (
              <li key={index} id={stepAnchor(tour.id, index)}>
                <h3 className="text-sm font-semibold">
                  {index + 1}. {step.title}
                </h3>
                <div className="sa-prose">{prose(tour.id, index)}</div>
              </li>
            ))}
          </ol>
        </details>
      ))}
    </section>
  );
});
