/**
 * Pure conversion from the laid-out model to React Flow nodes and edges, with accessible names and
 * highlight states. Kept free of React so it is unit-tested and the canvas stays wiring only.
 */
// Types only from React Flow: this module is on the first-load path, React Flow is not.
import type { Position } from '@xyflow/react';
import { MODES } from '@/lib/model/modes';
import { traceFrom } from '@/lib/model/trace';
import type { ClientComponent, ClientFlow, ClientView } from '@/lib/model/types';
import type { BandNode, ComponentNode, DiagramNode, FlowEdge, HighlightState, Selection } from './flow-types';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "Kafka, Ingestion, 5 incoming and 6 outgoing flows" (", inferred" after the name when it is a reading aid) */
export function componentAriaLabel(label: string, layerTitle: string, incoming: number, outgoing: number, inferred = false): string {
  const name = inferred ? `${label}, inferred` : label;
  if (incoming === 0 && outgoing === 0) return `${name}, ${layerTitle}, no flows`;
  return `${name}, ${layerTitle}, ${incoming} incoming and ${plural(outgoing, 'outgoing flow')}`;
}

/** "Flow from Rider App to Kafka: trip events, asynchronous" (", inferred" at the end when it is a reading aid) */
export function flowAriaLabel(flow: Pick<ClientFlow, 'from' | 'to' | 'label' | 'mode' | 'inferred'>, components: Record<string, ClientComponent>): string {
  const mode = flow.mode ? `, ${MODES[flow.mode].title.toLowerCase()}` : '';
  const inferred = flow.inferred ? ', inferred' : '';
  return `Flow from ${components[flow.from]?.label ?? flow.from} to ${components[flow.to]?.label ?? flow.to}: ${flow.label}${mode}${inferred}`;
}

type Lit = Map<string, Exclude<HighlightState, 'idle' | 'dimmed'>>;

/**
 * Which nodes and flows the selection lights, and how: the selected element and its direct
 * neighbours; or, with a trace, everything upstream and downstream of the component. The rest is dimmed.
 */
export function highlightSets(view: ClientView, selection: Selection): { nodes: Lit; flows: Lit; active: boolean } {
  const nodes: Lit = new Map();
  const flows: Lit = new Map();
  if (selection.node && selection.trace) {
    const trace = traceFrom(view.flows, selection.node, selection.trace);
    // A component both upstream and downstream (a cycle) shows as downstream: where the data goes.
    for (const id of trace.upstream) nodes.set(id, 'upstream');
    for (const id of trace.downstream) nodes.set(id, 'downstream');
    for (const id of trace.upstreamFlows) flows.set(id, 'upstream');
    for (const id of trace.downstreamFlows) flows.set(id, 'downstream');
    nodes.set(selection.node, 'selected');
  } else if (selection.node) {
    for (const flow of view.flows) {
      if (flow.from === selection.node || flow.to === selection.node) {
        flows.set(flow.id, 'neighbour');
        nodes.set(flow.from, 'neighbour').set(flow.to, 'neighbour');
      }
    }
    nodes.set(selection.node, 'selected');
  } else if (selection.flow) {
    const flow = view.flows.find((f) => f.id === selection.flow);
    if (flow) {
      flows.set(flow.id, 'selected');
      nodes.set(flow.from, 'neighbour').set(flow.to, 'neighbour');
    }
  } else if (selection.focus) {
    // A tour step: its components, the flows between them, and the flows it names.
    const focused = new Set(selection.focus.nodes);
    for (const id of focused) nodes.set(id, 'focus');
    for (const flow of view.flows) {
      if ((focused.has(flow.from) && focused.has(flow.to)) || selection.focus.flows.includes(flow.id)) flows.set(flow.id, 'focus');
    }
  }
  return { nodes, flows, active: nodes.size > 0 };
}

export const stateOf = (id: string, lit: Lit, active: boolean): HighlightState => (active ? (lit.get(id) ?? 'dimmed') : 'idle');

