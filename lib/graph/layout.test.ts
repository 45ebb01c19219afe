/**
 * Layout (lib/graph/layout.ts): layers are fixed columns in file order, components keep their order,
 * nothing overlaps, and every flow gets drawable geometry. Checked on the fixture, on hand-made
 * diagrams and on the real content/stacks/uber.mdx.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { STACKS_DIR } from '../content/files';
import { loadTechIds } from '../content/technologies';
import { GOOD, edit, laidOut, runPipeline } from './__fixtures__/helpers';
import { NODE_HEIGHT, NODE_WIDTH, layoutView, roundedPath } from './layout';
import { labelBox } from '../model/label-metrics';
import { loadAllStacks } from '../content/load';
import type { Box, LaidOutView, LaidOutStack, StackView } from './schema';

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** The first and last point of an SVG path made of M/L/Q/C commands. */
function ends(d: string) {
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return { start: { x: numbers[0]!, y: numbers[1]! }, end: { x: numbers.at(-2)!, y: numbers.at(-1)! } };
}

/** Every geometric promise the layout makes, for any diagram. */
function expectWellFormed(diagram: LaidOutView) {
  const node = (id: string) => diagram.nodes.find((n) => n.id === id)!;
  const allIds = diagram.layers.flatMap((layer) => layer.componentIds);
  expect(diagram.nodes.map((n) => n.id).sort()).toEqual([...allIds].sort());

  // Columns left to right in file order.
  for (let i = 0; i + 1 < diagram.layers.length; i++) {
    const right = Math.max(...diagram.layers[i]!.componentIds.map((id) => node(id).x + node(id).width));
    const nextLeft = Math.min(...diagram.layers[i + 1]!.componentIds.map((id) => node(id).x));
    expect(right, `layer ${diagram.layers[i]!.id} is left of ${diagram.layers[i + 1]!.id}`).toBeLessThan(nextLeft);
  }
  // File order inside a layer, top to bottom.
  for (const layer of diagram.layers) {
    const ys = layer.componentIds.map((id) => node(id).y);
    for (let i = 1; i < ys.length; i++) expect(ys[i], `order in ${layer.id}`).toBeGreaterThan(ys[i - 1]!);
    expect(layer.componentIds.every((id) => node(id).layerId === layer.id)).toBe(true);
  }
  // No two nodes overlap; all have the standard size.
  for (const [i, a] of diagram.nodes.entries()) {
    expect([a.width, a.height]).toEqual([NODE_WIDTH, NODE_HEIGHT]);
    for (const b of diagram.nodes.slice(i + 1)) expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
  }
  // One band per layer, in order, containing its nodes, inside the diagram, not overlapping each other.
  expect(diagram.bands.map((band) => band.id)).toEqual(diagram.layers.map((layer) => layer.id));
  expect(diagram.bands.map((band) => band.title)).toEqual(diagram.layers.map((layer) => layer.title));
  for (const [i, band] of diagram.bands.entries()) {
    for (const id of diagram.layers[i]!.componentIds) expect(inside(node(id), band), `${id} inside band ${band.id}`).toBe(true);
    expect(band.x).toBeGreaterThanOrEqual(0);
    expect(band.x + band.width).toBeLessThanOrEqual(diagram.width);
    expect(band.height).toBeLessThanOrEqual(diagram.height);
    const next = diagram.bands[i + 1];
    if (next) expect(band.x + band.width).toBeLessThanOrEqual(next.x);
  }
  // Every flow carries a route from its source node to its target node and a label point.
  for (const flow of diagram.flows) {
    const edge = flow;
    expect(edge.path).toMatch(/^M-?\d/);
    expect(Number.isFinite(edge.labelX) && Number.isFinite(edge.labelY)).toBe(true);
    const { start, end } = ends(edge.path);
    const from = node(flow.from);
    const to = node(flow.to);
    // Forward and same-layer flows leave the right side; a backward flow leaves the left side and
    // enters its target from the right.
    const layerIndex = (layerId: string) => diagram.layers.findIndex((layer) => layer.id === layerId);
    const backwards = layerIndex(to.layerId) < layerIndex(from.layerId);
    expect(start.x, `${flow.id} leaves ${flow.from}`).toBe(backwards ? from.x : from.x + from.width);
    expect(start.y).toBeGreaterThanOrEqual(from.y);
    expect(start.y).toBeLessThanOrEqual(from.y + from.height);
    const sameLayer = from.layerId === to.layerId;
    expect(end.x, `${flow.id} reaches ${flow.to}`).toBe(sameLayer || backwards ? to.x + to.width : to.x);
    expect(end.y).toBeGreaterThanOrEqual(to.y);
    expect(end.y).toBeLessThanOrEqual(to.y + to.height);
  }
}

