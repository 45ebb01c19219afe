'use client';
import { useMemo } from 'react';
import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import type { ClientComponent, ClientDiagram, ModeInfo } from '@/lib/graph/client-model';
import type { FlowMode } from '@/lib/graph/schema';
import { edgeTypes, nodeTypes } from './node-types';
import { NOMINAL_WIDTH, toFlowEdges, toFlowNodes, viewportFor } from './to-flow';
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
  const viewport = useMemo(() => viewportFor(diagram), [diagram]);

  return (
    <DiagramActionsContext value={actions}>
      <div className="sa-canvas" style={{ height: viewport.height }} data-testid="diagram" data-view={diagram.id}>
        <ArrowMarker />
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          // Server render at the same size and viewport the browser uses: nothing moves on hydration.
          width={NOMINAL_WIDTH}
          height={viewport.height}
          defaultViewport={viewport}
          minZoom={0.2}
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
