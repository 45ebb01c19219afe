/**
 * The static canvas's first paint, fitted in CSS: the fitted viewport (viewportForBounds) written as
 * a function of the canvas's width, `100cqw`, so the HTML alone draws the diagram where the page
 * will show it at any window width, before (and without) JavaScript. The canvas's height is fixed
 * per view (canvasHeight), so only the width is unknown when the HTML is written.
 *
 * One expression tree is both printed as CSS and evaluated in JavaScript; the unit test checks the
 * evaluation against viewportForBounds at many widths, so the CSS is the same formula.
 *
 * CSS cannot divide a length by a length in every browser yet, so the zoom's ratio uses
 * `tan(atan2(a, b))`, which is a / b as a plain number (for b > 0) wherever CSS trigonometry works
 * (Chrome 111, Safari 15.4, Firefox 108).
 */
import { paddingPx, type FitOptions, type Rect } from './camera-math';

/** A length in px or a plain number, built from the canvas width `w`. */
export type Expr =
  | { op: 'w' }
  | { op: 'zoom' }
  | { op: 'px' | 'num'; value: number }
  | { op: '+' | '-' | '*' | 'max' | 'min' | 'ratio'; a: Expr; b: Expr };

const w: Expr = { op: 'w' };
const zoomRef: Expr = { op: 'zoom' };
const len = (value: number): Expr => ({ op: 'px', value });
const num = (value: number): Expr => ({ op: 'num', value });
const bin = (op: '+' | '-' | '*' | 'max' | 'min' | 'ratio') => (a: Expr, b: Expr): Expr => ({ op, a, b });
const add = bin('+');
const sub = bin('-');
const mul = bin('*');
const max = bin('max');
const min = bin('min');
const ratio = bin('ratio');

export interface FitExpression {
  zoom: Expr;
  x: Expr;
  y: Expr;
}

/** viewportForBounds(bounds, w, height, ...) with the width left open, term for term. */
export function fitExpression(bounds: Rect, height: number, options: FitOptions): FitExpression {
  const p = {
    top: paddingPx(options.padding.top),
    right: paddingPx(options.padding.right),
    bottom: paddingPx(options.padding.bottom),
    left: paddingPx(options.padding.left),
  };
  const byWidth = ratio(sub(w, len(p.left + p.right)), len(bounds.width));
  const byHeight = num((height - p.top - p.bottom) / bounds.height);
  const zoom = min(max(min(byWidth, byHeight), num(options.minZoom)), num(options.maxZoom));
  const half = (value: number) => value / 2;
  const marginX = sub(mul(w, num(0.5)), mul(len(half(bounds.width)), zoomRef));
  const marginY = sub(len(half(height)), mul(len(half(bounds.height)), zoomRef));
  const shift = (margin: Expr, before: number, after: number) => sub(max(sub(len(before), margin), len(0)), max(sub(len(after), margin), len(0)));
  return {
    zoom,
    x: add(sub(mul(w, num(0.5)), mul(len(bounds.x + half(bounds.width)), zoomRef)), shift(marginX, p.left, p.right)),
    y: add(sub(len(half(height)), mul(len(bounds.y + half(bounds.height)), zoomRef)), shift(marginY, p.top, p.bottom)),
  };
}

/** The expression's value for a canvas `width` px wide (lengths in px). */
export function evaluate(expr: Expr, width: number, zoom?: Expr): number {
  const value = (e: Expr): number => {
    switch (e.op) {
      case 'w':
        return width;
      case 'zoom':
        if (!zoom) throw new Error('zoom used outside a fit');
        return evaluate(zoom, width);
      case 'px':
      case 'num':
        return e.value;
      case '+':
        return value(e.a) + value(e.b);
      case '-':
        return value(e.a) - value(e.b);
      case '*':
        return value(e.a) * value(e.b);
      case 'max':
        return Math.max(value(e.a), value(e.b));
      case 'min':
        return Math.min(value(e.a), value(e.b));
      case 'ratio':
        return value(e.a) / value(e.b);
    }
  };
  return value(expr);
}

/** The fitted viewport at this width, from the expression (the test compares it with viewportForBounds). */
export function evaluateFit(fit: FitExpression, width: number) {
  return { x: evaluate(fit.x, width, fit.zoom), y: evaluate(fit.y, width, fit.zoom), zoom: evaluate(fit.zoom, width) };
}

/** The custom property that holds the zoom, so the transform spells it once. */
export const ZOOM_PROPERTY = '--sa-fit-zoom';

/** CSS for the expression; `w` is the width of the nearest size container (the canvas). */
export function toCss(expr: Expr): string {
  switch (expr.op) {
    case 'w':
      return '100cqw';
    case 'zoom':
      return `var(${ZOOM_PROPERTY})`;
    case 'px':
      return `${expr.value}px`;
    case 'num':
      return String(expr.value);
    case '+':
    case '-':
    case '*':
      return `(${toCss(expr.a)} ${expr.op} ${toCss(expr.b)})`;
    case 'max':
    case 'min':
      return `${expr.op}(${toCss(expr.a)}, ${toCss(expr.b)})`;
    case 'ratio':
      return `tan(atan2(${toCss(expr.a)}, ${toCss(expr.b)}))`;
  }
}

/** 1 where flow labels show at the fitted zoom, 0 below `labelsMinZoom` (read as the labels' opacity). */
export const LABELS_PROPERTY = '--sa-fit-labels';

/**
 * The style of a fitted layer: the zoom in a custom property and the viewport's transform. Spread on
 * the static canvas's viewport (and its background layer), inside an element with
 * `container-type: inline-size` whose width is the canvas's. With `labelsMinZoom`, also whether
 * flow labels show at that zoom (a step from 0 to 1 at it), for the labels' opacity in the CSS.
 */
export function fitStyle(fit: FitExpression, labelsMinZoom?: number): Record<string, string> {
  const style: Record<string, string> = {
    [ZOOM_PROPERTY]: `calc(${toCss(fit.zoom)})`,
    transform: `translate(calc(${toCss(fit.x)}), calc(${toCss(fit.y)})) scale(var(${ZOOM_PROPERTY}))`,
  };
  if (labelsMinZoom !== undefined) style[LABELS_PROPERTY] = `clamp(0, (var(${ZOOM_PROPERTY}) - ${labelsMinZoom}) * 1000000 + 1, 1)`;
  return style;
}
