'use client';
import type { ClientTour } from '@/lib/model/types';

/** The view's tours, above the diagram: "Follow a trip request, 6 steps". Starting one opens step 1. */
export function TourList({ tours, open, onStart }: { tours: ClientTour[]; open?: string; onStart(id: string): void }) {
  if (tours.length === 0) return null;
  return (
    <section aria-labelledby="tours-heading" className="mb-3 flex flex-wrap items-center gap-2">
      <h2 id="tours-heading" className="text-sm font-semibold text-slate-700 dark:text-slate-300">
        Tours
      </h2>
      <ul className="flex flex-wrap gap-2">
        {tours.map((tour) => (
          <li key={tour.id}>
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
          </li>
        ))}
      </ul>
    </section>
  );
}
