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
/** Labels keep this much air between each other and around nodes. */
const LABEL_GAP = 2;
const overlapArea = (a: Rect, b: Rect, gap = LABEL_GAP) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) + gap) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) + gap);

/**
 * Chooses a spot for every label from its candidates (in order of preference): greedily in order,
 * the first spot that overlaps no node and no label placed so far, else the one that overlaps least;
 * then a few rounds of repair, where each label that still overlaps something is placed again
 * against all the others. Says how much overlap is left.
 */
function placeLabels(labels: { text: string; candidates: ElkPoint[] }[], nodes: Rect[]): { spots: ElkPoint[]; clash: number } {
  const boxes: (Rect | null)[] = labels.map(() => null);
  const chosen: ElkPoint[] = labels.map((label) => label.candidates[0]!);
  const cost = (index: number, box: Rect, gap = LABEL_GAP) =>
    nodes.reduce((sum, rect) => sum + overlapArea(rect, box, gap), 0) +
    boxes.reduce((sum, other, j) => (other && j !== index ? sum + overlapArea(other, box, gap) : sum), 0);
  const place = (index: number) => {
    const { text, candidates } = labels[index]!;
    let least = Infinity;
    for (const point of candidates) {
      const overlap = cost(index, labelBox(text, point.x, point.y));
      if (overlap < least) [chosen[index], least] = [point, overlap];
      if (overlap === 0) break;
    }
    boxes[index] = labelBox(text, chosen[index]!.x, chosen[index]!.y);
    return least;
  };
  labels.forEach((_, index) => place(index));
  for (let pass = 0; pass < 3; pass++) {
    const clashing = labels.map((_, index) => index).filter((index) => cost(index, boxes[index]!) > 0);
    if (clashing.length === 0) break;
    for (const index of clashing) place(index);
  }
  // How much real overlap is left (0: no label covers another or a node, though some may touch).
  const clash = labels.reduce((sum, _, index) => sum + cost(index, boxes[index]!, 0), 0);
  return { spots: chosen, clash };
}

/**
 * Spots for a label along a route, in order of preference: on long horizontal stretches (in the
 * middle, then towards either end, then flush with an end), then on vertical runs, then just above
 * or below a horizontal stretch (still beside its own line).
 */
function routeSpots(points: ElkPoint[], label: { width: number; height: number }): ElkPoint[] {
  const candidates: ElkPoint[] = [];
  const segments = points.slice(1).map((b, i) => [points[i]!, b] as const);
  const length = ([a, b]: readonly [ElkPoint, ElkPoint]) => Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
  const horizontal = segments.filter(([a, b]) => a.y === b.y && Math.abs(b.x - a.x) >= 24).sort((s1, s2) => length(s2) - length(s1));
  const vertical = segments.filter(([a, b]) => a.x === b.x && Math.abs(b.y - a.y) >= 24).sort((s1, s2) => length(s2) - length(s1));
  const along = ([a, b]: readonly [ElkPoint, ElkPoint]) => {
    const spots = SPOTS.map((t) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }));
    if (a.y === b.y && length([a, b]) > label.width + 8) {
      const [left, right] = a.x < b.x ? [a.x, b.x] : [b.x, a.x];
      spots.push({ x: left + label.width / 2 + 4, y: a.y }, { x: right - label.width / 2 - 4, y: a.y });
    }
    return spots;
  };
  for (const segment of [...horizontal, ...vertical]) candidates.push(...along(segment));
  const off = label.height / 2 + 3;
  for (const segment of horizontal) for (const spot of along(segment)) candidates.push({ ...spot, y: spot.y - off }, { ...spot, y: spot.y + off });
  const first = points[0]!;
  const last = points.at(-1)!;
  candidates.push({ x: (first.x + last.x) / 2, y: (first.y + last.y) / 2 });
  return candidates;
}
/** Where along a stretch a label may sit, middle first. */
const SPOTS = [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9];

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * A flow between two components of the same column: a curve bulging out to the column's right,
 * and the spots along it where its label may sit.
 */
