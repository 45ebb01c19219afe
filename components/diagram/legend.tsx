import { MODES, type FlowMode } from '@/lib/model/modes';
import { MODE_STROKE } from './mode-style';

/** A sample line per mode used in the view, with its name and meaning: the key to the line styles. */
export function Legend({ used }: { used: FlowMode[] }) {
  if (used.length === 0) return null;
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
      </ul>
    </section>
  );
}
