/**
 * The reference pages' data: the first view of a laid-out stack reduced to what both reference
 * pages draw (the same boxes, routes and labels as the real page) and what their panel shows.
 * Plain JSON: embedded in the floor page's markup and in the minimal React Flow page as data.
 */
import type { LaidOutStack } from '../../../lib/graph/schema';

export interface RefNode {
  id: string;
  label: string;
  inferred: boolean;
  /** The component's prose as plain text: the panel's body. */
  prose: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RefEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  /** The laid-out route (SVG path data) and label centre, in diagram coordinates. */
  path: string;
  labelX: number;
  labelY: number;
}

export interface RefModel {
  title: string;
  width: number;
  height: number;
  bands: { id: string; title: string; x: number; y: number; width: number; height: number }[];
  nodes: RefNode[];
  edges: RefEdge[];
}

export function refModel(stack: LaidOutStack, viewIndex = 0): RefModel {
  const view = stack.views[viewIndex];
  if (!view) throw new Error(`${stack.meta.slug} has no view ${viewIndex}`);
  return {
    title: stack.meta.title,
    width: view.width,
    height: view.height,
    bands: view.bands.map(({ id, title, x, y, width, height }) => ({ id, title, x, y, width, height })),
    nodes: view.nodes.map((node) => {
      const component = stack.components[node.id];
      if (!component) throw new Error(`${stack.meta.slug}: node ${node.id} has no component`);
      return { id: node.id, label: component.label, inferred: component.inferred === true, prose: component.text, x: node.x, y: node.y, width: node.width, height: node.height };
    }),
    edges: view.flows.map((flow) => ({ id: flow.id, source: flow.from, target: flow.to, label: flow.label, path: flow.path, labelX: flow.labelX, labelY: flow.labelY })),
  };
}
