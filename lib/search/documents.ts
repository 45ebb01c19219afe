/**
 * What the search palette can find, as flat records: one per stack, view, component, flow,
 * technology, concept and tour step, each with its deep link. A pure function of the atlas model,
 * run at build time (app/search-index.json/route.ts); nothing here reaches the browser but its output.
 */
import { conceptHref, stackHref, techHref } from '../model/links';
import type { SearchDocument } from '../model/search';
import type { LaidOutStack } from '../graph/schema';

/** The parts of the atlas the index covers (technologies and concepts as their list pages know them). */
export interface SearchSources {
  stacks: LaidOutStack[];
  technologies: { id: string; name: string; category: string }[];
  concepts: { meta: { id: string; title: string; summary: string } }[];
}

/** `view=` only for views after the first (the first view's URL has none). */
const viewParam = (stack: LaidOutStack, viewId: string) => (stack.views[0]?.id === viewId ? undefined : viewId);

/** A flow as readers name it: `Rider App -> Kafka: trip events`. */
export const flowName = (from: string, to: string, label: string) => `${from} -> ${to}: ${label}`;

function stackDocuments(stack: LaidOutStack, techNames: ReadonlyMap<string, string>): SearchDocument[] {
  const { slug, company, title } = stack.meta;
  const label = (id: string) => stack.components[id]?.label ?? id;
  const docs: SearchDocument[] = [
    { kind: 'stack', name: company, context: title, keywords: slug, href: stackHref(slug) },
  ];
  for (const view of stack.views) {
    const viewIs = viewParam(stack, view.id);
    docs.push({ kind: 'view', name: view.title, context: company, keywords: '', href: stackHref(slug, { view: viewIs }) });
    for (const flow of view.flows) {
      docs.push({
        kind: 'flow',
        name: flowName(label(flow.from), label(flow.to), flow.label),
        context: `${company} · ${view.title}`,
        keywords: flow.mode ?? '',
        href: stackHref(slug, { view: viewIs, flow: flow.id }),
      });
    }
    for (const tour of view.tours) {
      tour.steps.forEach((step, index) =>
        docs.push({
          kind: 'step',
          name: step.title,
          context: `${company} · ${tour.title} · step ${index + 1} of ${tour.steps.length}`,
          keywords: '',
          href: stackHref(slug, { view: viewIs, tour: tour.id, step: index + 1 }),
        }),
      );
    }
  }
  // A component is listed once, opened in the first view that shows it.
  for (const component of Object.values(stack.components)) {
    const view = stack.views.find((candidate) => candidate.nodes.some((node) => node.id === component.id));
    if (!view) continue;
    docs.push({
      kind: 'component',
      name: component.label,
      context: stack.views.length > 1 ? `${company} · ${view.title}` : company,
      keywords: component.tech ? (techNames.get(component.tech) ?? component.tech) : '',
      href: stackHref(slug, { view: viewParam(stack, view.id), node: component.id }),
    });
  }
  return docs;
}

/** Every record of the index. Technologies no stack uses have no page, so they are left out. */
export function searchDocuments({ stacks, technologies, concepts }: SearchSources): SearchDocument[] {
  const techNames = new Map(technologies.map((tech) => [tech.id, tech.name]));
  const used = new Set(stacks.flatMap((stack) => Object.values(stack.components).flatMap((c) => (c.tech ? [c.tech] : []))));
  return [
    ...stacks.flatMap((stack) => stackDocuments(stack, techNames)),
    ...technologies
      .filter((tech) => used.has(tech.id))
      .map((tech): SearchDocument => ({ kind: 'tech', name: tech.name, context: tech.category, keywords: tech.id, href: techHref(tech.id) })),
    ...concepts.map(
      ({ meta }): SearchDocument => ({ kind: 'concept', name: meta.title, context: meta.summary, keywords: '', href: conceptHref(meta.id) }),
    ),
  ];
}
