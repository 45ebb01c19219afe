import type { ReactNode } from 'react';
import type { LaidOutView, Source, StackComponent } from '@/lib/graph/schema';
import { Prose } from '../mdx/prose';
import { proseKey } from './prose-key';

/** Every component's, flow's and tour step's prose as server-rendered React elements, for the client panel. */
export function renderProse(
  stack: { components: Record<string, StackComponent>; views: LaidOutView[] },
  sources: readonly Source[] = [],
): Record<string, ReactNode> {
  const out: Record<string, ReactNode> = {};
  for (const component of Object.values(stack.components)) {
    if (component.prose) out[proseKey.component(component.id)] = <Prose tree={component.prose} sources={sources} />;
  }
  for (const view of stack.views) {
    for (const flow of view.flows) {
      if (flow.prose) out[proseKey.flow(view.id, flow.id)] = <Prose tree={flow.prose} sources={sources} />;
    }
    for (const tour of view.tours) {
      tour.steps.forEach((step, index) => {
        if (step.prose) out[proseKey.step(view.id, tour.id, index)] = <Prose tree={step.prose} sources={sources} />;
      });
    }
  }
  return out;
}