function sameLayerRoute(from: LaidOutNode, to: LaidOutNode, offset: number): { path: string; spots: ElkPoint[] } {
  const sx = from.x + from.width;
  const sy = from.y + from.height / 2;
  const tx = to.x + to.width;
  const ty = to.y + to.height / 2;
  const bulge = 36 + offset * 14;
  // The cubic Bézier's point at t (its control points are the ends pushed right by the bulge).
  const at = (t: number): ElkPoint => {
    const [a, b, c, d] = [(1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t ** 2, t ** 3];
    return { x: a * sx + b * (sx + bulge) + c * (tx + bulge) + d * tx, y: (a + b) * sy + (c + d) * ty };
  };
  return { path: `M${sx},${sy} C${sx + bulge},${sy} ${tx + bulge},${ty} ${tx},${ty}`, spots: SPOTS.map(at) };
}

/** The widest gap between columns tried before a crowded view keeps an overlap (and its test fails). */
const MAX_GAP = 360;
const GAP_STEP = 40;

export async function layoutView(view: StackView): Promise<LaidOutView> {
  const layerOf = new Map<string, number>();
  view.layers.forEach((layer, index) => layer.componentIds.forEach((id) => layerOf.set(id, index)));
  const crossLayer = view.flows.filter((flow) => layerOf.get(flow.from) !== layerOf.get(flow.to));

  // Columns sit far enough apart for the widest label between them (labels wrap, see label-metrics),
  // with room either side for the vertical runs of the routes; a gap crowded with labels (they
  // cannot all be placed clear of each other) widens step by step until they can.
  const widestLabel = Math.max(0, ...crossLayer.map((flow) => labelBox(flow.label, 0, 0).width));
  let gap = Math.min(280, Math.max(120, Math.round(widestLabel + 40)));
  for (;;) {
    const { laidOut, clash } = await layoutWithGap(view, layerOf, crossLayer, gap);
    if (clash === 0 || gap + GAP_STEP > MAX_GAP) return laidOut;
    gap += GAP_STEP;
  }
}

async function layoutWithGap(
  view: StackView,
  layerOf: Map<string, number>,
  crossLayer: StackView['flows'],
  gap: number,
): Promise<{ laidOut: LaidOutView; clash: number }> {
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
  // Every flow's route, and the spots where its label may sit.
  const sameLayerCount = new Map<number, number>();
  const routes = view.flows.map((flow) => {
    const section = routed.get(flow.id)?.sections?.[0];
    const size = labelBox(flow.label, 0, 0);
    if (!section) {
      const column = layerOf.get(flow.from)!;
      const offset = sameLayerCount.get(column) ?? 0;
      sameLayerCount.set(column, offset + 1);
      const { path, spots } = sameLayerRoute(byId.get(flow.from)!, byId.get(flow.to)!, offset);
      // The label sits just outside the curve, in the gap beside the column, clear of the column's nodes.
      return { path, candidates: spots.map((spot) => ({ ...spot, x: spot.x + size.width / 2 + 4 })) };
    }
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: round(p.x), y: round(p.y) }));
    return { path: roundedPath(points), candidates: routeSpots(points, size) };
  });
  const { spots, clash } = placeLabels(
    view.flows.map((flow, index) => ({ text: flow.label, candidates: routes[index]!.candidates })),
    nodes,
  );
  const flows = view.flows.map((flow, index): LaidOutFlow => ({
    ...flow,
    path: routes[index]!.path,
    labelX: round(spots[index]!.x),
    labelY: round(spots[index]!.y),
  }));

  return { laidOut: { ...view, flows, nodes, bands, width: round(result.width ?? 0) + 40, height }, clash };
}

export async function layoutStack(stack: ValidStack): Promise<LaidOutStack> {
  const views = await Promise.all(stack.views.map(layoutView));
  return { ...stack, views };
}
