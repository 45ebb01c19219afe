'use client';
import { useEffect, useMemo, useState } from 'react';
import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import type { ClientComponent, ClientDiagram, ModeInfo } from '@/lib/graph/client-model';
import type { FlowMode } from '@/lib/graph/schema';
import { edgeTypes, nodeTypes } from './node-types';
import { canvasHeight, FIT_OPTIONS, initialViewport, MIN_ZOOM, NOMINAL_WIDTH, toFlowEdges, toFlowNodes } from './to-flow';
import { DiagramActionsContext, type DiagramActions } from './selection-context';
import type { DiagramNode, Selection } from './types';
import { ArrowMarker } from './arrow-marker';

export interface StackDiagramProps {
  diagram: ClientDiagram;
  components: Record<string, ClientComponent>;
  modes: Partial<Record<FlowMode, ModeInfo>>;
  selection: Selection;
  actions: DiagramActions & { clear(): void };
}

const minimapColor = (node: DiagramNode) => (node.type === 'band' ? 'transparent' : 'var(--sa-minimap-node)');

/** The canvas: wiring only. Shapes come from to-flow, looks from the node and edge components. */
export function StackDiagram({ diagram, components, modes, selection, actions }: StackDiagramProps) {
  const nodes = useMemo(() => toFlowNodes(diagram, components, selection), [diagram, components, selection]);
  const edges = useMemo(() => toFlowEdges(diagram, components, modes, selection), [diagram, components, modes, selection]);
  const height = canvasHeight(diagram);
  // Computed from the first render's nodes only: it must equal what the server rendered.
  // Lets tests and the benchmark tell the static HTML from the live page.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [viewport] = useState(() => initialViewport(nodes, NOMINAL_WIDTH, height));

  return (
    <DiagramActionsContext value={actions}>
      {/* +2 for the 1px border: React Flow's inner size must be exactly the size the server fitted to. */}
      <div
        className="sa-canvas"
        style={{ height: height + 2, maxWidth: NOMINAL_WIDTH + 2 }}
        data-testid="diagram"
        data-view={diagram.id}
        data-hydrated={hydrated}
      >
        <ArrowMarker />
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          // The server fits the diagram to this size; the browser starts from the same viewport.
          width={NOMINAL_WIDTH}
          height={height}
          fitView
          fitViewOptions={FIT_OPTIONS}
          defaultViewport={viewport}
          minZoom={MIN_ZOOM}
          maxZoom={2.5}
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
          onEdgeClick={(_, edge) => actions.selectFlow(edge.id)}
          onPaneClick={actions.clear}
          proOptions={{ hideAttribution: true }}
          aria-label={`${diagram.title} diagram`}
        >
          <Background gap={24} size={1} />
          <Controls showInteractive={false} position="top-right" />
          <MiniMap pannable zoomable nodeColor={minimapColor} position="bottom-right" ariaLabel="Minimap" style={{ width: 140, height: 80 }} />
        </ReactFlow>
      </div>
    </DiagramActionsContext>
  );
}
