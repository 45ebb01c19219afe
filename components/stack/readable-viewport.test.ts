import { describe, expect, it } from 'vitest';
import { READABLE_ZOOM, readableViewport } from './readable-viewport';

const view = {
  nodes: [
    { id: 'a', layerId: 'l', x: 16, y: 56, width: 184, height: 56 },
    { id: 'b', layerId: 'r', x: 320, y: 156, width: 184, height: 56 },
  ],
  flows: [{ id: 'a-to-b', from: 'a', to: 'b', label: 'x', path: '', labelX: 0, labelY: 0, citations: [] }],
  bands: [{ id: 'l', title: 'L', x: 0, y: 0, width: 216, height: 300 }],
};
const size = { width: 390, height: 500 };

describe('readableViewport', () => {
  it('opens on the top-left corner at a readable zoom with nothing selected', () => {
    expect(readableViewport(view, {}, size)).toEqual({ x: 12, y: 12, zoom: READABLE_ZOOM });
    // Node labels are 15 px at zoom 1: at least 12 px on screen.
    expect(15 * READABLE_ZOOM).toBeGreaterThanOrEqual(12);
  });

  it('centres the selected component', () => {
    const viewport = readableViewport(view, { node: 'b' }, size, 1);
    expect(viewport).toEqual({ x: 195 - 412, y: 250 - 184, zoom: 1 });
  });

  it('centres a selected flow on its source, and a tour step on its first component', () => {
    expect(readableViewport(view, { flow: 'a-to-b' }, size, 1)).toEqual({ x: 195 - 108, y: 250 - 84, zoom: 1 });
    expect(readableViewport(view, { focus: { nodes: ['b', 'a'], flows: [] } }, size, 1)).toEqual({ x: 195 - 412, y: 250 - 184, zoom: 1 });
  });

  it('falls back to the corner when the selection names nothing in the view', () => {
    expect(readableViewport(view, { node: 'zzz' }, size)).toEqual({ x: 12, y: 12, zoom: READABLE_ZOOM });
  });
});