/** ", downstream of Kafka": what a traced component's name adds, so a screen reader hears the trace. */
export function traceSuffix(state: HighlightState, startLabel: string): string {
  return state === 'upstream' || state === 'downstream' ? `, ${state} of ${startLabel}` : '';
}

/** Flow counts per component in one view. */
export function degrees(view: ClientView) {
  const incoming = new Map<string, number>();
  const outgoing = new Map<string, number>();
  for (const flow of view.flows) {
    outgoing.set(flow.from, (outgoing.get(flow.from) ?? 0) + 1);
    incoming.set(flow.to, (incoming.get(flow.to) ?? 0) + 1);
  }
  return { incoming, outgoing };
}

export function toFlowNodes(view: ClientView, components: Record<string, ClientComponent>, selection: Selection): DiagramNode[] {
  const { nodes: lit, active } = highlightSets(view, selection);
  const startLabel = selection.trace && selection.node ? (components[selection.node]?.label ?? selection.node) : '';
  const { incoming, outgoing } = degrees(view);
  const layerTitle = new Map(view.layers.map((layer) => [layer.id, layer.title]));
  const bands: BandNode[] = view.bands.map((band) => ({
    id: `band:${band.id}`,
    type: 'band',
    position: { x: band.x, y: band.y },
    width: band.width,
    height: band.height,
    data: { title: band.title },
    draggable: false,
    selectable: false,
    focusable: false,
    zIndex: -1,
    ariaRole: 'group',
    ariaLabel: `${band.title} layer`,
    handles: [],
  }));
  // Layer order, then top to bottom: this is the Tab order.
  const order = new Map(view.layers.flatMap((layer, index) => layer.componentIds.map((id) => [id, index] as const)));
  const sorted = [...view.nodes].sort((a, b) => order.get(a.id)! - order.get(b.id)! || a.y - b.y);
  const componentNodes: ComponentNode[] = sorted.map((node) => {
    const label = components[node.id]?.label ?? node.id;
    const inferred = components[node.id]?.inferred;
    const title = layerTitle.get(node.layerId) ?? '';
    const state = stateOf(node.id, lit, active);
    const ariaLabel =
      componentAriaLabel(label, title, incoming.get(node.id) ?? 0, outgoing.get(node.id) ?? 0, Boolean(inferred)) + traceSuffix(state, startLabel);
    return {
      id: node.id,
      type: 'component',
      position: { x: node.x, y: node.y },
      width: node.width,
      height: node.height,
      draggable: false,
      selectable: false,
      focusable: false,
      // Not selectable or draggable in React Flow's sense, which would make it ignore the pointer;
      // the button inside handles clicks.
      style: { pointerEvents: 'all' },
      // The button inside carries the name; the wrapper only groups it.
      ariaRole: 'group',
      // Server rendering needs the handles up front, or edges have nothing to attach to.
      handles: [
        { type: 'target', position: 'left' as Position, x: 0, y: node.height / 2, width: 1, height: 1 },
        { type: 'source', position: 'right' as Position, x: node.width, y: node.height / 2, width: 1, height: 1 },
      ],
      data: {
        id: node.id,
        label,
        layerTitle: title,
        ariaLabel,
        state,
        ...(inferred ? { inferred } : {}),
      },
    };
  });
  return [...bands, ...componentNodes];
}

export function toFlowEdges(view: ClientView, components: Record<string, ClientComponent>, selection: Selection): FlowEdge[] {
  const { flows: lit, active } = highlightSets(view, selection);
  return view.flows.map((flow) => {
    return {
      id: flow.id,
      type: 'flow',
      source: flow.from,
      target: flow.to,
      focusable: false,
      selectable: false,
      ariaLabel: flowAriaLabel(flow, components),
      data: {
        label: flow.label,
        ...(flow.mode ? { mode: flow.mode } : {}),
        path: flow.path,
        labelX: flow.labelX,
        labelY: flow.labelY,
        state: stateOf(flow.id, lit, active),
        ...(flow.inferred ? { inferred: flow.inferred } : {}),
      },
    };
  });
}
