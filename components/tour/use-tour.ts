'use client';
import { useEffect, useRef, type RefObject } from 'react';
import type { Camera } from '../diagram/camera';
import type { OpenTour } from '../stack/explorer-state';
import { drawerInset } from '../stack/drawer-inset';

/** Room around a step's components when the camera frames them, in screen pixels. */
const STEP_PADDING = 56;

/**
 * Moves the camera to each step's components: animated between steps (a jump under reduced
 * motion), at once for the step a page opens on. When the tour ends, the caller fits the view.
 */
export function useTourCamera(camera: RefObject<Camera | null>, viewId: string, tour: OpenTour | null) {
  const shown = useRef<string | null>(null);
  const mounted = useRef(false);
  const key = tour ? `${viewId}/${tour.tour.id}/${tour.index}` : null;
  useEffect(() => {
    const first = !mounted.current;
    mounted.current = true;
    if (!tour || !key || shown.current === key) {
      shown.current = key;
      return;
    }
    shown.current = key;
    // The step's panel is a drawer over the canvas on wide screens: frame the step in what it leaves.
    camera.current?.fitIds(tour.tour.steps[tour.index]!.focus, { padding: STEP_PADDING, right: drawerInset(), ...(first ? { duration: 0 } : {}) });
  }, [camera, key, tour]);
}

/**
 * While a tour is open: ← and → step, Esc ends it. Not while a component or flow is open on top of
 * the step (Esc closes that first), and not while typing or moving between view tabs.
 */
export function useTourKeys({ tour, selected, onGo, onEnd }: { tour: OpenTour | null; selected: boolean; onGo(index: number): void; onEnd(): void }) {
  useEffect(() => {
    if (!tour || selected) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="tablist"]')) return;
      if (event.key === 'ArrowRight') onGo(tour.index + 1);
      else if (event.key === 'ArrowLeft') onGo(tour.index - 1);
      else if (event.key === 'Escape') onEnd();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [tour, selected, onGo, onEnd]);
}
