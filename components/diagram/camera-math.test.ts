import { describe, expect, it } from 'vitest';
import { getNodesBounds, getViewportForBounds } from '@xyflow/system';
import {
  clampZoom,
  easeInOut,
  evenPadding,
  fitNodes,
  interpolateViewport,
  moveDuration,
  nodesBounds,
  viewportForBounds,
  zoomAroundCentre,
  type Viewport,
} from './camera-math';
import { FIT_OPTIONS } from './canvas-size';

const node = (id: string, x: number, y: number, w = 100, h = 50) => ({ id, position: { x, y }, width: w, height: h, data: {} });
const size = { width: 1000, height: 600 };
/** Where a diagram point lands on screen under a viewport. */
const onScreen = (v: Viewport, x: number, y: number) => ({ x: x * v.zoom + v.x, y: y * v.zoom + v.y });

/**
 * The copy is checked against the original: the same zoom, and the same translation up to React
 * Flow's flooring of the margins (less than a pixel), which ours leaves out on purpose.
 */
describe('fit matches React Flow', () => {
  const cases = [
    { width: 1000, height: 557, nodes: [{ x: 0, y: 0, w: 1688, h: 765 }, { x: 16, y: 56, w: 184, h: 56 }] },
    { width: 1000, height: 300, nodes: [{ x: 0, y: 0, w: 400, h: 200 }] },
    { width: 390, height: 500, nodes: [{ x: -40, y: 10, w: 900, h: 120 }, { x: 300, y: 400, w: 100, h: 50 }] },
    { width: 812.5, height: 700, nodes: [{ x: 0, y: 0, w: 1500, h: 900 }] },
    { width: 1000, height: 800, nodes: [{ x: 0, y: 0, w: 968, h: 672 }] },
  ];
  for (const [index, { width, height, nodes }] of cases.entries()) {
    it(`case ${index + 1}`, () => {
      const flowNodes = nodes.map((n, i) => node(String(i), n.x, n.y, n.w, n.h));
      const ours = viewportForBounds(nodesBounds(flowNodes), width, height, FIT_OPTIONS.minZoom, FIT_OPTIONS.maxZoom, FIT_OPTIONS.padding);
      const theirs = getViewportForBounds(getNodesBounds(flowNodes), width, height, FIT_OPTIONS.minZoom, FIT_OPTIONS.maxZoom, FIT_OPTIONS.padding);
      expect(nodesBounds(flowNodes)).toEqual(getNodesBounds(flowNodes));
      expect(ours.zoom).toBe(theirs.zoom);
      expect(Math.abs(ours.x - theirs.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(ours.y - theirs.y)).toBeLessThanOrEqual(1);
    });
  }
});

describe('the fit as a function of the size', () => {
  const bounds = { x: 0, y: 0, width: 1688, height: 765 };
  const fit = (width: number, height = 557) => viewportForBounds(bounds, width, height, FIT_OPTIONS.minZoom, FIT_OPTIONS.maxZoom, FIT_OPTIONS.padding);

  it('is continuous: a hundredth of a pixel wider moves nothing by more than a hundredth', () => {
    for (let width = 300; width <= 1200; width += 0.37) {
      const [a, b] = [fit(width), fit(width + 0.01)];
      expect(Math.abs(a.x - b.x)).toBeLessThan(0.01);
      expect(Math.abs(a.y - b.y)).toBeLessThan(0.01);
      expect(Math.abs(a.zoom - b.zoom)).toBeLessThan(1e-4);
    }
  });

  it('keeps the padding on every side: 16 px, and the minimap room below', () => {
    for (const width of [390, 704, 812.5, 1000]) {
      const v = fit(width);
      const [left, top] = [bounds.x * v.zoom + v.x, bounds.y * v.zoom + v.y];
      const [right, bottom] = [width - (left + bounds.width * v.zoom), 557 - (top + bounds.height * v.zoom)];
      // Width-bound below 1000 px (at 1000 the height binds: 16 px is the least either side gets).
      expect(left).toBeCloseTo(right, 6);
      expect(left).toBeGreaterThanOrEqual(16 - 1e-9);
      if (width < 1000) expect(left).toBeCloseTo(16, 6);
      expect(top).toBeGreaterThanOrEqual(16 - 1e-9);
      expect(bottom).toBeGreaterThanOrEqual(112 - 1e-9);
    }
  });

  it('centres the diagram where there is room, and shifts it up for the minimap only as needed', () => {
    // Tall canvas: centred, both margins above their padding.
    const tall = fit(1000, 2000);
    const top = tall.y;
    const bottom = 2000 - (tall.y + bounds.height * tall.zoom);
    expect(top).toBeCloseTo(bottom, 6);
    // Just tall enough for 16 above and 112 below: exactly those.
    const zoom = 968 / 1688;
    const snug = fit(1000, bounds.height * zoom + 128);
    expect(snug.y).toBeCloseTo(16, 6);
  });
});

describe('fitNodes', () => {
  const nodes = [node('a', 0, 0), node('b', 2000, 0), node('c', 2000, 1500)];
  const options = { ...FIT_OPTIONS, padding: evenPadding(40), maxZoom: 2 };

  it('fits only the ids asked for, with the padding on screen', () => {
    const v = fitNodes(nodes, size, options, ['b'])!;
    const topLeft = onScreen(v, 2000, 0);
    const bottomRight = onScreen(v, 2100, 50);
    // One 100 x 50 node in 1000 x 600 with 40 px padding: width-bound, zoom 2 is the cap.
    expect(v.zoom).toBe(2);
    expect((topLeft.x + bottomRight.x) / 2).toBeCloseTo(size.width / 2);
    expect((topLeft.y + bottomRight.y) / 2).toBeCloseTo(size.height / 2);
  });

  it('keeps every fitted node inside the padded canvas', () => {
    const v = fitNodes(nodes, size, options, ['a', 'c'])!;
    for (const [x, y] of [[0, 0], [2100, 1550]] as const) {
      const p = onScreen(v, x, y);
      expect(p.x).toBeGreaterThanOrEqual(39.5);
      expect(p.x).toBeLessThanOrEqual(size.width - 39.5);
      expect(p.y).toBeGreaterThanOrEqual(39.5);
      expect(p.y).toBeLessThanOrEqual(size.height - 39.5);
    }
  });

  it('ignores unknown ids, and returns null when nothing is left', () => {
    expect(fitNodes(nodes, size, options, ['b', 'nope'])).toEqual(fitNodes(nodes, size, options, ['b']));
    expect(fitNodes(nodes, size, options, ['nope'])).toBeNull();
    expect(fitNodes(nodes, size, options, [])).toBeNull();
  });

  it('fits everything without ids', () => {
    expect(fitNodes(nodes, size, options)).toEqual(fitNodes(nodes, size, options, ['a', 'b', 'c']));
  });
});

describe('zoomAroundCentre', () => {
  it('keeps the diagram point under the centre where it was', () => {
    const v = { x: -120, y: 40, zoom: 0.8 };
    const centre = { x: (size.width / 2 - v.x) / v.zoom, y: (size.height / 2 - v.y) / v.zoom };
    const zoomed = zoomAroundCentre(v, 1.2, size, 0.2, 2.5);
    expect(zoomed.zoom).toBeCloseTo(0.96);
    const after = onScreen(zoomed, centre.x, centre.y);
    expect(after.x).toBeCloseTo(size.width / 2);
    expect(after.y).toBeCloseTo(size.height / 2);
  });
  it('stops at the zoom limits', () => {
    expect(zoomAroundCentre({ x: 0, y: 0, zoom: 2.4 }, 1.2, size, 0.2, 2.5).zoom).toBe(2.5);
    expect(zoomAroundCentre({ x: 0, y: 0, zoom: 0.21 }, 1 / 1.2, size, 0.2, 2.5).zoom).toBe(0.2);
    expect(clampZoom(9, 0.2, 2.5)).toBe(2.5);
  });
});

describe('camera moves', () => {
  const from = { x: 0, y: 0, zoom: 0.5 };
  const to = { x: -800, y: -300, zoom: 2 };

  it('start at the start and end at the end', () => {
    expect(interpolateViewport(from, to, 0, size)).toEqual(from);
    expect(interpolateViewport(from, to, 1, size)).toEqual(to);
  });

  it('zoom geometrically: half way is the geometric mean', () => {
    expect(interpolateViewport(from, to, 0.5, size).zoom).toBeCloseTo(1);
  });

  it('move the centred diagram point in a straight line', () => {
    const centre = (v: Viewport) => ({ x: (size.width / 2 - v.x) / v.zoom, y: (size.height / 2 - v.y) / v.zoom });
    const [a, b, m] = [centre(from), centre(to), centre(interpolateViewport(from, to, 0.25, size))];
    expect(m.x).toBeCloseTo(a.x + (b.x - a.x) * 0.25);
    expect(m.y).toBeCloseTo(a.y + (b.y - a.y) * 0.25);
  });

  it('ease in and out, monotonically', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5);
    expect(easeInOut(0.1)).toBeLessThan(0.1);
    expect(easeInOut(0.9)).toBeGreaterThan(0.9);
    for (let t = 0; t < 1; t += 0.05) expect(easeInOut(t + 0.05)).toBeGreaterThanOrEqual(easeInOut(t));
  });

  it('jump under reduced motion', () => {
    expect(moveDuration(300, true)).toBe(0);
    expect(moveDuration(300, false)).toBe(300);
    expect(moveDuration(-5, false)).toBe(0);
  });
});
