import { memo } from 'react';
import { MODES, type FlowMode } from '@/lib/model/modes';
import { INFERRED_TICKS, MODE_STROKE } from './mode-style';

/** What the view marks as inferred (drawn as a reading aid), so the legend explains only what is on screen. */
export interface InferredUse {
  flows: boolean;
  components: boolean;
}
const NO_INFERRED: InferredUse = { flows: false, components: false };

/**
 * A sample line per mode used in the view, with its name and meaning: the key to the line styles.
 * When the view has inferred flows or components, it also shows how those are drawn. Memoised: a
 * selection does not change it (up to 0.9 ms of a first click's render when it re-rendered).
 */
export const Legend = memo(function Legend({ used, inferred = NO_INFERRED }: { used: FlowMode[]; inferred?: InferredUse }) {
  if (used.length === 0 && !inferred.flows && !inferred.components) return null;
  const none = MODE_STROKE.none;
  return (
    <section aria-labelledby="legend-heading" className="mt-4">
      <h2 id="legend-heading" className="text-sm font-semibold text-slate-700 dark:text-slate-300">
        How data moves
      </h2>
      <ul className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {used.map((mode) => {
          const stroke = MODE_STROKE[mode];
          return (
            <li key={mode} className="flex items-start gap-3" data-testid={`legend-${mode}`}>
              <svg width="44" height="12" className={`mt-1 shrink-0 ${stroke.className}`} aria-hidden="true">
                <line x1="2" y1="6" x2="42" y2="6" stroke="currentColor" strokeWidth={stroke.width} strokeDasharray={stroke.dash} strokeLinecap="round" />
              </svg>
              <span>
                <span className="font-medium">{MODES[mode].title}</span>
                <span className="text-slate-600 dark:text-slate-400"> — {MODES[mode].meaning}</span>
              </span>
            </li>
          );
        })}
        {inferred.flows ? (
          <li className="flex items-start gap-3" data-testid="legend-inferred-flow">
            <svg width="44" height="12" className={`mt-1 shrink-0 ${none.className}`} aria-hidden="true">
              <line x1="2" y1="6" x2="42" y2="6" stroke="currentColor" strokeWidth={none.width} strokeLinecap="round" />
              <line x1="2" y1="6" x2="42" y2="6" stroke="currentColor" strokeWidth={INFERRED_TICKS.width} strokeDasharray={INFERRED_TICKS.dash} />
            </svg>
            <span>
              <span className="font-medium">Inferred flow</span>
              <span className="text-slate-600 dark:text-slate-400">
                {' '}
                — ticks across the line and a dashed label: drawn as a reading aid; the sources do not state it
              </span>
            </span>
          </li>
        ) : null}
        {inferred.components ? (
          <li className="flex items-start gap-3" data-testid="legend-inferred-component">
            <span aria-hidden="true" className="mt-0.5 w-11 shrink-0 rounded border border-slate-400 px-1 text-right text-[10px] italic leading-4 text-slate-600 dark:border-slate-500 dark:text-slate-400">
              inferred
            </span>
            <span>
              <span className="font-medium">Tagged “inferred”</span>
              <span className="text-slate-600 dark:text-slate-400"> — a component drawn as a reading aid; the sources do not state it</span>
            </span>
          </li>
        ) : null}
      </ul>
    </section>
  );
});
