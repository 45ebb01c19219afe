/**
 * The React Flow node and edge kinds of a view. Data is plain JSON; behaviour comes from context.
 * Renderers are named `...View` so no type and component share a name.
 */
import type { Edge, Node } from '@xyflow/react';
import type { FlowMode } from '@/lib/model/modes';
import type { TraceDirection } from '@/lib/model/trace';

/**
 * How an element looks relative to the selection or trace. Exposed as `data-state` and, where it
 * matters, in the accessible name; each has its own line or border style, never colour alone.
 */
export type HighlightState = 'idle' | 'selected' | 'neighbour' | 'upstream' | 'downstream' | 'focus' | 'dimmed';

export type ComponentNodeData = {
  id: string;
  label: string;
  layerTitle: string;
  ariaLabel: string;
  state: HighlightState;
  /** Drawn as a reading aid (the sources do not state it): a visible "inferred" tag on the node. */
  inferred?: true;
};
export type ComponentNode = Node<ComponentNodeData, 'component'>;

export type BandNodeData = { title: string };
export type BandNode = Node<BandNodeData, 'band'>;

export type DiagramNode = ComponentNode | BandNode;
export type DiagramNodeKind = DiagramNode['type'];

export type FlowEdgeData = {
  label: string;
  mode?: FlowMode;
  /** SVG path computed at build time by elkjs. */
  path: string;
  labelX: number;
  labelY: number;
  state: HighlightState;
  /** Drawn as a reading aid: cross-ticks over the line and a dashed label box (see ./mode-style). */
  inferred?: true;
};
export type FlowEdge = Edge<FlowEdgeData, 'flow'>;
export type DiagramEdgeKind = NonNullable<FlowEdge['type']>;

/**
 * What is selected: at most one of a component or a flow of the open view, a trace from the
 * component, or (with nothing selected) the components and flows a tour step focuses on.
 */
export type Selection = { node?: string; flow?: string; trace?: TraceDirection; focus?: { nodes: string[]; flows: string[] } };