describe('the good fixture', () => {
  let stack: LaidOutStack;
  beforeAll(async () => {
    stack = (await laidOut(GOOD)).stack;
  });

  it('lays out both diagrams', () => {
    expect(stack.views.map((d) => [d.id, d.nodes.length, d.flows.length])).toEqual([
      ['main', 5, 6],
      ['hub', 2, 1],
    ]);
  });

  it.each([0, 1])('diagram %i is well formed', (index) => {
    expectWellFormed(stack.views[index]!);
  });

  it('draws a flow inside one layer as a curve beside the column', () => {
    const main = stack.views[0]!;
    const edge = main.flows.find((e) => e.id === 'kafka-to-lake')!;
    const kafka = main.nodes.find((n) => n.id === 'kafka')!;
    expect(edge.path).toMatch(/^M[\d.]+,[\d.]+ C/);
    // Its label sits to the right of the column, between the two nodes.
    expect(edge.labelX).toBeGreaterThan(kafka.x + kafka.width);
    expect(edge.labelY).toBeGreaterThan(kafka.y);
  });

  it('keeps everything in plain JSON (safe to pass to client components)', () => {
    expect(JSON.parse(JSON.stringify(stack.views))).toEqual(stack.views);
  });

  it('is deterministic', async () => {
    const again = (await laidOut(GOOD)).stack;
    expect(again.views).toEqual(stack.views);
  });
});

describe('harder shapes', () => {
  it('keeps file order when a flow goes backwards (a warning, still laid out)', async () => {
    const source = edit(GOOD, '<Flow from="api" to="dashboard"', '<Flow from="dashboard" to="api" label="queries" />\n  <Flow from="api" to="dashboard"');
    const result = await laidOut(source);
    expect(result.warnings).toHaveLength(1);
    expectWellFormed(result.stack.views[0]!);
  });

  it('keeps a layer whose components have no flows in its column', async () => {
    const diagram: StackView = {
      id: 'd',
      title: 'D',
      layers: [
        { id: 'a', title: 'A', componentIds: ['a1', 'a2', 'a3'] },
        { id: 'b', title: 'B', componentIds: ['b1', 'b2'] },
        { id: 'c', title: 'C', componentIds: ['c1'] },
      ],
      flows: [
        { id: 'a3-to-c1', from: 'a3', to: 'c1', label: 'skips a layer', prose: null, text: '', citations: [] },
        { id: 'a1-to-c1', from: 'a1', to: 'c1', label: 'also skips', prose: null, text: '', citations: [] },
        { id: 'a1-to-a3', from: 'a1', to: 'a3', label: 'same layer', prose: null, text: '', citations: [] },
        { id: 'a2-to-a3', from: 'a2', to: 'a3', label: 'same layer again', prose: null, text: '', citations: [] },
      ],
      tours: [],
    };
    const laid = await layoutView(diagram);
    expectWellFormed(laid);
    // Two same-layer curves in one column bulge by different amounts so they stay apart.
    const curves = ['a1-to-a3', 'a2-to-a3'].map((id) => laid.flows.find((e) => e.id === id)!);
    expect(curves[0]!.labelX).not.toBe(curves[1]!.labelX);
  });
});

describe('roundedPath', () => {
  it('is empty for no points and a straight line for two', () => {
    expect(roundedPath([])).toBe('');
    expect(roundedPath([{ x: 0, y: 0 }, { x: 10, y: 0 }])).toBe('M0,0 L10,0');
  });

  it('rounds each corner with a quadratic curve no larger than half a segment', () => {
    expect(roundedPath([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 4 }])).toBe('M0,0 L8,0 Q10,0 10,2 L10,4');
  });
});

describe('content/stacks/uber.mdx', () => {
  let stack: LaidOutStack;
  beforeAll(async () => {
    const source = readFileSync(path.join(STACKS_DIR, 'uber.mdx'), 'utf8');
    const result = await runPipeline(source, { slug: 'uber', techIds: await loadTechIds() });
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    expect(result.warnings).toEqual([]);
    stack = result.stack;
  });

  it('has the expected views and sizes', () => {
    expect(stack.views.map((d) => [d.id, d.nodes.length])).toEqual([
      ['big-data', 23],
      ['kafka-hub', 13],
    ]);
    for (const flow of stack.views[0]!.flows) expect(flow.path).not.toBe('');
  });

  it.each(['big-data', 'kafka-hub'])('%s is well formed', (id) => {
    expectWellFormed(stack.views.find((d) => d.id === id)!);
  });
});

describe('every stack in content/stacks', () => {
  it('places no flow label over another or over a component, in any view', async () => {
    const clashes: string[] = [];
    for (const stack of await loadAllStacks()) {
      for (const view of stack.views) {
        const labels = view.flows.map((flow) => ({ id: flow.id, box: labelBox(flow.label, flow.labelX, flow.labelY) }));
        for (const [i, a] of labels.entries()) {
          for (const b of labels.slice(i + 1)) if (overlap(a.box, b.box)) clashes.push(`${stack.meta.slug}/${view.id}: ${a.id} over ${b.id}`);
          for (const node of view.nodes) if (overlap(a.box, node)) clashes.push(`${stack.meta.slug}/${view.id}: ${a.id} over ${node.id}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});
