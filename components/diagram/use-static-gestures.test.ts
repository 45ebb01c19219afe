import { describe, expect, it } from 'vitest';
import { pinchViewport, wheelZoomFactor, zoomAtPoint } from './use-static-gestures';
import { MAX_ZOOM, MIN_ZOOM } from './canvas-size';

describe('static canvas gestures', () => {
  it('one Ctrl+wheel step is React Flow’s: 2^(-deltaY × 0.002), ×10 on a Mac, lines count 0.05', () => {
    expect(wheelZoomFactor({ deltaY: -100, deltaMode: 0, ctrlKey: true }, false)).toBeCloseTo(2 ** 0.2, 12);
    expect(wheelZoomFactor({ deltaY: -10, deltaMode: 0, ctrlKey: true }, true)).toBeCloseTo(2 ** 0.2, 12);
    expect(wheelZoomFactor({ deltaY: 3, deltaMode: 1, ctrlKey: true }, false)).toBeCloseTo(2 ** -0.15, 12);
  });

  it('zooming about a point keeps the diagram under it in place, and clamps', () => {
    const view = { x: 40, y: -20, zoom: 0.8 };
    const point = { x: 300, y: 200 };
    const next = zoomAtPoint(view, 1.2, point);
    const under = (v: typeof view) => ({ x: (point.x - v.x) / v.zoom, y: (point.y - v.y) / v.zoom });
    expect(next.zoom).toBe(1.2);
    expect(under(next).x).toBeCloseTo(under(view).x, 9);
    expect(under(next).y).toBeCloseTo(under(view).y, 9);
    expect(zoomAtPoint(view, 99, point).zoom).toBe(MAX_ZOOM);
    expect(zoomAtPoint(view, 0.001, point).zoom).toBe(MIN_ZOOM);
  });

  it('a pinch follows the fingers: distance ratio zooms, the midpoint carries the diagram', () => {
    const start = { x: 10, y: 20, zoom: 1 };
    const from = [{ x: 100, y: 100 }, { x: 200, y: 100 }] as const;
    // Fingers twice as far apart, midpoint moved by (+30, +40).
    const to = [{ x: 80, y: 140 }, { x: 280, y: 140 }] as const;
    const next = pinchViewport(start, from, to);
    expect(next.zoom).toBeCloseTo(2, 9);
    // The diagram point under the first midpoint (150, 100) is now under the new one (180, 140).
    const world = { x: (150 - start.x) / start.zoom, y: (100 - start.y) / start.zoom };
    expect(world.x * next.zoom + next.x).toBeCloseTo(180, 9);
    expect(world.y * next.zoom + next.y).toBeCloseTo(140, 9);
    // Fingers that did not move leave the view where it was.
    expect(pinchViewport(start, from, from)).toEqual(start);
  });
});
