/**
 * The viewport that fits nodes into a canvas, computed exactly as React Flow's `fitView` does
 * (getNodesBounds + getViewportForBounds in @xyflow/system). Reimplemented here, in a few lines,
 * because importing them pulls d3-zoom into the first-load bundle.
 */
export type Viewport = { x: number; y: number; zoom: number };
type Rect = { x: number; y: number; width: number; height: number };
type Padding = { top: `${number}px`; right: `${number}px`; bottom: `${number}px`; left: `${number}px` };

export function nodesBounds(nodes: { position: { x: number; y: number }; width?: number; height?: number }[]): Rect {
  if (nodes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const left = Math.min(...nodes.map((n) => n.position.x));
  const top = Math.min(...nodes.map((n) => n.position.y));
  const right = Math.max(...nodes.map((n) => n.position.x + (n.width ?? 0)));
  const bottom = Math.max(...nodes.map((n) => n.position.y + (n.height ?? 0)));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

const px = (value: string) => Math.floor(parseFloat(value));

export function viewportForBounds(bounds: Rect, width: number, height: number, minZoom: number, maxZoom: number, padding: Padding): Viewport {
  const p = { top: px(padding.top), right: px(padding.right), bottom: px(padding.bottom), left: px(padding.left) };
  const zoom = Math.min(Math.max(Math.min((width - p.left - p.right) / bounds.width, (height - p.top - p.bottom) / bounds.height), minZoom), maxZoom);
  const x = width / 2 - (bounds.x + bounds.width / 2) * zoom;
  const y = height / 2 - (bounds.y + bounds.height / 2) * zoom;
  // Respect asymmetric padding: shift only where the centred view leaves less than asked for.
  const applied = {
    left: Math.floor(bounds.x * zoom + x),
    top: Math.floor(bounds.y * zoom + y),
    right: Math.floor(width - ((bounds.x + bounds.width) * zoom + x)),
    bottom: Math.floor(height - ((bounds.y + bounds.height) * zoom + y)),
  };
  const offset = {
    left: Math.min(applied.left - p.left, 0),
    top: Math.min(applied.top - p.top, 0),
    right: Math.min(applied.right - p.right, 0),
    bottom: Math.min(applied.bottom - p.bottom, 0),
  };
  return { x: x - offset.left + offset.right, y: y - offset.top + offset.bottom, zoom };
}
