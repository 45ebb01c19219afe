/**
 * The pure laid-out-model -> React Flow converter: Tab order, accessible names, edge data,
 * highlight states and the initial viewport.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GOOD, edit, laidOut } from '@/lib/graph/__fixtures__/helpers';
import { toClientModel } from '@/lib/graph/client-model';
import type { ClientView, ExplorerModel } from '@/lib/model/types';
import { STACKS_DIR } from '@/lib/content/files';
import { componentAriaLabel, flowAriaLabel, highlightSets, toFlowEdges, toFlowNodes } from './to-flow';
import { MINIMAP_ROOM, MIN_ZOOM, NOMINAL_WIDTH, canvasHeight, initialViewport } from './canvas-size';
import type { ComponentNode, DiagramNode, FlowEdge, Selection } from './flow-types';

let model: ExplorerModel;
let main: ClientView;
let hub: ClientView;
beforeAll(async () => {
  model = toClientModel((await laidOut(GOOD)).stack);
  [main, hub] = model.views as [ClientView, ClientView];
});

const nodesOf = (diagram: ClientView, selection: Selection = {}) => toFlowNodes(diagram, model.components, selection);
const edgesOf = (diagram: ClientView, selection: Selection = {}) => toFlowEdges(diagram, model.components, selection);
const componentNodes = (nodes: DiagramNode[]) => nodes.filter((node): node is ComponentNode => node.type === 'component');
const states = (nodes: DiagramNode[]) => Object.fromEntries(componentNodes(nodes).map((node) => [node.id, node.data.state]));
const edgeStates = (edges: FlowEdge[]) => Object.fromEntries(edges.map((edge) => [edge.id, edge.data!.state]));
const counts = (diagram: ClientView, id: string) => ({
  incoming: diagram.flows.filter((flow) => flow.to === id).length,
  outgoing: diagram.flows.filter((flow) => flow.from === id).length,
});

/** A tiny hand-made view whose nodes arrive out of order. */
function testDiagram(): ClientView {
  const box = (x: number, y: number) => ({ x, y, width: 184, height: 56 });
  return {
    id: 't',
    title: 'Test',
    tours: [],
    layers: [
      { id: 'left', title: 'Left', componentIds: ['a', 'b'] },
      { id: 'right', title: 'Right', componentIds: ['c'] },
    ],
    flows: [{ id: 'a-to-c', from: 'a', to: 'c', label: 'things', path: 'M200,84 L320,84', labelX: 260, labelY: 84, citations: [] }],
    nodes: [
      { id: 'c', layerId: 'right', ...box(320, 56) },
      { id: 'b', layerId: 'left', ...box(16, 134) },
      { id: 'a', layerId: 'left', ...box(16, 56) },
    ],
    bands: [
      { id: 'left', title: 'Left', x: 0, y: 0, width: 216, height: 206 },
      { id: 'right', title: 'Right', x: 304, y: 0, width: 216, height: 206 },
    ],
    width: 560,
    height: 206,
  };
}

