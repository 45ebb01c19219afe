import { describe, expect, it } from 'vitest';
import { nodesBounds, viewportForBounds, type Rect } from './camera-math';
import { FIT_OPTIONS, canvasHeight } from './canvas-size';
import { evaluateFit, fitExpression, fitStyle, toCss } from './fit-css';

const fitAt = (bounds: Rect, width: number, height: number) =>
  viewportForBounds(bounds, width, height, FIT_OPTIONS.minZoom, FIT_OPTIONS.maxZoom, FIT_OPTIONS.padding);

/** Diagrams of the shapes the stacks have: wide, small (zoom capped at 1), tall, off the origin. */
const diagrams: Rect[] = [
  { x: 0, y: 0, width: 1688, height: 765 },
  { x: 0, y: 0, width: 600, height: 300 },
  { x: 0, y: 0, width: 900, height: 1400 },
  { x: -40, y: 12.5, width: 2400, height: 500 },
  { x: 0, y: 0, width: 9000, height: 400 },
];

describe('the CSS fit is the same formula as the JavaScript fit', () => {
  for (const bounds of diagrams) {
    it(`${bounds.width} x ${bounds.height}, at every width from a phone to a desktop`, () => {
      const height = canvasHeight(bounds);
      const fit = fitExpression(bounds, height, FIT_OPTIONS);
      for (let width = 240; width <= 1400; width += 3.25) {
        const css = evaluateFit(fit, width);
        const js = fitAt(bounds, width, height);
        expect(css.zoom).toBeCloseTo(js.zoom, 12);
        expect(css.x).toBeCloseTo(js.x, 9);
        expect(css.y).toBeCloseTo(js.y, 9);
      }
    });
  }

  it('also at other canvas heights than the view’s own', () => {
    const bounds = diagrams[0]!;
    for (const height of [200, 557, 900, 2000]) {
      const fit = fitExpression(bounds, height, FIT_OPTIONS);
      for (const width of [320, 767.5, 1000]) {
        const css = evaluateFit(fit, width);
        const js = fitAt(bounds, width, height);
        expect(css).toEqual({ x: expect.closeTo(js.x, 9), y: expect.closeTo(js.y, 9), zoom: expect.closeTo(js.zoom, 12) });
      }
    }
  });
});

describe('printed as CSS', () => {
  const fit = fitExpression({ x: 0, y: 0, width: 1688, height: 765 }, 557, FIT_OPTIONS);
  const style = fitStyle(fit);

  it('reads the canvas width as 100cqw and divides lengths with tan(atan2())', () => {
    expect(toCss(fit.zoom)).toBe(`min(max(min(tan(atan2((100cqw - 32px), 1688px)), ${(557 - 128) / 765}), 0.2), 1)`);
    expect(style['--sa-fit-zoom']).toBe(`calc(${toCss(fit.zoom)})`);
  });

  it('is a translate then a scale by the zoom, as React Flow writes its viewport', () => {
    expect(style.transform).toMatch(/^translate\(calc\(.+\), calc\(.+\)\) scale\(var\(--sa-fit-zoom\)\)$/);
    expect(style.transform).not.toMatch(/NaN|undefined|Infinity/);
    // Balanced parentheses, or the browser drops the whole declaration.
    for (const value of Object.values(style)) {
      let depth = 0;
      for (const c of value) {
        depth += c === '(' ? 1 : c === ')' ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
    }
  });
});

describe('bounds', () => {
  it('are the nodes’ bounds the canvases fit', () => {
    const nodes = [
      { position: { x: 10, y: 20 }, width: 100, height: 50 },
      { position: { x: 300, y: -5 }, width: 40, height: 40 },
    ];
    expect(nodesBounds(nodes)).toEqual({ x: 10, y: -5, width: 330, height: 75 });
  });
});
