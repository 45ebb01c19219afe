'use client';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Background, ControlButton, Controls, Handle, MiniMap, ReactFlow, ViewportPortal, type ReactFlowInstance } from '@xyflow/react';
import { edgeTypes, nodeTypes } from './node-types';
import { BACKGROUND_GAP, FIT_OPTIONS, MAX_ZOOM, MIN_ZOOM } from './canvas-size';
import { durationOf, fitIdsOptions, fitIdsSize, type Camera } from './camera';
import { fitNodes } from './camera-math';
import { FitViewIcon } from './controls-icons';
import { EdgeLayer } from './edge-layer';
import { HandleSlotContext, NoHandle, type HandleSlotProps } from './handle-slot';
import { isLargeView } from './large-view';
import { useMotionMode } from './use-motion-mode';
import type { CanvasProps } from './canvas-props';
import type { DiagramNode, FlowEdge } from './flow-types';

const minimapColor = (node: DiagramNode) => (node.type === 'band' ? 'transparent' : 'var(--sa-minimap-node)');

/** React Flow's own handle, invisible: flows are drawn from build-time routes, handles only anchor them. */
const RealHandle = (props: HandleSlotProps) => <Handle {...props} isConnectable={false} className="sa-handle" />;

/** React Flow gets no edges for a large view: its flows are drawn by the EdgeLayer instead. */
const NO_EDGES: FlowEdge[] = [];
/** The flow layer over the band nodes (z-index -1, earlier in the viewport) and under the components (0), as React Flow stacks its edges. */
const UNDER_COMPONENTS = { zIndex: -1 } as const;

/**
 * The camera, on React Flow's instance. Fits are computed here (the same maths as the static
 * camera, which matches React Flow's) and applied with `setViewport`: React Flow's own `fitView`
 * is queued until its nodes next change, so on a controlled canvas whose nodes have just been
 * updated (a tour step's highlight) it would never run.
 */
function instanceCamera(instance: ReactFlowInstance<DiagramNode, FlowEdge>, element: RefObject<HTMLDivElement | null>): Camera {
  const size = () => {
    const rect = element.current?.getBoundingClientRect();
    return { width: rect?.width || 1, height: rect?.height || 1 };
  };
  const components = () => instance.getNodes();
  const moveTo: Camera['moveTo'] = (viewport, options) => void instance.setViewport(viewport, { duration: durationOf(options) });
  return {
    fitAll: (options) => {
      const target = fitNodes(components(), size(), FIT_OPTIONS);
      if (target) moveTo(target, options);
    },
    fitIds: (ids, options) => {
      const wanted = new Set(ids);
      const chosen = components().filter((node) => node.type === 'component' && wanted.has(node.id));
      const target = fitNodes(chosen, fitIdsSize(size(), options), fitIdsOptions(options));
      if (target) moveTo(target, options);
      return target !== null;
    },
    zoomIn: (options) => void instance.zoomIn({ duration: durationOf(options) }),
    zoomOut: (options) => void instance.zoomOut({ duration: durationOf(options) }),
    moveTo,
    getViewport: () => instance.getViewport(),
  };
}

/**
 * The React Flow canvas: pan, zoom, fit view and the minimap. Loaded on demand (see
 * use-canvas-swap.ts); it starts from the viewport the static canvas showed (or was moving to),
 * so nothing moves. React Flow's own fitView is never used: it fits to its rounded size
 * (offsetWidth) with its own rounding, the canvases fit with fitNodes to the measured size.
 */
export function InteractiveCanvas({
  nodes,
  edges,
  viewport,
  label,
  onEdgeClick,
  onPaneClick,
  attachCamera,
  onZoom,
}: CanvasProps & { onZoom?(zoom: number): void }) {
  const [instance, setInstance] = useState<ReactFlowInstance<DiagramNode, FlowEdge> | null>(null);
  const element = useRef<HTMLDivElement>(null);
  const camera = useMemo(() => (instance ? instanceCamera(instance, element) : null), [instance]);
  useEffect(() => {
    if (!camera) return;
    attachCamera(camera);
    return () => attachCamera(null);
  }, [attachCamera, camera]);
  const large = useMemo(() => isLargeView(nodes), [nodes]);
  const motion = useMotionMode(element, large);

  // A large view's flows are not React Flow edges: each of those runs a store selector (its
  // handles' positions) on every frame of a pan or zoom, 2,000 of them at 1,000 components. The
  // routes are fixed at build time and nothing is draggable, so the EdgeLayer draws the same markup
  // once, inside the viewport, and the nodes need no handles.
  return (
    <HandleSlotContext value={large ? NoHandle : RealHandle}>
      <ReactFlow
        ref={element}
        nodes={nodes}
        edges={large ? NO_EDGES : edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        // Exactly where the static canvas was: the first frame matches it.
        defaultViewport={viewport ?? undefined}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        onInit={setInstance}
        onMove={(_, { zoom }) => {
          motion?.onMove();
          onZoom?.(zoom);
        }}
        onMoveEnd={motion?.onMoveEnd}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        // The wheel scrolls the page; Ctrl+wheel and pinch zoom; drag pans.
        zoomOnScroll={false}
        panOnScroll={false}
        preventScrolling={false}
        zoomOnPinch
        zoomOnDoubleClick={false}
        onEdgeClick={(_, edge) => onEdgeClick(edge.id)}
        onPaneClick={onPaneClick}
        proOptions={{ hideAttribution: true }}
        aria-label={label}
      >
        {large ? (
          <ViewportPortal>
            <EdgeLayer nodes={nodes} edges={edges} onEdgeClick={onEdgeClick} style={UNDER_COMPONENTS} single />
          </ViewportPortal>
        ) : null}
        <Background gap={BACKGROUND_GAP} size={1} />
        {/* Fit View fits as the page does (the camera's fit), in React Flow's place, name and markup. */}
        <Controls showInteractive={false} showFitView={false} position="top-right">
          <ControlButton className="react-flow__controls-fitview" title="Fit View" aria-label="Fit View" onClick={() => camera?.fitAll()}>
            <FitViewIcon />
          </ControlButton>
        </Controls>
        <MiniMap pannable zoomable nodeColor={minimapColor} position="bottom-right" ariaLabel="Minimap" style={{ width: 140, height: 80 }} />
      </ReactFlow>
    </HandleSlotContext>
  );
}
