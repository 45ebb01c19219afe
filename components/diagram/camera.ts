'use client';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
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

/**
 * The camera of the static canvas: its viewport is React state, moves are animated with rAF.
 * `onTarget` hears where each move will end (React Flow, if it takes over mid-move, starts there).
 */
export function useStaticCamera(
  nodes: DiagramNode[],
  initial: Viewport,
  element: RefObject<HTMLElement | null>,
  onTarget: (viewport: Viewport) => void,
): { viewport: Viewport; camera: Camera } {
  const [viewport, setViewport] = useState(initial);
  const current = useRef(initial);
  const frame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const size = useCallback((): Size => {
    const rect = element.current?.getBoundingClientRect();
    return { width: rect?.width || 1, height: rect?.height || 1 };
  }, [element]);

  const moveTo = useCallback(
    (target: Viewport, options?: CameraMove) => {
      cancelAnimationFrame(frame.current);
      onTarget(target);
      const duration = durationOf(options);
      const set = (next: Viewport) => {
        current.current = next;
        setViewport(next);
      };
      if (duration === 0) return set(target);
      const from = current.current;
      const box = size();
      const start = performance.now();
      const step = (now: number) => {
        const t = Math.min(1, (now - start) / duration);
        set(interpolateViewport(from, target, easeInOut(t), box));
        if (t < 1) frame.current = requestAnimationFrame(step);
      };
      frame.current = requestAnimationFrame(step);
    },
    [size, onTarget],
  );

  const camera = useMemo<Camera>(
    () => ({
      moveTo,
      getViewport: () => current.current,
      fitAll: (options) => {
        const target = fitNodes(nodes, size(), FIT_OPTIONS);
        if (target) moveTo(target, options);
      },
      fitIds: (ids, options) => {
        const target = fitNodes(nodes, size(), fitIdsOptions(options), ids);
        if (target) moveTo(target, options);
        return target !== null;
      },
      zoomIn: (options) => moveTo(zoomAroundCentre(current.current, ZOOM_STEP, size(), MIN_ZOOM, MAX_ZOOM), options),
      zoomOut: (options) => moveTo(zoomAroundCentre(current.current, 1 / ZOOM_STEP, size(), MIN_ZOOM, MAX_ZOOM), options),
    }),
    [nodes, moveTo, size],
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
