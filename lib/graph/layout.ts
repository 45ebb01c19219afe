/**
 * ValidStack -> LaidOutStack with elkjs, at build time. Layers are fixed columns in file order and
 * components keep their order inside a layer: nodes are preset at (layer x, order y) and ELK's
 * INTERACTIVE layering, cycle breaking and crossing minimisation respect those positions while it
 * places nodes and routes edges orthogonally around them. Flows inside one layer are left out of
 * ELK (they would split the column) and drawn as a curve beside the column.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk-api';
import { labelBox } from '../model/label-metrics';
import type { FlowRoute, LaidOutView, LaidOutFlow, LaidOutNode, LaidOutStack, StackView, ValidStack } from './schema';

export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 56;
/** Room above each column for the layer band's title. */
const BAND_HEADER = 40;
const BAND_PAD = 16;

const elk = new ELK();

const LAYOUT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.layering.strategy': 'INTERACTIVE',
  'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
  'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.separateConnectedComponents': 'false',
  'elk.spacing.nodeNode': '22',
  'elk.layered.spacing.nodeNodeBetweenLayers': '120',
  'elk.layered.spacing.edgeNodeBetweenLayers': '24',
  'elk.spacing.edgeEdge': '8',
  'elk.padding': `[top=${BAND_HEADER + BAND_PAD},left=${BAND_PAD},bottom=${BAND_PAD},right=${BAND_PAD}]`,
};

/** An orthogonal route as an SVG path with softly rounded corners. */
export function roundedPath(points: ElkPoint[], radius = 8): string {
  if (points.length === 0) return '';
  const [first] = points;
  let d = `M${first!.x},${first!.y}`;
  for (let i = 1; i < points.length; i++) {
    const point = points[i]!;
    const next = points[i + 1];
    const prev = points[i - 1]!;
    if (!next) {
      d += ` L${point.x},${point.y}`;
      break;
    }
    const r = Math.min(radius, Math.hypot(point.x - prev.x, point.y - prev.y) / 2, Math.hypot(next.x - point.x, next.y - point.y) / 2);
    const inX = point.x - Math.sign(point.x - prev.x) * r;
    const inY = point.y - Math.sign(point.y - prev.y) * r;
    const outX = point.x + Math.sign(next.x - point.x) * r;
    const outY = point.y + Math.sign(next.y - point.y) * r;
    d += ` L${inX},${inY} Q${point.x},${point.y} ${outX},${outY}`;
  }
  return d;
}

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where a flow's label goes: on a horizontal stretch of its route, preferring long stretches and
 * spots that overlap no node and no label placed before it.
 */
function placeLabel(text: string, points: ElkPoint[], taken: Rect[]): ElkPoint {
  const candidates: ElkPoint[] = [];
  const segments = points.slice(1).map((b, i) => [points[i]!, b] as const)
    .filter(([a, b]) => a.y === b.y && Math.abs(b.x - a.x) >= 24)
    .sort(([a1, b1], [a2, b2]) => Math.abs(b2.x - a2.x) - Math.abs(b1.x - a1.x));
  for (const [a, b] of segments) {
    for (const t of [0.5, 0.35, 0.65, 0.2, 0.8]) candidates.push({ x: a.x + (b.x - a.x) * t, y: a.y });
  }
  const first = points[0]!;
  const last = points.at(-1)!;
  candidates.push({ x: (first.x + last.x) / 2, y: (first.y + last.y) / 2 });
  const free = candidates.find((point) => !taken.some((rect) => overlaps(rect, labelBox(text, point.x, point.y))));
  const chosen = free ?? candidates[0]!;
  taken.push(labelBox(text, chosen.x, chosen.y));
  return chosen;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A flow between two components of the same column: a curve bulging out to the column's right. */
function sameLayerRoute(from: LaidOutNode, to: LaidOutNode, offset: number): FlowRoute {
  const sx = from.x + from.width;
  const sy = from.y + from.height / 2;
  const tx = to.x + to.width;
  const ty = to.y + to.height / 2;
  const bulge = 36 + offset * 14;
  return {
    path: `M${sx},${sy} C${sx + bulge},${sy} ${tx + bulge},${ty} ${tx},${ty}`,
    labelX: round(Math.max(sx, tx) + bulge * 0.75),
    labelY: round((sy + ty) / 2),
  };
}

export async function layoutView(view: StackView): Promise<LaidOutView> {
  const layerOf = new Map<string, number>();
  view.layers.forEach((layer, index) => layer.componentIds.forEach((id) => layerOf.set(id, index)));
  const crossLayer = view.flows.filter((flow) => layerOf.get(flow.from) !== layerOf.get(flow.to));

  // Columns sit far enough apart for the longest label between them (within reason).
  const longestLabel = Math.max(0, ...crossLayer.map((flow) => labelBox(flow.label, 0, 0).width));
  const gap = Math.min(280, Math.max(120, Math.round(longestLabel + 48)));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: { ...LAYOUT_OPTIONS, 'elk.layered.spacing.nodeNodeBetweenLayers': String(gap) },
    children: view.layers.flatMap((layer, layerIndex) =>
      layer.componentIds.map((id, order) => ({
        id,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        x: layerIndex * 10_000,
        y: order * 1_000,
      })),
    ),
    edges: crossLayer.map((flow): ElkExtendedEdge => ({ id: flow.id, sources: [flow.from], targets: [flow.to] })),
  };
  const result = await elk.layout(graph);

  const layerIdOf = (id: string) => view.layers[layerOf.get(id)!]!.id;
  const nodes: LaidOutNode[] = (result.children ?? []).map((child) => ({
    id: child.id,
    layerId: layerIdOf(child.id),
    x: round(child.x ?? 0),
    y: round(child.y ?? 0),
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
  }));
  const byId = new Map(nodes.map((node) => [node.id, node]));

  // Bands: every layer gets a column as tall as the diagram, wide enough for its nodes. Their
  // boxes are whole pixels: React Flow fits the view to boxes it measures in whole pixels, and the
  // static canvas must fit to the same numbers.
  const height = Math.ceil(result.height ?? 0);
  const bands = view.layers.map((layer) => {
    const members = layer.componentIds.map((id) => byId.get(id)!);
    const left = Math.min(...members.map((node) => node.x)) - BAND_PAD;
    const right = Math.max(...members.map((node) => node.x + node.width)) + BAND_PAD;
    return { id: layer.id, title: layer.title, x: Math.floor(left), y: 0, width: Math.ceil(right) - Math.floor(left), height };
  });

  const routed = new Map((result.edges ?? []).map((edge) => [edge.id, edge]));
  const taken: Rect[] = nodes.map((node) => ({ ...node }));
  const sameLayerCount = new Map<number, number>();
  const flows = view.flows.map((flow): LaidOutFlow => {
    const edge = routed.get(flow.id);
    const section = edge?.sections?.[0];
    if (!section) {
      const column = layerOf.get(flow.from)!;
      const offset = sameLayerCount.get(column) ?? 0;
      sameLayerCount.set(column, offset + 1);
      return { ...flow, ...sameLayerRoute(byId.get(flow.from)!, byId.get(flow.to)!, offset) };
    }
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: round(p.x), y: round(p.y) }));
    const label = placeLabel(flow.label, points, taken);
    return { ...flow, path: roundedPath(points), labelX: round(label.x), labelY: round(label.y) };
  });

  return { ...view, flows, nodes, bands, width: round(result.width ?? 0) + 40, height };
}

export async function layoutStack(stack: ValidStack): Promise<LaidOutStack> {
  const views = await Promise.all(stack.views.map(layoutView));
  return { ...stack, views };
}
