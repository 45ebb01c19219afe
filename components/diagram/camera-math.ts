/**
 * The camera's maths, pure and shared by both canvases. Fitting is computed as React Flow's
 * `fitView` does (getNodesBounds + getViewportForBounds in @xyflow/system), reimplemented in a few
 * lines because importing them pulls d3-zoom into the first-load bundle, and without its rounding
 * (see viewportForBounds); a test checks the copy.
 */
export type Viewport = { x: number; y: number; zoom: number };
export type Rect = { x: number; y: number; width: number; height: number };
export type Padding = { top: `${number}px`; right: `${number}px`; bottom: `${number}px`; left: `${number}px` };
export type Size = { width: number; height: number };
type Positioned = { id: string; position: { x: number; y: number }; width?: number; height?: number };

export function nodesBounds(nodes: readonly Omit<Positioned, 'id'>[]): Rect {
  if (nodes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const left = Math.min(...nodes.map((n) => n.position.x));
  const top = Math.min(...nodes.map((n) => n.position.y));
  const right = Math.max(...nodes.map((n) => n.position.x + (n.width ?? 0)));
  const bottom = Math.max(...nodes.map((n) => n.position.y + (n.height ?? 0)));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The same padding on every side, in React Flow's `px` form. */
export const evenPadding = (px: number): Padding => ({ top: `${px}px`, right: `${px}px`, bottom: `${px}px`, left: `${px}px` });

/** A padding in React Flow's `px` form, as a whole number of pixels (React Flow floors it too). */
export const paddingPx = (value: string) => Math.floor(parseFloat(value));
const px = paddingPx;
export const clampZoom = (zoom: number, min: number, max: number) => Math.min(Math.max(zoom, min), max);

/**
 * The viewport that fits `bounds` into a `width` x `height` canvas: centred at the largest zoom that
 * leaves the padding free (within the zoom limits), then, where the padding is uneven (room for the
 * minimap below), shifted just enough to leave each side at least its padding if the two fit.
 *
 * This is React Flow's getViewportForBounds without its rounding: React Flow floors the centred
 * margins before it shifts, so a margin of exactly 16 px that floating point makes 15.9999 moves
 * the view by a whole pixel, and the same formula evaluated by CSS (the static canvas before any
 * JavaScript, see fit-css.ts) may land on the other side of the floor. Without it the viewport is a
 * continuous function of the size, and JavaScript and CSS agree to a tiny fraction of a pixel.
 * Both canvases fit with it (React Flow's own fitView is never used), so nothing moves between them.
 */
export function viewportForBounds(bounds: Rect, width: number, height: number, minZoom: number, maxZoom: number, padding: Padding): Viewport {
  const p = { top: px(padding.top), right: px(padding.right), bottom: px(padding.bottom), left: px(padding.left) };
  const zoom = clampZoom(Math.min((width - p.left - p.right) / bounds.width, (height - p.top - p.bottom) / bounds.height), minZoom, maxZoom);
  // The margin each side gets when the bounds are centred (the same on both sides of an axis).
  const marginX = width / 2 - (bounds.width * zoom) / 2;
  const marginY = height / 2 - (bounds.height * zoom) / 2;
  const shift = (margin: number, before: number, after: number) => Math.max(before - margin, 0) - Math.max(after - margin, 0);
  return {
    x: width / 2 - (bounds.x + bounds.width / 2) * zoom + shift(marginX, p.left, p.right),
    y: height / 2 - (bounds.y + bounds.height / 2) * zoom + shift(marginY, p.top, p.bottom),
    zoom,
  };
}

export interface FitOptions {
  padding: Padding;
  minZoom: number;
  maxZoom: number;
}

/**
 * The viewport that shows these nodes (all of them, or only those whose id is in `ids`), or null
 * when none of the ids is a node.
 */
export function fitNodes(nodes: readonly Positioned[], size: Size, options: FitOptions, ids?: Iterable<string>): Viewport | null {
  const wanted = ids ? new Set(ids) : undefined;
  const chosen = wanted ? nodes.filter((node) => wanted.has(node.id)) : nodes;
  if (chosen.length === 0) return null;
  return viewportForBounds(nodesBounds(chosen), size.width, size.height, options.minZoom, options.maxZoom, options.padding);
}

/** Zoom by a factor around the canvas centre (what the zoom buttons do), within the zoom limits. */
export function zoomAroundCentre(viewport: Viewport, factor: number, size: Size, minZoom: number, maxZoom: number): Viewport {
  const zoom = clampZoom(viewport.zoom * factor, minZoom, maxZoom);
  const cx = size.width / 2;
  const cy = size.height / 2;
  const scale = zoom / viewport.zoom;
  return { x: cx - (cx - viewport.x) * scale, y: cy - (cy - viewport.y) * scale, zoom };
}

/** Ease in and out (cubic): slow start, slow stop, as camera moves in every diagram tool do. */
export const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * The viewport a fraction `t` (0..1) of the way from `from` to `to`. Zoom is interpolated in log
 * space so zooming in and out feel equally fast, and the point under the canvas centre moves in a
 * straight line.
 */
export function interpolateViewport(from: Viewport, to: Viewport, t: number, size: Size): Viewport {
  if (t <= 0) return from;
  if (t >= 1) return to;
  const zoom = Math.exp(Math.log(from.zoom) + (Math.log(to.zoom) - Math.log(from.zoom)) * t);
  // Diagram point at the canvas centre, for each end; the centre travels linearly between them.
  const centre = (v: Viewport) => ({ x: (size.width / 2 - v.x) / v.zoom, y: (size.height / 2 - v.y) / v.zoom });
  const a = centre(from);
  const b = centre(to);
  const cx = a.x + (b.x - a.x) * t;
  const cy = a.y + (b.y - a.y) * t;
  return { x: size.width / 2 - cx * zoom, y: size.height / 2 - cy * zoom, zoom };
}

/** How long a camera move takes: none at all when the reader asked for reduced motion. */
export function moveDuration(requested: number, reducedMotion: boolean): number {
  return reducedMotion ? 0 : Math.max(0, requested);
}
