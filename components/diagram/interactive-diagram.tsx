'use client';
import { Background, Controls, MiniMap, ReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { edgeTypes, nodeTypes } from './node-types';
import { FIT_OPTIONS, MIN_ZOOM, NOMINAL_WIDTH } from './to-flow';
import type { CanvasAction, CanvasProps } from './canvas-props';
import type { DiagramNode, FlowEdge } from './types';

const minimapColor = (node: DiagramNode) => (node.type === 'band' ? 'transparent' : 'var(--sa-minimap-node)');

/**
 * The React Flow canvas: pan, zoom, fit view and the minimap. Loaded on demand (see
 * stack-diagram.tsx); it starts from the viewport the static canvas showed, so nothing moves.
 */
export function InteractiveDiagram({
  nodes,
  edges,
  viewport,
  height,
  label,
  onEdgeClick,
  onPaneClick,
  onZoom,
  pendingAction,
}: CanvasProps & { pendingAction?: CanvasAction; onZoom?(zoom: number): void }) {
  const onInit = (instance: ReactFlowInstance<DiagramNode, FlowEdge>) => {
    if (pendingAction === 'zoomIn') void instance.zoomIn();
    else if (pendingAction === 'zoomOut') void instance.zoomOut();
    else if (pendingAction === 'fitView') void instance.fitView(FIT_OPTIONS);
  };
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      // The same size and fit the static canvas used: the first frame matches it exactly.
      width={NOMINAL_WIDTH}
      height={height}
      fitView
      fitViewOptions={FIT_OPTIONS}
      defaultViewport={viewport}
      minZoom={MIN_ZOOM}
      maxZoom={2.5}
      onInit={onInit}
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
      <Background gap={24} size={1} />
      <Controls showInteractive={false} position="top-right" />
      <MiniMap pannable zoomable nodeColor={minimapColor} position="bottom-right" ariaLabel="Minimap" style={{ width: 140, height: 80 }} />
    </ReactFlow>
  );
}