describe('toFlowNodes', () => {
  it('puts the layer bands first (rendered under the nodes), not focusable or selectable', () => {
    const nodes = nodesOf(main);
    const bands = nodes.slice(0, main.bands.length);
    expect(bands.map((node) => node.id)).toEqual(['band:sources', 'band:ingestion', 'band:analytics']);
    for (const band of bands) {
      expect(band).toMatchObject({ type: 'band', focusable: false, selectable: false, draggable: false, zIndex: -1 });
    }
    expect(bands[0]).toMatchObject({ ariaLabel: 'Sources layer', data: { title: 'Sources' }, position: { x: main.bands[0]!.x, y: main.bands[0]!.y } });
    expect(nodes.slice(main.bands.length).every((node) => node.type === 'component')).toBe(true);
  });

  it('orders components by layer, then top to bottom (the Tab order)', () => {
    const ids = componentNodes(nodesOf(main)).map((node) => node.id);
    expect(ids).toEqual(main.layers.flatMap((layer) => layer.componentIds));
    expect(ids).toEqual(['web-app', 'api', 'kafka', 'lake', 'dashboard']);
  });

  it('sorts nodes that arrive out of order', () => {
    const diagram = testDiagram();
    expect(componentNodes(toFlowNodes(diagram, {}, {})).map((node) => node.id)).toEqual(['a', 'b', 'c']);
  });

  it('names each component with its label, layer and flow counts', () => {
    const kafka = componentNodes(nodesOf(main)).find((node) => node.id === 'kafka')!;
    const { incoming, outgoing } = counts(main, 'kafka');
    expect(incoming).toBeGreaterThan(1);
    expect(outgoing).toBeGreaterThan(1);
    expect(kafka.data.ariaLabel).toBe(`Kafka, Ingestion, ${incoming} incoming and ${outgoing} outgoing flows`);
    expect(kafka.data).toMatchObject({ id: 'kafka', label: 'Kafka', layerTitle: 'Ingestion' });
  });

  it('counts flows per view, and names a bare reuse with its defined label', () => {
    const kafka = componentNodes(nodesOf(hub)).find((node) => node.id === 'kafka')!;
    const { incoming, outgoing } = counts(hub, 'kafka');
    expect(kafka.data.ariaLabel).toBe(`Kafka, Bus, ${incoming} incoming and ${outgoing} outgoing flows`);
    expect(kafka.data.ariaLabel).not.toBe(componentNodes(nodesOf(main)).find((node) => node.id === 'kafka')!.data.ariaLabel);
  });

  it('places components at their laid-out position with a target handle left and a source handle right', () => {
    const node = componentNodes(nodesOf(main)).find((n) => n.id === 'lake')!;
    const laid = main.nodes.find((n) => n.id === 'lake')!;
    expect(node.position).toEqual({ x: laid.x, y: laid.y });
    expect(node.handles!.map((handle) => [handle.type, handle.x])).toEqual([['target', 0], ['source', laid.width]]);
  });
});

describe('componentAriaLabel', () => {
  it('pluralises and says when there are no flows', () => {
    expect(componentAriaLabel('Kafka', 'Ingestion', 2, 3)).toBe('Kafka, Ingestion, 2 incoming and 3 outgoing flows');
    expect(componentAriaLabel('Hive', 'Processing', 1, 1)).toBe('Hive, Processing, 1 incoming and 1 outgoing flow');
    expect(componentAriaLabel('Audit', 'Sinks', 0, 0)).toBe('Audit, Sinks, no flows');
  });
});

describe('toFlowEdges', () => {
  it('makes one edge per flow, carrying mode, path and label position', () => {
    const edges = edgesOf(main);
    expect(edges.map((edge) => edge.id)).toEqual(main.flows.map((flow) => flow.id));
    for (const edge of edges) {
      const flow = main.flows.find((f) => f.id === edge.id)!;
      const shape = flow;
      expect(edge).toMatchObject({ type: 'flow', source: flow.from, target: flow.to, focusable: false });
      expect(edge.data).toMatchObject({ label: flow.label, path: shape.path, labelX: shape.labelX, labelY: shape.labelY });
      expect(edge.data!.path).not.toBe('');
      expect(edge.data!.mode).toBe(flow.mode);
    }
    expect(edges.find((edge) => edge.id === 'kafka-to-lake')!.data!.mode).toBe('stream');
    expect(edges.find((edge) => edge.id === 'api-to-dashboard')!.data).not.toHaveProperty('mode');
  });

  it('names each edge with its ends, label and mode', () => {
    const edges = edgesOf(main);
    expect(edges.find((edge) => edge.id === 'web-app-to-kafka')!.ariaLabel).toBe('Flow from Web App to Kafka: click events, asynchronous');
    expect(edges.find((edge) => edge.id === 'api-to-dashboard')!.ariaLabel).toBe('Flow from API to Dashboard: health checks');
  });

  it('marks inferred flows and components in their data and their names, and nothing else', async () => {
    const source = edit(
      edit(GOOD, '<Flow from="api" to="dashboard" label="health checks">', '<Flow from="api" to="dashboard" label="health checks" inferred>'),
      '<Component id="lake" label="Data Lake" tech="hadoop">',
      '<Component id="lake" label="Data Lake" tech="hadoop" inferred>',
    );
    const inferredModel = toClientModel((await laidOut(source)).stack);
    const view = inferredModel.views[0]!;
    const edges = toFlowEdges(view, inferredModel.components, {});
    const health = edges.find((edge) => edge.id === 'api-to-dashboard')!;
    expect(health.data!.inferred).toBe(true);
    expect(health.ariaLabel).toBe('Flow from API to Dashboard: health checks, inferred');
    expect(edges.filter((edge) => edge.data!.inferred).map((edge) => edge.id)).toEqual(['api-to-dashboard']);
    const nodes = componentNodes(toFlowNodes(view, inferredModel.components, {}));
    const lake = nodes.find((node) => node.id === 'lake')!;
    expect(lake.data.inferred).toBe(true);
    expect(lake.data.ariaLabel).toMatch(/^Data Lake, inferred, Ingestion, /);
    expect(nodes.filter((node) => node.data.inferred).map((node) => node.id)).toEqual(['lake']);
  });

  it('flowAriaLabel falls back to ids for unknown components', () => {
    expect(flowAriaLabel({ from: 'a', to: 'b', label: 'bits', mode: 'cdc' }, {})).toBe('Flow from a to b: bits, change data capture');
  });
});

