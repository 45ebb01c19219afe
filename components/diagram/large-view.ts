import type { DiagramNode } from './flow-types';

/**
 * Above this many components a view is "large": while its viewport moves it draws a cheaper stand-in
 * (see use-motion-mode.ts). The real stacks have at most a few dozen components, so they never
 * change; generated benchmark stacks (500, 1,000) do. Per-frame costs grow with the element count
 * (hit-testing the pointer, SVG text relayout on zoom), and at 150 components they start to show.
 */
export const LARGE_VIEW_COMPONENTS = 150;

export function isLargeView(nodes: readonly DiagramNode[]): boolean {
  let components = 0;
  for (const node of nodes) if (node.type === 'component') components++;
  return components > LARGE_VIEW_COMPONENTS;
}
