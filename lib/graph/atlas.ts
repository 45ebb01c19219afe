/**
 * Cross-stack indexes, computed at build time from the laid-out stacks: where a technology is used,
 * and which flows a concept explains. Pure functions over the model.
 */
import { modesExplainedBy, type FlowMode } from '../model/modes';
import { stackHref } from '../model/links';
import type { LaidOutStack } from './schema';

/** A stack's view as a link parameter: undefined for the first view (its URL has no `view=`). */
const viewParam = (stack: LaidOutStack, viewId: string) => (stack.views[0]?.id === viewId ? undefined : viewId);

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
  /** Each view that shows the component, with a link that opens it selected there. */
  views: { id: string; title: string; layer: string; href: string; neighbours: { id: string; label: string }[] }[];
}

/** Every component, in every stack, that runs on the technology; with its layer and neighbours per view. */
export function techUsages(stacks: LaidOutStack[], techId: string): TechUsage[] {
  const out: TechUsage[] = [];
  for (const stack of stacks) {
    for (const component of Object.values(stack.components)) {
      if (component.tech !== techId) continue;
      const views = stack.views
        .filter((view) => view.layers.some((layer) => layer.componentIds.includes(component.id)))
        .map((view) => {
          const neighbourIds = new Set(
            view.flows.flatMap((flow) => (flow.from === component.id ? [flow.to] : flow.to === component.id ? [flow.from] : [])),
          );
          return {
            id: view.id,
            title: view.title,
            layer: view.layers.find((layer) => layer.componentIds.includes(component.id))!.title,
            href: stackHref(stack.meta.slug, { view: viewParam(stack, view.id), node: component.id }),
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
  /** Opens the view with the flow selected. */
  href: string;
}

/** Every flow, in every stack, whose mode this concept explains. */
export function flowsForConcept(stacks: LaidOutStack[], conceptId: string): ConceptFlow[] {
  const modes = modesExplainedBy(conceptId);
  if (modes.length === 0) return [];
  return stacks.flatMap((stack) =>
    stack.views.flatMap((view) =>
      view.flows
        .filter((flow) => flow.mode && modes.includes(flow.mode))
        .map((flow) => ({
          slug: stack.meta.slug,
          company: stack.meta.company,
          viewId: view.id,
          viewTitle: view.title,
          flowId: flow.id,
          from: stack.components[flow.from]?.label ?? flow.from,
          to: stack.components[flow.to]?.label ?? flow.to,
          label: flow.label,
          mode: flow.mode!,
          href: stackHref(stack.meta.slug, { view: viewParam(stack, view.id), flow: flow.id }),
        })),
    ),
  );
}
