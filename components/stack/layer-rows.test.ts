/** The phone's layer list: sections in layer order, rows top to bottom, counts, summaries, states and names. */
import { beforeAll, describe, expect, it } from 'vitest';
import { GOOD, laidOut } from '@/lib/graph/__fixtures__/helpers';
import { toClientModel } from '@/lib/graph/client-model';
import { firstSentence } from '@/lib/graph/atlas';
import type { ClientComponent, ClientView, ExplorerModel } from '@/lib/model/types';
import { toFlowNodes } from '../diagram/to-flow';
import type { ComponentNode } from '../diagram/flow-types';
import { flowCounts, layerRows, rowFlowText } from './layer-rows';

/** A tiny view whose nodes arrive out of order: a -> c, b -> c, c -> d. */
function testView(): ClientView {
  const box = (x: number, y: number) => ({ x, y, width: 184, height: 56 });
  const flow = (from: string, to: string, label: string) => ({ id: `${from}-to-${to}`, from, to, label, path: '', labelX: 0, labelY: 0, citations: [] });
  return {
    id: 't',
    title: 'Test',
    tours: [],
    layers: [
      { id: 'left', title: 'Left', componentIds: ['a', 'b'] },
      { id: 'mid', title: 'Middle', componentIds: ['c'] },
      { id: 'right', title: 'Right', componentIds: ['d'] },
    ],
    flows: [flow('a', 'c', 'things'), flow('b', 'c', 'more things'), { ...flow('c', 'd', 'results'), mode: 'batch' as const }],
    nodes: [
      { id: 'd', layerId: 'right', ...box(620, 56) },
      { id: 'c', layerId: 'mid', ...box(320, 56) },
      { id: 'b', layerId: 'left', ...box(16, 134) },
      { id: 'a', layerId: 'left', ...box(16, 56) },
    ],
    bands: [],
    width: 820,
    height: 206,
  };
}
const components: Record<string, ClientComponent> = {
  a: { id: 'a', label: 'Alpha', citations: [], summary: 'Alpha writes things.' },
  b: { id: 'b', label: 'Beta', citations: [], inferred: true },
  c: { id: 'c', label: 'Gamma', citations: [], summary: 'Gamma gathers.' },
  d: { id: 'd', label: 'Delta', citations: [] },
};
const rows = (selection = {}) => layerRows(testView(), components, selection).flatMap((section) => section.rows);
const byId = (selection = {}) => Object.fromEntries(rows(selection).map((row) => [row.id, row]));

describe('layerRows', () => {
  it('has one section per layer, in layer order, with rows top to bottom', () => {
    const sections = layerRows(testView(), components, {});
    expect(sections.map((s) => s.title)).toEqual(['Left', 'Middle', 'Right']);
    expect(sections.map((s) => s.rows.map((r) => r.id))).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('counts flows in and out, and lists them outgoing first', () => {
    const row = byId().c!;
    expect([row.incoming, row.outgoing, row.counts]).toEqual([2, 1, '2 in · 1 out']);
    expect(row.flows.map(rowFlowText)).toEqual(['→ Delta: results', '← Alpha: things', '← Beta: more things']);
    expect(row.flows[0]).toMatchObject({ id: 'c-to-d', direction: 'out', other: 'd', mode: 'batch' });
    expect(byId().d!.counts).toBe('1 in · 0 out');
    expect(flowCounts(0, 0)).toBe('0 in · 0 out');
  });

  it('takes the summary from the component, empty when it has no prose', () => {
    expect(byId().a!.summary).toBe('Alpha writes things.');
    expect(byId().d!.summary).toBe('');
  });

  it('names a row as its node is named, inferred included', () => {
    expect(byId().c!.ariaLabel).toBe('Gamma, Middle, 2 incoming and 1 outgoing flow');
    expect(byId().b!.ariaLabel).toMatch(/^Beta, inferred, Left/);
    expect(byId().b!.inferred).toBe(true);
  });

  it('is idle with nothing selected', () => {
    expect(rows().map((row) => row.state)).toEqual(['idle', 'idle', 'idle', 'idle']);
  });

  it('marks a selection and its neighbours, and says so in the names', () => {
    const rowsNow = byId({ node: 'c' });
    expect(Object.fromEntries(Object.values(rowsNow).map((r) => [r.id, r.state]))).toEqual({ a: 'neighbour', b: 'neighbour', c: 'selected', d: 'neighbour' });
    expect(rowsNow.a!.ariaLabel).toMatch(/, connected to Gamma$/);
    expect(rowsNow.c!.flows.every((flow) => flow.state === 'neighbour')).toBe(true);
  });

  it('marks a trace downstream and upstream as the canvas does', () => {
    const down = byId({ node: 'a', trace: 'down' });
    expect([down.a!.state, down.b!.state, down.c!.state, down.d!.state]).toEqual(['selected', 'dimmed', 'downstream', 'downstream']);
    expect(down.d!.ariaLabel).toMatch(/, downstream of Alpha$/);
    const up = byId({ node: 'd', trace: 'up' });
    expect([up.a!.state, up.c!.state]).toEqual(['upstream', 'upstream']);
  });

  it('marks a tour step focus and a selected flow', () => {
    const focus = byId({ focus: { nodes: ['a', 'c'], flows: [] } });
    expect([focus.a!.state, focus.b!.state, focus.c!.state]).toEqual(['focus', 'dimmed', 'focus']);
    expect(focus.a!.ariaLabel).toMatch(/, in this tour step$/);
    const flow = byId({ flow: 'b-to-c' });
    expect([flow.a!.state, flow.b!.state, flow.c!.state]).toEqual(['dimmed', 'neighbour', 'neighbour']);
    expect(flow.b!.flows.find((f) => f.id === 'b-to-c')!.state).toBe('selected');
  });
});

describe('layerRows on a laid-out stack', () => {
  let model: ExplorerModel;
  beforeAll(async () => {
    model = toClientModel((await laidOut(GOOD)).stack);
  });

  it('has every component of the view once, with the states the nodes carry', () => {
    for (const view of model.views) {
      const selection = { node: view.nodes[0]!.id, trace: 'both' as const };
      const list = layerRows(view, model.components, selection).flatMap((section) => section.rows);
      expect(list.map((row) => row.id).sort()).toEqual(view.nodes.map((node) => node.id).sort());
      const nodes = toFlowNodes(view, model.components, selection).filter((node): node is ComponentNode => node.type === 'component');
      expect(Object.fromEntries(list.map((row) => [row.id, row.state]))).toEqual(Object.fromEntries(nodes.map((node) => [node.id, node.data.state])));
      const flows = list.reduce((sum, row) => sum + row.outgoing, 0);
      expect(flows).toBe(view.flows.length);
    }
  });

  it('gives components with prose the first sentence of it as their summary', async () => {
    const { stack } = await laidOut(GOOD);
    for (const component of Object.values(stack.components)) {
      expect(model.components[component.id]!.summary).toBe(component.text ? firstSentence(component.text) : undefined);
    }
    expect(Object.values(model.components).some((component) => component.summary)).toBe(true);
  });
});
