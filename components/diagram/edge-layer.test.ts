/**
 * The edge layer draws the same flows in both markups: one `<svg>` per flow (React Flow's, which the
 * static canvas keeps) or all in one (a large view on the React Flow canvas).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { GOOD, laidOut } from '@/lib/graph/__fixtures__/helpers';
import { toClientModel } from '@/lib/graph/client-model';
import type { ClientView, ExplorerModel } from '@/lib/model/types';
import { toFlowEdges, toFlowNodes } from './to-flow';
import { EdgeLayer } from './edge-layer';

let model: ExplorerModel;
let view: ClientView;
beforeAll(async () => {
  model = toClientModel((await laidOut(GOOD)).stack);
  view = model.views[0]!;
});

const render = (single: boolean) => {
  const html = renderToStaticMarkup(
    createElement(EdgeLayer, { nodes: toFlowNodes(view, model.components, {}), edges: toFlowEdges(view, model.components, {}), onEdgeClick: () => {}, single }),
  );
  return { html, svgs: html.match(/<svg\b/g)?.length ?? 0, edges: html.match(/class="react-flow__edge /g)?.length ?? 0 };
};

describe('edge layer', () => {
  it('one svg per flow by default, as React Flow draws them', () => {
    const { svgs, edges } = render(false);
    expect(view.flows.length).toBeGreaterThan(1);
    expect(edges).toBe(view.flows.length);
    expect(svgs).toBe(view.flows.length);
  });

  it('single: every flow inside one svg, with the same edge markup in the same order', () => {
    const one = render(true);
    const many = render(false);
    expect(one.svgs).toBe(1);
    expect(one.edges).toBe(view.flows.length);
    // The flows themselves (each wrapper <g> and what is inside it) are identical.
    const flows = (html: string) => html.replace(/<\/?svg[^>]*>/g, '').replace(/^<div[^>]*>|<\/div>$/g, '');
    expect(flows(one.html)).toBe(flows(many.html));
  });
});
