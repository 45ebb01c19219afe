/**
 * Cross-stack indexes, computed at build time from the laid-out stacks: where a technology is used,
 * and which flows a concept explains. Pure functions over the model.
 */
import { MODE_CONCEPT, type FlowMode, type LaidOutStack } from './schema';

/** The first sentence of a component's prose: its role, in a line. */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text.trim());
  return (match?.[1] ?? text).trim();
}

export interface TechUsage {
  slug: string;
  company: string;
  stackTitle: string;
  componentId: string;
  label: string;
  role: string;
  views: { id: string; title: string; layer: string; neighbours: { id: string; label: string }[] }[];
}

/** Every component, in every stack, that runs on the technology; with its layer and neighbours per view. */
export function techUsages(stacks: LaidOutStack[], techId: string): TechUsage[] {
  const out: TechUsage[] = [];
  for (const stack of stacks) {
    for (const component of Object.values(stack.components)) {
      if (component.tech !== techId) continue;
      const views = stack.diagrams
        .filter((diagram) => diagram.layers.some((layer) => layer.componentIds.includes(component.id)))
        .map((diagram) => {
          const neighbourIds = new Set(
            diagram.flows.flatMap((flow) => (flow.from === component.id ? [flow.to] : flow.to === component.id ? [flow.from] : [])),
          );
          return {
            id: diagram.id,
            title: diagram.title,
            layer: diagram.layers.find((layer) => layer.componentIds.includes(component.id))!.title,
            neighbours: [...neighbourIds].map((id) => ({ id, label: stack.components[id]?.label ?? id })),
          };
        });
      out.push({
        slug: stack.meta.slug,
        company: stack.meta.company,
        stackTitle: stack.meta.title,
        componentId: component.id,
        label: component.label,
        role: firstSentence(component.text),
        views,
      });
    }
  }
  return out;
}

/** How many stacks use each technology id. */
export function techStackCounts(stacks: LaidOutStack[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const stack of stacks) {
    const techs = new Set(Object.values(stack.components).flatMap((c) => (c.tech ? [c.tech] : [])));
    for (const tech of techs) counts.set(tech, (counts.get(tech) ?? 0) + 1);
  }
  return counts;
}

export interface ConceptFlow {
  slug: string;
  company: string;
  viewId: string;
  viewTitle: string;
  flowId: string;
  from: string;
  to: string;
  label: string;
  mode: FlowMode;
}

/** Every flow, in every stack, whose mode this concept explains. */
export function flowsForConcept(stacks: LaidOutStack[], conceptId: string): ConceptFlow[] {
  const modes = (Object.keys(MODE_CONCEPT) as FlowMode[]).filter((mode) => MODE_CONCEPT[mode] === conceptId);
  if (modes.length === 0) return [];
  return stacks.flatMap((stack) =>
    stack.diagrams.flatMap((diagram) =>
      diagram.flows
        .filter((flow) => flow.mode && modes.includes(flow.mode))
        .map((flow) => ({
          slug: stack.meta.slug,
          company: stack.meta.company,
          viewId: diagram.id,
          viewTitle: diagram.title,
          flowId: flow.id,
          from: stack.components[flow.from]?.label ?? flow.from,
          to: stack.components[flow.to]?.label ?? flow.to,
          label: flow.label,
          mode: flow.mode!,
        })),
    ),
  );
}

/** A link that opens a stack's view with a component or flow selected. */
export function stackHref(slug: string, viewId: string | undefined, select: { node?: string; flow?: string }, firstViewId?: string): string {
  const params = new URLSearchParams();
  if (viewId && viewId !== firstViewId) params.set('view', viewId);
  if (select.node) params.set('node', select.node);
  if (select.flow) params.set('flow', select.flow);
  const query = params.toString();
  return `/stacks/${slug}/${query ? `?${query}` : ''}`;
}
