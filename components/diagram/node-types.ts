import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import ComponentNode from './nodes/component-node';
import BandNode from './nodes/band-node';
import FlowEdge from './edges/flow-edge';
import type { DiagramNode, FlowEdge as FlowEdgeType } from './types';

/**
 * Defined once at module level (React Flow re-mounts every node if these objects change). The
 * `satisfies` makes a node or edge kind without a renderer a type error.
 */
export const nodeTypes = {
  component: ComponentNode,
  band: BandNode,
} satisfies Record<NonNullable<DiagramNode['type']>, NodeTypes[string]>;

export const edgeTypes = {
  flow: FlowEdge,
} satisfies Record<NonNullable<FlowEdgeType['type']>, EdgeTypes[string]>;
