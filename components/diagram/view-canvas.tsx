'use client';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ClientComponent, ClientView } from '@/lib/model/types';
import { canvasHeight, FIT_OPTIONS, initialViewport, NOMINAL_WIDTH } from './canvas-size';
import { toFlowEdges, toFlowNodes } from './to-flow';
import { DiagramActionsContext, type DiagramActions } from './diagram-actions';
import { useForwardingCamera, type Camera } from './camera';
import { fitNodes, type Viewport } from './camera-math';
import type { CanvasProps } from './canvas-props';
import type { Selection } from './flow-types';
import { ArrowMarker } from './arrow-marker';
import { StaticCanvas } from './static-canvas';
import { useCanvasSwap } from './use-canvas-swap';
import { useFarZoom } from './use-far-zoom';
import { useStaticGestures } from './use-static-gestures';
import { useStableItems } from './use-stable-items';

export interface ViewCanvasProps {
  view: ClientView;
  components: Record<string, ClientComponent>;
  selection: Selection;
  actions: DiagramActions;
  /** Receives the view's camera (fit, zoom, move), whichever canvas is showing. */
  cameraRef?: RefObject<Camera | null>;
}

/**
 * One view's diagram: the static canvas first (in the HTML, working without React Flow: click,
 * keyboard, the camera, pan and zoom gestures), swapped for the interactive React Flow canvas once
 * the reader reaches for the canvas and it has loaded (use-canvas-swap.ts). Both draw the same nodes at the same place
 * with the same renderers. Wiring only: the pieces live in the hooks and canvases it composes.
 * Memoised: the explorer re-renders for the panel first and the diagram's highlight after
 * (stack-explorer.tsx), and the first of those must not touch the diagram.
 */
export const ViewCanvas = memo(function ViewCanvas({ view, components, selection, actions, cameraRef }: ViewCanvasProps) {
  const nodes = useStableItems(useMemo(() => toFlowNodes(view, components, selection), [view, components, selection]), view.id);
  const edges = useStableItems(useMemo(() => toFlowEdges(view, components, selection), [view, components, selection]), view.id);
  const height = canvasHeight(view);
  // The zoom the HTML's labels are shown or hidden for (a full-width canvas); corrected before the
  // first paint after hydration, when the static canvas has measured its size.
  const [nominalZoom] = useState(() => initialViewport(nodes, NOMINAL_WIDTH, height).zoom);
  // Where the static canvas's camera left it (its measured fit at first), so React Flow starts there.
  const staticViewport = useRef<Viewport | null>(null);
  const { far, onZoom } = useFarZoom(nominalZoom);
  const onStaticViewport = useCallback(
    (viewport: Viewport) => {
      staticViewport.current = viewport;
      onZoom(viewport.zoom);
    },
    [onZoom],
  );

  // Lets tests and the benchmark tell the static HTML from the live page.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const canvas = useRef<HTMLDivElement>(null);
  const { Interactive, want, events } = useCanvasSwap(canvas);
  const { camera, attach } = useForwardingCamera();
  // Pan and zoom at once, before React Flow (fetched on the gesture's intent) has taken over.
  useStaticGestures(canvas, camera);
  useEffect(() => {
    if (!cameraRef) return;
    cameraRef.current = camera;
    return () => {
      cameraRef.current = null;
    };
  }, [cameraRef, camera]);

  /** The fit at the canvas's inner size (inside its 1px border), if the static camera never reported one. */
  const measuredFit = () => {
    const rect = canvas.current?.getBoundingClientRect();
    return fitNodes(nodes, { width: Math.max(1, (rect?.width ?? NOMINAL_WIDTH + 2) - 2), height }, FIT_OPTIONS);
  };
  const props: CanvasProps = {
    nodes,
    edges,
    height,
    label: `${view.title} diagram`,
    onEdgeClick: actions.selectFlow,
    onPaneClick: actions.clear,
    attachCamera: attach,
    viewport: Interactive ? (staticViewport.current ?? measuredFit()) : null,
  };

  return (
    <DiagramActionsContext value={actions}>
      {/* +2 for the 1px border: the inner height is the height the fit is computed for. */}
      <div
        ref={canvas}
        className="sa-canvas"
        style={{ height: height + 2, maxWidth: NOMINAL_WIDTH + 2 }}
        data-testid="diagram"
        data-view={view.id}
        data-hydrated={hydrated}
        data-interactive={Interactive !== null}
        data-far={far}
        {...events}
      >
        <ArrowMarker />
        {Interactive ? (
          <Interactive {...props} onZoom={onZoom} />
        ) : (
          <StaticCanvas {...props} onWantInteractive={want} onViewportChange={onStaticViewport} />
        )}
      </div>
    </DiagramActionsContext>
  );
});
