/** The React Flow node and edge kinds of a stack diagram. Data is plain JSON; behaviour comes from context. */
import type { Edge, Node } from '@xyflow/react';
import type { FlowMode } from '@/lib/graph/schema';

/** How an element looks relative to the selection. Also exposed as text (aria), never colour alone. */
export type HighlightState = 'idle' | 'selected' | 'neighbour' | 'dimmed';

export type ComponentNodeData = {
  id: string;
  label: string;
  layerTitle: string;
  ariaLabel: string;
  state: HighlightState;
};
export type ComponentNode = Node<ComponentNodeData, 'component'>;

export type BandNodeData = { title: string };
export type BandNode = Node<BandNodeData, 'band'>;

export type DiagramNode = ComponentNode | BandNode;

export type FlowEdgeData = {
  label: string;
  mode?: FlowMode;
  /** SVG path computed at build time by elkjs. */
  path: string;
  labelX: number;
  labelY: number;
  state: HighlightState;
};
export type FlowEdge = Edge<FlowEdgeData, 'flow'>;

/** What is selected: at most one of a component or a flow of the open view. */
export type Selection = { node?: string; flow?: string };
