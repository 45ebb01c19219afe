'use client';
import { useEffect, useRef, type RefObject } from 'react';
import type { Camera } from '../diagram/camera';
import type { Selection } from '../diagram/flow-types';
import { diagramElement, drawerInset, panToClear } from './drawer-inset';

/**
 * On wide screens the panel is a drawer over the diagram: pans what was selected out from under it
 * (at once for the selection a page opens on, animated after that), again when the view changes.
 */
export function useClearOfDrawer(camera: RefObject<Camera | null>, viewId: string, selection: Selection) {
  // Only the first run sees the selection the page opened on: a reader's first click animates too.
  // Its frame callback still runs in the frame that paints the panel (reading where things are), but
  // the diagram starts to move only in the frames after it, rather than jumping in that one.
  const mounted = useRef(false);
  useEffect(() => {
    const first = !mounted.current;
    mounted.current = true;
    const id = selection.node ?? selection.flow;
    if (!id) return;
    const frame = requestAnimationFrame(() => {
      const canvas = diagramElement();
      const target = selection.node
        ? canvas?.querySelector(`[data-node-id="${CSS.escape(id)}"]`)
        : canvas?.querySelector(`[data-testid="rf__edge-${CSS.escape(id)}"] .sa-edge-label`);
      if (!canvas || !target || !camera.current) return;
      const dx = panToClear(target.getBoundingClientRect(), canvas.getBoundingClientRect(), drawerInset());
      if (dx <= 0) return;
      const viewport = camera.current.getViewport();
      camera.current.moveTo({ ...viewport, x: viewport.x - dx }, first ? { duration: 0 } : {});
    });
    return () => cancelAnimationFrame(frame);
  }, [camera, viewId, selection.node, selection.flow]);
}