describe('highlighting', () => {
  it('with no selection, everything is idle', () => {
    expect(Object.values(states(nodesOf(main)))).toEqual(main.nodes.map(() => 'idle'));
    expect(Object.values(edgeStates(edgesOf(main)))).toEqual(main.flows.map(() => 'idle'));
    expect(highlightSets(main, {}).active).toBe(false);
  });

  it('selecting a component: it is selected, its neighbours lit, the rest dimmed', () => {
    expect(states(nodesOf(main, { node: 'web-app' }))).toEqual({
      'web-app': 'selected',
      kafka: 'neighbour',
      api: 'dimmed',
      lake: 'dimmed',
      dashboard: 'dimmed',
    });
    const edges = edgeStates(edgesOf(main, { node: 'web-app' }));
    expect(edges['web-app-to-kafka']).toBe('neighbour');
    expect(Object.entries(edges).filter(([, state]) => state === 'dimmed')).toHaveLength(main.flows.length - 1);
  });

  it('selecting any component lights exactly the flows that touch it and their other ends', () => {
    for (const { id } of main.nodes) {
      const touching = main.flows.filter((flow) => flow.from === id || flow.to === id);
      const neighbours = new Set(touching.flatMap((flow) => [flow.from, flow.to]).filter((other) => other !== id));
      const nodeStates = states(nodesOf(main, { node: id }));
      for (const other of main.nodes) {
        const expected = other.id === id ? 'selected' : neighbours.has(other.id) ? 'neighbour' : 'dimmed';
        expect(nodeStates[other.id], `${other.id} when ${id} is selected`).toBe(expected);
      }
      const flowStates = edgeStates(edgesOf(main, { node: id }));
      for (const flow of main.flows) {
        expect(flowStates[flow.id], `${flow.id} when ${id} is selected`).toBe(touching.includes(flow) ? 'neighbour' : 'dimmed');
      }
    }
  });

  it('selecting a flow: the flow is selected and lights its two ends', () => {
    const selection = { flow: 'lake-to-dashboard' };
    expect(states(nodesOf(main, selection))).toEqual({
      'web-app': 'dimmed',
      api: 'dimmed',
      kafka: 'dimmed',
      lake: 'neighbour',
      dashboard: 'neighbour',
    });
    const edges = edgeStates(edgesOf(main, selection));
    expect(edges['lake-to-dashboard']).toBe('selected');
    expect(Object.values(edges).filter((state) => state === 'dimmed')).toHaveLength(main.flows.length - 1);
  });

  it('a flow id that is not in this view selects nothing', () => {
    expect(highlightSets(main, { flow: 'clicks' }).active).toBe(false);
    expect(new Set(Object.values(states(nodesOf(main, { flow: 'clicks' }))))).toEqual(new Set(['idle']));
  });

  it('bands are never highlighted', () => {
    const bands = nodesOf(main, { node: 'kafka' }).filter((node) => node.type === 'band');
    expect(bands.every((band) => !('state' in band.data))).toBe(true);
  });
});

