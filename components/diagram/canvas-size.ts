/**
 * The canvas's size and fit options, shared by the server and both canvases. The canvas's height is
 * fixed per view; its width is the diagram column's (at most NOMINAL_WIDTH), and every fit is a
 * function of the measured width: in CSS for the HTML (fit-css.ts), in JavaScript after hydration
 * and in React Flow (fitNodes), so they agree to a fraction of a pixel at any window width.
 */
import { fitNodes, type FitOptions, type Viewport } from './camera-math';
import type { ClientView } from '@/lib/model/types';
import type { DiagramNode } from './flow-types';

/**
 * The width the diagram is laid out for: the canvas's inner width in a 1440 px wide window, where
 * it spans the content column (1392 px, less its 1 px border); the panel opens over it as a drawer.
 */
export const NOMINAL_WIDTH = 1390;
/** No canvas is taller than this: a tall view is fitted to it (a 900 px window still sees most of it). */
export const MAX_CANVAS_HEIGHT = 880;
/** Room under the diagram for the minimap, so it never covers a node. */
export const MINIMAP_ROOM = 96;
const PAD = 16;
export const MIN_ZOOM = 0.2;
export const MAX_ZOOM = 2.5;
/** What the zoom buttons multiply or divide the zoom by (React Flow's own step). */
export const ZOOM_STEP = 1.2;
/** The dot grid's spacing on both canvases. */
export const BACKGROUND_GAP = 24;
export const FIT_OPTIONS = {
  padding: { top: `${PAD}px`, left: `${PAD}px`, right: `${PAD}px`, bottom: `${PAD + MINIMAP_ROOM}px` },
  maxZoom: 1,
  minZoom: MIN_ZOOM,
} as const satisfies FitOptions;

/** The canvas height that shows the whole diagram when it is fitted to the nominal width. */
export function canvasHeight(view: Pick<ClientView, 'width' | 'height'>, width = NOMINAL_WIDTH): number {
  const zoom = Math.min(1, (width - 2 * PAD) / view.width);
  return Math.min(MAX_CANVAS_HEIGHT, Math.ceil(view.height * zoom + 2 * PAD + MINIMAP_ROOM));
}

/** The fitted viewport for these nodes at this size (the canvases fit to their measured size). */
export function initialViewport(nodes: DiagramNode[], width: number, height: number): Viewport {
  return fitNodes(nodes, { width, height }, FIT_OPTIONS) ?? { x: 0, y: 0, zoom: 1 };
}
