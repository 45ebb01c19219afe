'use client';
import type { ClientTour } from '@/lib/model/types';

/**
 * The view's tours, above the diagram: "Follow a trip request, 6 steps". Starting one opens step 1;
 * "Read" opens it as an article beside the diagram (wide screens).
 */
export function TourList({ tours, open, reading, onStart }: { tours: ClientTour[]; open?: string; reading: boolean; onStart(id: string, read?: boolean): void }) {
  if (tours.length === 0) return null;
  return (
    <section aria-labelledby="tours-heading" className="mb-3 flex flex-wrap items-center gap-2">
      <h2 id="tours-heading" className="text-sm font-semibold text-slate-700 dark:text-slate-300">
        Tours
      </h2>
      <ul className="flex flex-wrap gap-2">
        {tours.map((tour) => (
          <li key={tour.id} className="inline-flex items-center gap-1">
            <button
              type="button"
              data-tour-id={tour.id}
              aria-pressed={open === tour.id}
              onClick={() => onStart(tour.id)}
              className="rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-sky-600 aria-pressed:border-sky-700 aria-pressed:bg-sky-50 dark:border-slate-600 dark:aria-pressed:border-sky-300 dark:aria-pressed:bg-sky-950"
            >
              <span className="font-medium">{tour.title}</span>
              <span className="text-slate-600 dark:text-slate-400">, {tour.steps.length} steps</span>
            </button>
            {/* Reading mode needs room for a column of prose beside the diagram. */}
            <button
              type="button"
              aria-pressed={reading && open === tour.id}
              aria-label={`Read ${tour.title} as an article`}
              onClick={() => onStart(tour.id, true)}
              className="hidden rounded-full px-2 py-1 text-sm text-sky-800 underline underline-offset-2 aria-pressed:font-semibold xl:inline dark:text-sky-300"
            >
              Read
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
