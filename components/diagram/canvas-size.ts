/**
 * The canvas's size and fit: fixed numbers both canvases and the server share, so the HTML, the
 * hydrated page and React Flow agree to the pixel.
 */
import { fitNodes, type FitOptions, type Viewport } from './camera-math';
import type { ClientView } from '@/lib/model/types';
import type { DiagramNode } from './flow-types';

/** The width the diagram is laid out for: the diagram column of a ~1440 px wide window. */
export const NOMINAL_WIDTH = 1000;
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
  return Math.ceil(view.height * zoom + 2 * PAD + MINIMAP_ROOM);
}

/**
 * The viewport React Flow's `fitView` computes for these nodes at this size. The static canvas is
 * drawn at it and React Flow starts from it (at the nominal width; a narrower canvas is refitted
 * once when React Flow takes over).
 */
export function initialViewport(nodes: DiagramNode[], width: number, height: number): Viewport {
  return fitNodes(nodes, { width, height }, FIT_OPTIONS) ?? { x: 0, y: 0, zoom: 1 };
}
