import type { ReactNode } from 'react';
import type { LaidOutDiagram, StackComponent } from '@/lib/graph/schema';
import { Prose } from '../mdx/prose';
import { proseKey } from './prose-key';

/** Every component's and flow's prose as server-rendered React elements, for the client panel. */
export function renderProse(stack: { components: Record<string, StackComponent>; diagrams: LaidOutDiagram[] }): Record<string, ReactNode> {
  const out: Record<string, ReactNode> = {};
  for (const component of Object.values(stack.components)) {
    if (component.prose) out[proseKey.component(component.id)] = <Prose tree={component.prose} />;
  }
  for (const diagram of stack.diagrams) {
    for (const flow of diagram.flows) {
      if (flow.prose) out[proseKey.flow(diagram.id, flow.id)] = <Prose tree={flow.prose} />;
    }
  }
  return out;
}