describe('the initial viewport (canvasHeight + initialViewport)', () => {
  /** The box every node (bands included) covers, in diagram coordinates. */
  function bounds(nodes: DiagramNode[]) {
    const left = Math.min(...nodes.map((node) => node.position.x));
    const top = Math.min(...nodes.map((node) => node.position.y));
    const right = Math.max(...nodes.map((node) => node.position.x + node.width!));
    const bottom = Math.max(...nodes.map((node) => node.position.y + node.height!));
    return { left, top, right, bottom };
  }

  /** The diagram, fitted to the nominal width, is never zoomed in and fits the canvas. */
  function expectFits(diagram: ClientView) {
    const nodes = toFlowNodes(diagram, {}, {});
    const height = canvasHeight(diagram);
    const viewport = initialViewport(nodes, NOMINAL_WIDTH, height);
    expect(viewport.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
    expect(viewport.zoom).toBeLessThanOrEqual(1);
    const box = bounds(nodes);
    const onScreen = (x: number, y: number) => ({ x: viewport.x + x * viewport.zoom, y: viewport.y + y * viewport.zoom });
    const topLeft = onScreen(box.left, box.top);
    const bottomRight = onScreen(box.right, box.bottom);
    expect(topLeft.x).toBeGreaterThanOrEqual(0);
    expect(topLeft.y).toBeGreaterThanOrEqual(0);
    expect(bottomRight.x).toBeLessThanOrEqual(NOMINAL_WIDTH + 0.5);
    // The minimap's strip under the diagram stays free.
    expect(bottomRight.y).toBeLessThanOrEqual(height - MINIMAP_ROOM + 0.5);
    return { viewport, height };
  }

  it('never zooms in: a small diagram is shown at 1', () => {
    expect(main.width).toBeLessThan(NOMINAL_WIDTH);
    expect(expectFits(main).viewport.zoom).toBe(1);
    expect(expectFits(testDiagram()).viewport.zoom).toBe(1);
  });

  it('makes the canvas tall enough for the diagram and the minimap', () => {
    expect(canvasHeight(main)).toBeGreaterThanOrEqual(main.height + MINIMAP_ROOM);
    const wide = { width: 2500, height: 900 };
    const zoom = (NOMINAL_WIDTH - 32) / wide.width;
    expect(canvasHeight(wide)).toBeGreaterThanOrEqual(wide.height * zoom + MINIMAP_ROOM);
    expect(canvasHeight(wide)).toBeLessThan(wide.height + MINIMAP_ROOM);
  });

  it('scales the wide views of content/stacks/uber.mdx down so they fit the nominal width', async () => {
    const source = readFileSync(path.join(STACKS_DIR, 'uber.mdx'), 'utf8');
    const uber = toClientModel((await laidOut(source, { slug: 'uber' })).stack);
    for (const view of uber.views) expectFits(view);
    const bigData = uber.views[0]!;
    expect(bigData.width).toBeGreaterThan(NOMINAL_WIDTH);
    expect(expectFits(bigData).viewport.zoom).toBeLessThan(1);
  });
});

describe('tracing', () => {
  it('marks exactly the trace closure upstream and downstream, the start selected, the rest dimmed', async () => {
    const { traceFrom } = await import('@/lib/model/trace');
    for (const direction of ['down', 'up', 'both'] as const) {
      for (const { id } of main.nodes) {
        const trace = traceFrom(main.flows, id, direction);
        const nodeStates = states(nodesOf(main, { node: id, trace: direction }));
        for (const other of main.nodes) {
          const expected = other.id === id ? 'selected' : trace.downstream.has(other.id) ? 'downstream' : trace.upstream.has(other.id) ? 'upstream' : 'dimmed';
          expect(nodeStates[other.id], `${other.id} when tracing ${direction} from ${id}`).toBe(expected);
        }
      }
    }
  });

  it('says so in the accessible name', () => {
    const nodes = componentNodes(nodesOf(main, { node: 'web-app', trace: 'down' }));
    expect(nodes.find((n) => n.id === 'kafka')!.data.ariaLabel).toMatch(/, downstream of Web App$/);
    expect(nodes.find((n) => n.id === 'web-app')!.data.ariaLabel).not.toMatch(/stream of/);
  });
});
