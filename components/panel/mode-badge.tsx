import { MODES, type FlowMode } from '@/lib/model/modes';
import { MODE_STROKE } from '../diagram/mode-style';

/** The mode's line sample plus its name in text: never colour alone. */
export function ModeBadge({ mode, compact = false }: { mode: FlowMode; compact?: boolean }) {
  const stroke = MODE_STROKE[mode];
  return (
    <span className={`ml-1 inline-flex items-center gap-1 whitespace-nowrap rounded border border-current/30 px-1.5 text-xs ${stroke.className}`}>
      <svg width="22" height="8" aria-hidden="true">
        <line x1="1" y1="4" x2="21" y2="4" stroke="currentColor" strokeWidth={stroke.width} strokeDasharray={stroke.dash} strokeLinecap="round" />
      </svg>
      <span className="text-slate-800 dark:text-slate-200">{compact ? mode : MODES[mode].title}</span>
    </span>
  );
}
