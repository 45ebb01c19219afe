/**
 * The phone's layer list, from the model: one section per layer, one row per component (its name,
 * the first sentence of its prose, its flow counts and the flows themselves), each carrying the
 * highlight state and accessible name its diagram node carries. Pure, so the list is unit-tested.
 */
import type { FlowMode } from '@/lib/model/modes';
import type { ClientComponent, ClientView } from '@/lib/model/types';
import type { HighlightState, Selection } from '../diagram/flow-types';
import { componentAriaLabel, degrees, highlightSets, stateOf, traceSuffix } from '../diagram/to-flow';

export interface RowFlow {
  id: string;
  /** `out`: this component sends it (`→ Kafka`); `in`: it receives it (`← Rider App`). */
  direction: 'out' | 'in';
  /** The component at the other end. */
  other: string;
  otherLabel: string;
  label: string;
  mode?: FlowMode;
  inferred?: true;
  state: HighlightState;
}

export interface LayerRow {
  id: string;
  label: string;
  /** The first sentence of the component's prose; '' when it has none. */
  summary: string;
  inferred: boolean;
  incoming: number;
  outgoing: number;
  /** "3 in · 2 out" */
  counts: string;
  state: HighlightState;
  /** The node's name ("Kafka, Ingestion, 5 incoming and 6 outgoing flows"), plus what the highlight says. */
  ariaLabel: string;
  /** Outgoing flows first, then incoming, each in the view's order. */
  flows: RowFlow[];
}

export interface LayerSection {
  id: string;
  title: string;
  rows: LayerRow[];
}

/** "3 in · 2 out" */
export const flowCounts = (incoming: number, outgoing: number) => `${incoming} in · ${outgoing} out`;

/** What a row's name adds for its highlight: trace direction, tour focus, a neighbour of the selection. */
function stateSuffix(state: HighlightState, selection: Selection, components: Record<string, ClientComponent>): string {
  const selected = selection.node ? (components[selection.node]?.label ?? selection.node) : '';
  if (state === 'upstream' || state === 'downstream') return traceSuffix(state, selected);
  if (state === 'focus') return ', in this tour step';
  if (state === 'neighbour') return selection.node ? `, connected to ${selected}` : ', an end of the selected flow';
  return '';
}

export function layerRows(view: ClientView, components: Record<string, ClientComponent>, selection: Selection): LayerSection[] {
  const { nodes: lit, flows: litFlows, active } = highlightSets(view, selection);
  const { incoming, outgoing } = degrees(view);
  const labelOf = (id: string) => components[id]?.label ?? id;
  return view.layers.map((layer) => {
    // Top to bottom, as the diagram (and its Tab order) has them.
    const nodes = view.nodes.filter((node) => node.layerId === layer.id).sort((a, b) => a.y - b.y);
    return {
      id: layer.id,
      title: layer.title,
      rows: nodes.map((node): LayerRow => {
        const component = components[node.id];
        const label = labelOf(node.id);
        const inferred = Boolean(component?.inferred);
        const into = incoming.get(node.id) ?? 0;
        const out = outgoing.get(node.id) ?? 0;
        const state = stateOf(node.id, lit, active);
        const flowOf = (direction: RowFlow['direction']) => (flow: ClientView['flows'][number]): RowFlow => {
          const other = direction === 'out' ? flow.to : flow.from;
          return {
            id: flow.id,
            direction,
            other,
            otherLabel: labelOf(other),
            label: flow.label,
            ...(flow.mode ? { mode: flow.mode } : {}),
            ...(flow.inferred ? { inferred: flow.inferred } : {}),
            state: stateOf(flow.id, litFlows, active),
          };
        };
        return {
          id: node.id,
          label,
          summary: component?.summary ?? '',
          inferred,
          incoming: into,
          outgoing: out,
          counts: flowCounts(into, out),
          state,
          ariaLabel: componentAriaLabel(label, layer.title, into, out, inferred) + stateSuffix(state, selection, components),
          flows: [
            ...view.flows.filter((flow) => flow.from === node.id).map(flowOf('out')),
            ...view.flows.filter((flow) => flow.to === node.id).map(flowOf('in')),
          ],
        };
      }),
    };
  });
}

/** "→ Kafka: trip events" (or "← Rider App: trip events" for a flow coming in). */
export const rowFlowText = (flow: RowFlow) => `${flow.direction === 'out' ? '→' : '←'} ${flow.otherLabel}: ${flow.label}`;
