import type { FlowMode } from '@/lib/model/modes';

/**
 * Each mode's line: dash pattern and weight differ, so modes stay distinct without colour
 * (and in print or forced-colours mode). Colour is only a second cue.
 */
export const MODE_STROKE: Record<FlowMode | 'none', { dash?: string; width: number; className: string }> = {
  sync: { width: 1.75, className: 'text-sky-600 dark:text-sky-400' },
  async: { dash: '8 5', width: 1.75, className: 'text-violet-600 dark:text-violet-400' },
  'fire-and-forget': { dash: '1.5 5', width: 2.25, className: 'text-rose-600 dark:text-rose-400' },
  stream: { width: 3.5, className: 'text-emerald-600 dark:text-emerald-400' },
  batch: { dash: '12 4 2 4', width: 2, className: 'text-amber-700 dark:text-amber-400' },
  cdc: { dash: '4 3', width: 1.75, className: 'text-teal-700 dark:text-teal-300' },
  none: { width: 1.5, className: 'text-slate-500 dark:text-slate-400' },
};

/**
 * An inferred flow (a reading aid the sources do not state) keeps its mode's line and gets short
 * ticks across it: a thick stroke dashed into thin slices, in the line's own colour. No mode uses
 * ticks, so the two cues combine without hiding each other; the label box is dashed too.
 */
export const INFERRED_TICKS = { dash: '1.5 9', width: 9 } as const;
export const INFERRED_LABEL_DASH = '3 2';
