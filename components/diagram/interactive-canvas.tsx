'use client';
import { useEffect, useMemo, useState } from 'react';
import { Background, Controls, Handle, MiniMap, ReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { edgeTypes, nodeTypes } from './node-types';
import { BACKGROUND_GAP, FIT_OPTIONS, MAX_ZOOM, MIN_ZOOM, NOMINAL_WIDTH } from './canvas-size';
import { durationOf, fitIdsOptions, type Camera } from './camera';
import { HandleSlotContext, type HandleSlotProps } from './handle-slot';
import type { CanvasProps } from './canvas-props';
import type { DiagramNode, FlowEdge } from './flow-types';

const minimapColor = (node: DiagramNode) => (node.type === 'band' ? 'transparent' : 'var(--sa-minimap-node)');

/** React Flow's own handle, invisible: flows are drawn from build-time routes, handles only anchor them. */
const RealHandle = (props: HandleSlotProps) => <Handle {...props} isConnectable={false} className="sa-handle" />;

/** The camera, on React Flow's instance (its own animation honours the duration). */
function instanceCamera(instance: ReactFlowInstance<DiagramNode, FlowEdge>): Camera {
  return {
    fitAll: (options) => void instance.fitView({ ...FIT_OPTIONS, duration: durationOf(options) }),
    fitIds: (ids, options) => {
      const wanted = new Set(ids);
      const nodes = instance.getNodes().filter((node) => node.type === 'component' && wanted.has(node.id));
      if (nodes.length === 0) return false;
      void instance.fitView({ ...fitIdsOptions(options), nodes: nodes.map(({ id }) => ({ id })), duration: durationOf(options) });
      return true;
    },
    zoomIn: (options) => void instance.zoomIn({ duration: durationOf(options) }),
    zoomOut: (options) => void instance.zoomOut({ duration: durationOf(options) }),
    moveTo: (viewport, options) => void instance.setViewport(viewport, { duration: durationOf(options) }),
    getViewport: () => instance.getViewport(),
  };
}

/**
 * The React Flow canvas: pan, zoom, fit view and the minimap. Loaded on demand (see
 * use-canvas-swap.ts); it starts from the viewport the static canvas showed (or was moving to),
 * so nothing moves.
 */
export function InteractiveCanvas({
  nodes,
  edges,
  viewport,
  height,
  label,
  onEdgeClick,
  onPaneClick,
  attachCamera,
  onZoom,
  fitOnInit,
}: CanvasProps & { onZoom?(zoom: number): void; fitOnInit: boolean }) {
  const [instance, setInstance] = useState<ReactFlowInstance<DiagramNode, FlowEdge> | null>(null);
  const camera = useMemo(() => (instance ? instanceCamera(instance) : null), [instance]);
  useEffect(() => {
    if (!camera) return;
    attachCamera(camera);
    return () => attachCamera(null);
  }, [attachCamera, camera]);


  return (
    <HandleSlotContext value={RealHandle}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        // The same size and fit the static canvas used: the first frame matches it exactly.
        width={NOMINAL_WIDTH}
        height={height}
        fitView={fitOnInit}
        fitViewOptions={FIT_OPTIONS}
        defaultViewport={viewport}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        onInit={setInstance}
        onMove={onZoom ? (_, { zoom }) => onZoom(zoom) : undefined}
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
        <Background gap={BACKGROUND_GAP} size={1} />
        {/* Fit View fits as the page does, not with React Flow's default padding. */}
        <Controls showInteractive={false} position="top-right" fitViewOptions={FIT_OPTIONS} />
        <MiniMap pannable zoomable nodeColor={minimapColor} position="bottom-right" ariaLabel="Minimap" style={{ width: 140, height: 80 }} />
      </ReactFlow>
    </HandleSlotContext>
  );
}
