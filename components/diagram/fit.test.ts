import { describe, expect, it } from 'vitest';
import { getNodesBounds, getViewportForBounds } from '@xyflow/system';
import { nodesBounds, viewportForBounds } from './fit';
import { FIT_OPTIONS } from './to-flow';

/** The static canvas and React Flow must agree to the pixel, so the copy is checked against the original. */
describe('fit matches React Flow', () => {
  const cases = [
    { width: 1000, height: 557, nodes: [{ x: 0, y: 0, w: 1688, h: 765 }, { x: 16, y: 56, w: 184, h: 56 }] },
    { width: 1000, height: 300, nodes: [{ x: 0, y: 0, w: 400, h: 200 }] },
    { width: 390, height: 500, nodes: [{ x: -40, y: 10, w: 900, h: 120 }, { x: 300, y: 400, w: 100, h: 50 }] },
  ];
  for (const [index, { width, height, nodes }] of cases.entries()) {
    it(`case ${index + 1}`, () => {
      const flowNodes = nodes.map((n, i) => ({ id: String(i), position: { x: n.x, y: n.y }, width: n.w, height: n.h, data: {} }));
      const ours = viewportForBounds(nodesBounds(flowNodes), width, height, FIT_OPTIONS.minZoom, FIT_OPTIONS.maxZoom, FIT_OPTIONS.padding);
      const theirs = getViewportForBounds(getNodesBounds(flowNodes), width, height, FIT_OPTIONS.minZoom, FIT_OPTIONS.maxZoom, FIT_OPTIONS.padding);
      expect(nodesBounds(flowNodes)).toEqual(getNodesBounds(flowNodes));
      expect(ours).toEqual(theirs);
    });
  }
});
