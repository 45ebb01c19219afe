'use client';
import { useMemo, type CSSProperties } from 'react';
import { edgeTypes } from './node-types';
import { staticEdgeProps, staticEdgeWrapper } from './static-props';
import type { DiagramNode, FlowEdge } from './flow-types';

/**
 * Every flow in React Flow's edge markup (one `<svg>` and wrapper `<g>` per edge, the shared
 * renderer inside), drawn from the build-time routes without React Flow's store. The static canvas
 * draws its flows with it; the React Flow canvas does too for a large view (see interactive-canvas.tsx),
 * where React Flow's own edges would each run a store selector on every frame of a pan or zoom.
 */
export function EdgeLayer({ nodes, edges, onEdgeClick, style }: { nodes: DiagramNode[]; edges: FlowEdge[]; onEdgeClick(id: string): void; style?: CSSProperties }) {
  const nodesById = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);
  const EdgeRenderer = edgeTypes.flow;
  return (
    <div className="react-flow__edges" style={style}>
      {edges.map((edge) => (
        <svg key={edge.id} style={{ zIndex: 0 }}>
          <g {...staticEdgeWrapper(edge)} onClick={() => onEdgeClick(edge.id)}>
            <EdgeRenderer {...staticEdgeProps(edge, nodesById)} />
          </g>
        </svg>
      ))}
    </div>
  );
}
