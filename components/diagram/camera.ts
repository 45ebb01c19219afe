'use client';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import {
  fitNodes,
  easeInOut,
  evenPadding,
  interpolateViewport,
  moveDuration,
  zoomAroundCentre,
  type Size,
  type Viewport,
} from './camera-math';
import { FIT_OPTIONS, MAX_ZOOM, MIN_ZOOM, ZOOM_STEP } from './canvas-size';
import type { DiagramNode } from './flow-types';

export interface CameraMove {
  /** Milliseconds; 0 jumps. Under `prefers-reduced-motion` every move jumps. */
  duration?: number;
}
export interface FitIdsOptions extends CameraMove {
  /** Room around the fitted components, in screen pixels. */
  padding?: number;
  /** Extra room on the right, in screen pixels: what covers that side of the canvas (the panel's drawer). */
  right?: number;
}

/**
 * What can move a view's canvas: tours ("show these components") and the controls. Both canvases
 * implement it; the view's camera forwards to whichever is mounted.
 */
export interface Camera {
  fitAll(options?: CameraMove): void;
  /** Fits the components with these ids; returns false (and stays put) when none is in the view. */
  fitIds(ids: readonly string[], options?: FitIdsOptions): boolean;
  zoomIn(options?: CameraMove): void;
  zoomOut(options?: CameraMove): void;
  moveTo(viewport: Viewport, options?: CameraMove): void;
  getViewport(): Viewport;
}

export const DEFAULT_MOVE_MS = 300;
const DEFAULT_FIT_PADDING = 48;

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

export const durationOf = (options?: CameraMove) => moveDuration(options?.duration ?? DEFAULT_MOVE_MS, prefersReducedMotion());
export const fitIdsOptions = (options?: FitIdsOptions) => ({ ...FIT_OPTIONS, padding: evenPadding(options?.padding ?? DEFAULT_FIT_PADDING) });
/** The part of the canvas a fit of some components frames: all of it, less what covers its right side. */
export const fitIdsSize = (size: Size, options?: FitIdsOptions): Size => ({ ...size, width: Math.max(1, size.width - (options?.right ?? 0)) });

/**
 * The camera of the static canvas: its viewport is React state, moves are animated with rAF.
 * `onTarget` hears where each move will end (React Flow, if it takes over mid-move, starts there).
 *
 * It starts fitted (viewport null): the HTML and the hydrating render fit the diagram in CSS
 * (fit-css.ts), which follows the canvas's size by itself. Right after hydration the same fit is
 * computed from the measured size for the camera's maths (and for React Flow to start at); the
 * viewport becomes numbers at the camera's first move, without a pixel of movement, and then follows
 * the canvas's size (window resizes, a rotated phone) until the camera is moved away from the fit.
 */
export function useStaticCamera(
  nodes: DiagramNode[],
  element: RefObject<HTMLElement | null>,
  onTarget: (viewport: Viewport) => void,
): { viewport: Viewport | null; camera: Camera } {
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const current = useRef<Viewport | null>(null);
  /**
   * Whether the viewport is rendered as numbers. Until the first move the CSS fit draws it: rendering
   * the measured fit right after hydration was a state update in a layout effect, which made React
   * run it, and every effect of the page with it, inside the hydration's commit task.
   */
  const numeric = useRef(false);
  /** Whether the camera shows the fit (and refits when the canvas's size changes). */
  const fitted = useRef(true);
  const frame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  const latestNodes = useRef(nodes);
  latestNodes.current = nodes;

  const size = useCallback((): Size => {
    const rect = element.current?.getBoundingClientRect();
    return { width: rect?.width || 1, height: rect?.height || 1 };
  }, [element]);

  const set = useCallback((next: Viewport) => {
    current.current = next;
    numeric.current = true;
    setViewport(next);
  }, []);
  const fit = useCallback(() => fitNodes(latestNodes.current, size(), FIT_OPTIONS), [size]);
  const now = useCallback(() => current.current ?? fit() ?? { x: 0, y: 0, zoom: 1 }, [fit]);

  useLayoutEffect(() => {
    const refit = () => {
      if (!fitted.current) return;
      const target = fit();
      const was = current.current;
      if (!target || (was && was.x === target.x && was.y === target.y && was.zoom === target.zoom)) return;
      cancelAnimationFrame(frame.current);
      onTarget(target);
      if (numeric.current) set(target);
      else current.current = target;
    };
    refit();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(refit);
    if (element.current) observer?.observe(element.current);
    return () => observer?.disconnect();
  }, [element, fit, onTarget, set]);

  const moveTo = useCallback(
    (target: Viewport, options?: CameraMove, isFit = false) => {
      cancelAnimationFrame(frame.current);
      fitted.current = isFit;
      onTarget(target);
      const duration = durationOf(options);
      if (duration === 0) return set(target);
      const from = now();
      const box = size();
      const start = performance.now();
      const step = (time: number) => {
        const t = Math.min(1, (time - start) / duration);
        set(interpolateViewport(from, target, easeInOut(t), box));
        if (t < 1) frame.current = requestAnimationFrame(step);
      };
      frame.current = requestAnimationFrame(step);
    },
    [size, onTarget, set, now],
  );

  const camera = useMemo<Camera>(
    () => ({
      moveTo: (target, options) => moveTo(target, options),
      getViewport: now,
      fitAll: (options) => {
        const target = fit();
        if (target) moveTo(target, options, true);
      },
      fitIds: (ids, options) => {
        const target = fitNodes(nodes, fitIdsSize(size(), options), fitIdsOptions(options), ids);
        if (target) moveTo(target, options);
        return target !== null;
      },
      zoomIn: (options) => moveTo(zoomAroundCentre(now(), ZOOM_STEP, size(), MIN_ZOOM, MAX_ZOOM), options),
      zoomOut: (options) => moveTo(zoomAroundCentre(now(), 1 / ZOOM_STEP, size(), MIN_ZOOM, MAX_ZOOM), options),
    }),
    [nodes, moveTo, size, fit, now],
  );
  return { viewport, camera };
}

/**
 * A camera that forwards to whichever canvas is mounted. `attach` is called by a canvas when it
 * mounts (and with null when it unmounts); calls made while neither is attached are dropped.
 */
export function useForwardingCamera(): { camera: Camera; attach(target: Camera | null): void } {
  const target = useRef<Camera | null>(null);
  const attach = useCallback((next: Camera | null) => {
    target.current = next;
  }, []);
  const camera = useMemo<Camera>(
    () => ({
      fitAll: (options) => target.current?.fitAll(options),
      fitIds: (ids, options) => target.current?.fitIds(ids, options) ?? false,
      zoomIn: (options) => target.current?.zoomIn(options),
      zoomOut: (options) => target.current?.zoomOut(options),
      moveTo: (viewport, options) => target.current?.moveTo(viewport, options),
      getViewport: () => target.current?.getViewport() ?? { x: 0, y: 0, zoom: 1 },
    }),
    [],
  );
  return { camera, attach };
}
