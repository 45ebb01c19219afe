'use client';
import { useEffect, type RefObject } from 'react';
import type { Camera } from './camera';
import { clampZoom, type Viewport } from './camera-math';
import { MAX_ZOOM, MIN_ZOOM } from './canvas-size';

type Point = { x: number; y: number };

/** Movement (screen px) under which a press is still a click, not a drag. */
const CLICK_DISTANCE = 3;

const isMacOs = () => typeof navigator !== 'undefined' && navigator.userAgent.includes('Mac');

/** What one Ctrl+wheel event (a trackpad pinch) multiplies the zoom by: React Flow's own step (its d3-zoom wheelDelta). */
export function wheelZoomFactor(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>, mac = isMacOs()): number {
  const factor = event.ctrlKey && mac ? 10 : 1;
  return Math.pow(2, -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * factor);
}

/** `viewport` zoomed to `zoom` (clamped) about `point` (canvas pixels): the diagram under the point stays put. */
export function zoomAtPoint(viewport: Viewport, zoom: number, point: Point): Viewport {
  const k = clampZoom(zoom, MIN_ZOOM, MAX_ZOOM);
  const ratio = k / viewport.zoom;
  return { x: point.x - (point.x - viewport.x) * ratio, y: point.y - (point.y - viewport.y) * ratio, zoom: k };
}

/**
 * Two fingers that were at `from` (with the view at `start`) and are now at `to`: the zoom follows
 * their distance and the diagram point under their midpoint follows the midpoint (as d3-zoom's pinch).
 */
export function pinchViewport(start: Viewport, from: readonly [Point, Point], to: readonly [Point, Point]): Viewport {
  const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
  const mid = (a: Point, b: Point) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  const k = clampZoom((start.zoom * distance(...to)) / Math.max(1, distance(...from)), MIN_ZOOM, MAX_ZOOM);
  const m0 = mid(...from);
  const m = mid(...to);
  return { x: m.x - ((m0.x - start.x) / start.zoom) * k, y: m.y - ((m0.y - start.y) / start.zoom) * k, zoom: k };
}

/**
 * Pan and zoom on the static canvas, through its camera, until React Flow has taken over: a drag
 * (mouse, pen or one finger) pans, Ctrl+wheel (a trackpad pinch) zooms about the pointer, two
 * fingers pinch. The first gesture, the one that makes the page fetch React Flow, so moves the view
 * at once. React Flow is swapped in only once every pointer is up (use-canvas-swap.ts), and starts
 * where this camera stopped; from then on React Flow's own d3-zoom handles the canvas and these
 * listeners stand aside (d3-zoom marks the element it listens on with `__zoom`), so no event is
 * applied twice.
 */
export function useStaticGestures(canvas: RefObject<HTMLElement | null>, camera: Camera): void {
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const isStatic = () => element.getAttribute('data-interactive') !== 'true';
    const renderer = () => element.querySelector<HTMLElement>('.react-flow__renderer');
    const reactFlowListens = () => {
      const node = renderer();
      return node !== null && '__zoom' in node;
    };
    const inRenderer = (target: EventTarget | null) => target instanceof Element && target.closest('.react-flow__renderer') !== null;
    const local = (point: Point): Point => {
      const rect = renderer()?.getBoundingClientRect();
      return { x: point.x - (rect?.left ?? 0), y: point.y - (rect?.top ?? 0) };
    };

    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey || !inRenderer(event.target) || reactFlowListens()) return;
      event.preventDefault(); // the browser's own page zoom
      // Between the swap and React Flow's listener (a frame): nothing to move yet.
      if (!isStatic()) return;
      const view = camera.getViewport();
      camera.moveTo(zoomAtPoint(view, view.zoom * wheelZoomFactor(event), local({ x: event.clientX, y: event.clientY })), { duration: 0 });
    };

    const down = new Map<number, Point>();
    let start: { viewport: Viewport; points: Map<number, Point> } | null = null;
    let moved = false;
    const restart = () => (start = down.size ? { viewport: camera.getViewport(), points: new Map(down) } : null);
    const noSelect = (event: Event) => event.preventDefault();
    const swallowClick = (event: Event) => {
      event.stopImmediatePropagation();
      event.preventDefault();
    };

    const onMove = (event: PointerEvent) => {
      if (!down.has(event.pointerId) || !start) return;
      down.set(event.pointerId, { x: event.clientX, y: event.clientY });
      const [a, b] = [...start.points.keys()];
      if (b === undefined) {
        const from = start.points.get(a!)!;
        const to = down.get(a!)!;
        const dx = to.x - from.x;
        const dy = to.y - from.y;
        if (!moved && Math.hypot(dx, dy) < CLICK_DISTANCE) return;
        moved = true;
        camera.moveTo({ x: start.viewport.x + dx, y: start.viewport.y + dy, zoom: start.viewport.zoom }, { duration: 0 });
      } else {
        moved = true;
        const from = [local(start.points.get(a!)!), local(start.points.get(b)!)] as const;
        const to = [local(down.get(a!)!), local(down.get(b)!)] as const;
        camera.moveTo(pinchViewport(start.viewport, from, to), { duration: 0 });
      }
    };
    const stopListening = () => {
      window.removeEventListener('pointermove', onMove, true);
      window.removeEventListener('pointerup', onUp, true);
      window.removeEventListener('pointercancel', onUp, true);
      window.removeEventListener('selectstart', noSelect, true);
    };
    function onUp(event: PointerEvent) {
      if (!down.delete(event.pointerId)) return;
      // A finger still down pans on from here.
      restart();
      if (down.size > 0) return;
      stopListening();
      if (!moved) return;
      // A drag is not a click: not on the component it started on, nor on the pane (which would clear the selection).
      window.addEventListener('click', swallowClick, { capture: true, once: true });
      setTimeout(() => window.removeEventListener('click', swallowClick, true), 0);
    }
    const onDown = (event: PointerEvent) => {
      if (!isStatic() || event.button !== 0 || !inRenderer(event.target) || down.size >= 2) return;
      if (down.size === 0) {
        moved = false;
        window.addEventListener('pointermove', onMove, true);
        window.addEventListener('pointerup', onUp, true);
        window.addEventListener('pointercancel', onUp, true);
        window.addEventListener('selectstart', noSelect, true);
      }
      down.set(event.pointerId, { x: event.clientX, y: event.clientY });
      restart();
    };

    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onDown);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onDown);
      stopListening();
    };
  }, [canvas, camera]);
}
