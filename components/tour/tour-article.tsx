'use client';
import { useEffect, useRef, type ReactNode } from 'react';
import type { OpenTour } from '../stack/explorer-state';
import { stepAnchor } from './tour-outline';

/**
 * "Read" mode: the tour as an article, one section per step, beside the sticky diagram. The step
 * in the middle of the viewport is the active one (`onActive`), so the diagram follows the reading.
 * Everything is in reading order: steps first, then the diagram they describe.
 */
export function TourArticle({
  open,
  prose,
  onActive,
  onExit,
  children,
}: {
  open: OpenTour;
  prose: (index: number) => ReactNode;
  onActive(index: number): void;
  onExit(): void;
  /** The diagram, kept in view beside the steps. */
  children: ReactNode;
}) {
  const { tour, index } = open;
  const list = useRef<HTMLOListElement>(null);
  const active = useRef(index);
  active.current = index;

  // On entering (or a deep link), bring the open step to the middle of the screen.
  useEffect(() => {
    const step = list.current?.querySelector(`#${CSS.escape(stepAnchor(tour.id, active.current))}`);
    step?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }, [tour.id]);

  useEffect(() => {
    const root = list.current;
    if (!root) return;
    // A band one pixel tall across the middle of the viewport: the step crossing it is active.
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const at = Number((entry.target as HTMLElement).dataset.step);
          if (at !== active.current) onActive(at);
        }
      },
      { rootMargin: '-50% 0px -50% 0px' },
    );
    for (const step of root.querySelectorAll('[data-step]')) observer.observe(step);
    return () => observer.disconnect();
  }, [onActive, tour.id]);

  return (
    <div className="grid grid-cols-[minmax(0,26rem)_minmax(0,1fr)] gap-8" data-testid="tour-article">
      <div>
        <div className="flex items-baseline justify-between gap-3">
          <h2 className="text-xl font-semibold">{tour.title}</h2>
          <button type="button" className="sa-link-button" onClick={onExit}>
            Leave reading mode
          </button>
        </div>
        <ol ref={list} className="mt-4">
          {tour.steps.map((step, at) => (
            <li
              key={at}
              id={stepAnchor(tour.id, at)}
              data-step={at}
              data-active={at === index}
              aria-current={at === index ? 'step' : undefined}
              className="sa-read-step flex min-h-[70vh] flex-col justify-center border-l-4 py-8 pl-5"
            >
              <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
                Step {at + 1} of {tour.steps.length}
              </p>
              <h3 className="mt-1 text-lg font-semibold">{step.title}</h3>
              <div className="sa-prose mt-2 text-base">{prose(at)}</div>
            </li>
          ))}
        </ol>
      </div>
      <div className="sticky top-4 self-start">{children}</div>
    </div>
  );
}
