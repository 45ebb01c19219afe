/**
 * Where the phone's Diagram toggle opens the canvas: at a zoom whose text reads (node labels are
 * 15 px at zoom 1), centred on what is selected or focused, else on the diagram's top-left corner.
 * Pure, so it is unit-tested.
 */
import type { Viewport } from '../diagram/camera-math';
import type { Selection } from '../diagram/flow-types';
import type { ClientView } from '@/lib/model/types';

/** Node labels at 12 px: readable on a phone, and a 184 px node still leaves room for its neighbours. */
export const READABLE_ZOOM = 0.8;
const MARGIN = 12;

export function readableViewport(
  view: Pick<ClientView, 'nodes' | 'flows' | 'bands'>,
  selection: Selection,
  size: { width: number; height: number },
  zoom = READABLE_ZOOM,
): Viewport {
  const flow = selection.flow ? view.flows.find((f) => f.id === selection.flow) : undefined;
  const wanted = selection.node ? [selection.node] : flow ? [flow.from, flow.to] : (selection.focus?.nodes ?? []);
  const boxes = view.nodes.filter((node) => wanted.includes(node.id));
  if (boxes.length === 0) {
    const left = Math.min(0, ...view.bands.map((band) => band.x), ...view.nodes.map((node) => node.x));
    const top = Math.min(0, ...view.bands.map((band) => band.y), ...view.nodes.map((node) => node.y));
    return { x: MARGIN - left * zoom, y: MARGIN - top * zoom, zoom };
  }
  // The first wanted component's centre (a flow: its source), so it is never off screen on a narrow canvas.
  const first = boxes.find((node) => node.id === wanted[0]) ?? boxes[0]!;
  const cx = first.x + first.width / 2;
  const cy = first.y + first.height / 2;
  return { x: size.width / 2 - cx * zoom, y: size.height / 2 - cy * zoom, zoom };
}
