'use client';
import { useMemo, type CSSProperties } from 'react';
import { edgeTypes } from './node-types';
import { staticEdgeProps, staticEdgeWrapper } from './static-props';
import type { DiagramNode, FlowEdge } from './flow-types';

const EDGE_SVG: CSSProperties = { zIndex: 0 };

export interface EdgeLayerProps {
  nodes: DiagramNode[];
  edges: FlowEdge[];
  onEdgeClick(id: string): void;
  style?: CSSProperties;
  /**
   * All flows in one `<svg>` instead of one each: the same drawing (every edge svg sits at z-index 0,
   * so they paint in document order either way) with one stacking context and paint layer instead of
   * one per flow, which every pan or zoom frame of a large view repaints. The static canvas keeps
   * React Flow's markup, which the parity test compares.
   */
  single?: boolean;
}

/**
 * Every flow in React Flow's edge markup (one `<svg>` and wrapper `<g>` per edge, the shared
 * renderer inside), drawn from the build-time routes without React Flow's store. The static canvas
 * draws its flows with it; the React Flow canvas does too for a large view (see interactive-canvas.tsx),
 * where React Flow's own edges would each run a store selector on every frame of a pan or zoom.
 */
export function EdgeLayer({ nodes, edges, onEdgeClick, style, single = false }: EdgeLayerProps) {
  const nodesById = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);
  const EdgeRenderer = edgeTypes.flow;
  const drawn = edges.map((edge) => (
    <g key={edge.id} {...staticEdgeWrapper(edge)} onClick={() => onEdgeClick(edge.id)}>
      <EdgeRenderer {...staticEdgeProps(edge, nodesById)} />
    </g>
  ));
  return (
    <div className="react-flow__edges" style={style}>
      {single ? (
        <svg style={EDGE_SVG}>{drawn}</svg>
      ) : (
        drawn.map((g) => (
          <svg key={g.key} style={EDGE_SVG}>
            {g}
          </svg>
        ))
      )}
    </div>
  );
}
