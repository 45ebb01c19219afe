import type { FlowMode } from '@/lib/model/modes';

/**
 * Each mode's line: dash pattern and weight differ, so modes stay distinct without colour
 * (and in print or forced-colours mode). Colour is only a second cue. `hex` is the light theme's
 * colour of `className` (Tailwind's palette), for a standalone file such as the SVG export, which
 * cannot use classes: the two sit side by side so they change together.
 */
export const MODE_STROKE: Record<FlowMode | 'none', { dash?: string; width: number; className: string; hex: string }> = {
  sync: { width: 1.75, className: 'text-sky-600 dark:text-sky-400', hex: '#0284c7' },
  async: { dash: '8 5', width: 1.75, className: 'text-violet-600 dark:text-violet-400', hex: '#7c3aed' },
  'fire-and-forget': { dash: '1.5 5', width: 2.25, className: 'text-rose-600 dark:text-rose-400', hex: '#e11d48' },
  stream: { width: 3.5, className: 'text-emerald-600 dark:text-emerald-400', hex: '#059669' },
  batch: { dash: '12 4 2 4', width: 2, className: 'text-amber-700 dark:text-amber-400', hex: '#b45309' },
  cdc: { dash: '4 3', width: 1.75, className: 'text-teal-700 dark:text-teal-300', hex: '#0f766e' },
  none: { width: 1.5, className: 'text-slate-500 dark:text-slate-400', hex: '#64748b' },
};

/**
 * How a highlighted flow's line thickens (the canvases do it in app/globals.css, `.sa-edge[data-state]`):
 * the width that replaces the mode's, and the inferred ticks' width when selected.
 */
export const HIGHLIGHT_STROKE = { selected: 4, traced: 3, selectedTicks: 11, dimmedOpacity: 0.15 } as const;

/**
 * An inferred flow (a reading aid the sources do not state) keeps its mode's line and gets short
 * ticks across it: a thick stroke dashed into thin slices, in the line's own colour. No mode uses
 * ticks, so the two cues combine without hiding each other; the label box is dashed too.
 */
export const INFERRED_TICKS = { dash: '1.5 9', width: 9 } as const;
export const INFERRED_LABEL_DASH = '3 2';

/** The arrowhead every flow ends in (./arrow-marker.tsx), shared with the SVG export. */
export const ARROW = { viewBox: '0 0 10 10', refX: 9, refY: 5, size: 10, path: 'M0,0 L10,5 L0,10 z' } as const;
