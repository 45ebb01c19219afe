/** The static canvas hands renderers the props React Flow would, and mirrors its wrappers. */
import { beforeAll, describe, expect, it } from 'vitest';
import { GOOD, laidOut } from '@/lib/graph/__fixtures__/helpers';
import { toClientModel } from '@/lib/graph/client-model';
import type { ClientView, ExplorerModel } from '@/lib/model/types';
import { toFlowEdges, toFlowNodes } from './to-flow';
import { staticEdgeProps, staticEdgeWrapper, staticNodeProps, staticNodeWrapper } from './static-props';
import { nodeTypes, edgeTypes } from './node-types';
import type { DiagramNode } from './flow-types';

let model: ExplorerModel;
let view: ClientView;
beforeAll(async () => {
  model = toClientModel((await laidOut(GOOD)).stack);
  view = model.views[0]!;
});

describe('static props', () => {
  it('every node kind has a renderer in the one registry', () => {
    for (const node of toFlowNodes(view, model.components, {})) expect(nodeTypes[node.type]).toBeDefined();
    for (const edge of toFlowEdges(view, model.components, {})) expect(edgeTypes[edge.type!]).toBeDefined();
  });

  it('node props carry the node as React Flow passes it', () => {
    const node = toFlowNodes(view, model.components, {}).find((n) => n.type === 'component')!;
    expect(staticNodeProps(node)).toMatchObject({
      id: node.id,
      type: 'component',
      data: node.data,
      width: node.width,
      height: node.height,
      positionAbsoluteX: node.position.x,
      positionAbsoluteY: node.position.y,
      selected: false,
      draggable: false,
      isConnectable: false,
    });
  });

  it('node wrappers: bands ignore the pointer, components take it; both sit at their position', () => {
    const nodes = toFlowNodes(view, model.components, {});
    const band = staticNodeWrapper(nodes.find((n) => n.type === 'band')!);
    const component = staticNodeWrapper(nodes.find((n) => n.type === 'component') as DiagramNode);
    expect(band.style.pointerEvents).toBe('none');
    expect(band.style.zIndex).toBe(-1);
    expect(component.style.pointerEvents).toBe('all');
    expect(component.className).toBe('react-flow__node react-flow__node-component');
    expect(component.style.transform).toMatch(/^translate\([\d.]+px,[\d.]+px\)$/);
    expect(component.role).toBe('group');
  });

  it('edge props put the ends on the source and target handles', () => {
    const nodes = toFlowNodes(view, model.components, {});
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const edge = toFlowEdges(view, model.components, {})[0]!;
    const props = staticEdgeProps(edge, byId);
    const source = byId.get(edge.source)!;
    const target = byId.get(edge.target)!;
    expect(props.sourceX).toBeCloseTo(source.position.x + source.width! + 0.5);
    expect(props.sourceY).toBeCloseTo(source.position.y + source.height! / 2 + 0.5);
    expect(props.targetX).toBeCloseTo(target.position.x + 0.5);
    expect(props.data).toBe(edge.data);
    expect(staticEdgeWrapper(edge)).toMatchObject({ role: 'img', 'aria-label': edge.ariaLabel, 'data-testid': `rf__edge-${edge.id}` });
  });
});
