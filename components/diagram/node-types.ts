import type { ComponentType } from 'react';
import type { EdgeProps, NodeProps } from '@xyflow/react';
import ComponentNodeView from './nodes/component-node';
import BandNodeView from './nodes/band-node';
import FlowEdgeView from './edges/flow-edge';
import type { DiagramEdgeKind, DiagramNode, DiagramNodeKind, FlowEdge } from './flow-types';

/** A renderer for every node kind, typed by the node of that kind: a kind without one is a type error. */
type NodeRenderers = { [K in DiagramNodeKind]: ComponentType<NodeProps<Extract<DiagramNode, { type: K }>>> };
type EdgeRenderers = { [K in DiagramEdgeKind]: ComponentType<EdgeProps<FlowEdge & { type: K }>> };

/**
 * The one registry of renderers, used by React Flow and by the static first-paint canvas alike.
 * Defined once at module level (React Flow re-mounts every node if these objects change).
 */
export const nodeTypes = {
  component: ComponentNodeView,
  band: BandNodeView,
} satisfies NodeRenderers;

export const edgeTypes = {
  flow: FlowEdgeView,
} satisfies EdgeRenderers;
