'use client';
import { useCallback, useRef, useState } from 'react';

/**
 * Below this zoom, flow labels are too small to read (about 4 px) and cost the most to repaint
 * while panning a large diagram: they are hidden until the reader zooms in.
 */
export const LABELS_MIN_ZOOM = 0.35;

/** Whether the canvas is zoomed out too far for labels; `onZoom` runs every frame, but only a change of side re-renders. */
export function useFarZoom(initialZoom: number): { far: boolean; onZoom(zoom: number): void } {
  const [far, setFar] = useState(initialZoom < LABELS_MIN_ZOOM);
  const farRef = useRef(far);
  const onZoom = useCallback((zoom: number) => {
    const next = zoom < LABELS_MIN_ZOOM;
    if (next !== farRef.current) {
      farRef.current = next;
      setFar(next);
    }
  }, []);
  return { far, onZoom };
}
