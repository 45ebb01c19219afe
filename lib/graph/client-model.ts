/**
 * Laid-out document -> the explorer's client model (lib/model/types.ts). Runs on the server at build
 * time; what it returns is plain JSON handed to client components.
 */
import type { ClientComponent, ExplorerModel, TechUse } from '../model/types';
import type { LaidOutView, LaidOutStack, Source, StackComponent } from './schema';
import { firstSentence } from './atlas';

export interface ClientModelSource {
  /** Stacks cite sources; a concept page has none of its own. */
  sources?: Source[];
  components: Record<string, StackComponent>;
  views: LaidOutView[];
}

export interface ClientModelContext {
  /** Technology names by id. */
  techNames?: ReadonlyMap<string, string>;
  /** Every stack, to find the other companies using a technology. */
  allStacks?: LaidOutStack[];
  /** The stack being shown (excluded from "also used by"). */
  slug?: string;
}

/** The first view of a stack that shows the component, as a `view` link parameter (undefined = first view). */
export function viewShowing(stack: Pick<LaidOutStack, 'views'>, componentId: string): string | undefined {
  const index = stack.views.findIndex((view) => view.nodes.some((node) => node.id === componentId));
  return index > 0 ? stack.views[index]!.id : undefined;
}

/** Every component of every other stack, by technology id. */
function techUses(context: ClientModelContext): Map<string, TechUse[]> {
  const uses = new Map<string, TechUse[]>();
  for (const stack of context.allStacks ?? []) {
    if (stack.meta.slug === context.slug) continue;
    for (const component of Object.values(stack.components)) {
      if (!component.tech) continue;
      const view = viewShowing(stack, component.id);
      const list = uses.get(component.tech) ?? [];
      list.push({ slug: stack.meta.slug, company: stack.meta.company, componentId: component.id, label: component.label, ...(view ? { view } : {}) });
      uses.set(component.tech, list);
    }
  }
  return uses;
}

export function toClientModel(source: ClientModelSource, context: ClientModelContext = {}): ExplorerModel {
  const uses = techUses(context);
  const components = Object.fromEntries(
    Object.values(source.components).map(({ id, label, tech, inferred, citations, text }): [string, ClientComponent] => [
      id,
      {
        id,
        label,
        ...(text ? { summary: firstSentence(text) } : {}),
        ...(inferred ? { inferred } : {}),
        citations,
        ...(tech ? { tech: { id: tech, name: context.techNames?.get(tech) ?? tech, alsoUsedBy: uses.get(tech) ?? [] } } : {}),
      },
    ]),
  );
  return {
    sources: source.sources ?? [],
    components,
    views: source.views.map((view) => ({
      ...view,
      flows: view.flows.map(({ prose: _prose, text: _text, ...flow }) => flow),
      tours: view.tours.map((tour) => ({ ...tour, steps: tour.steps.map(({ prose: _prose, text: _text, ...step }) => step) })),
    })),
  };
}
