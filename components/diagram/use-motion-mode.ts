'use client';
import { useMemo, type RefObject } from 'react';

type Marked = Pick<Element, 'setAttribute' | 'removeAttribute'>;

/**
 * Marks `target()` with `data-moving="true"` on the first moving frame of a gesture and unmarks it
 * when the gesture ends: two DOM writes per gesture, whatever the number of frames in between.
 */
export function motionToggle(target: () => Marked | null) {
  let moving = false;
  return {
    /** Called every frame the viewport moves; only the first of a gesture touches the DOM. */
    onMove() {
      if (moving) return;
      moving = true;
      target()?.setAttribute('data-moving', 'true');
    },
    onMoveEnd() {
      if (!moving) return;
      moving = false;
      target()?.removeAttribute('data-moving');
    },
  };
}

/**
 * While the viewport of a large view moves (a drag, a Ctrl+wheel, an animated camera move), its
 * `.sa-canvas` carries `data-moving="true"` and app/globals.css draws a cheaper stand-in: no flow
 * labels (SVG text is laid out again at every zoom step), no minimap, and a shield over the pane so
 * the pointer is not hit-tested against every node and flow on each move. A style change, no React
 * render; everything, the flows' dash patterns included, is back exactly when motion stops. Small
 * views (every real stack) get no handlers and never change.
 */
export function useMotionMode(canvas: RefObject<HTMLElement | null>, enabled: boolean) {
  return useMemo(() => (enabled ? motionToggle(() => canvas.current?.closest<HTMLElement>('.sa-canvas') ?? null) : null), [canvas, enabled]);
}
