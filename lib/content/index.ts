/**
 * What pages read. `server-only` makes importing this from a client component a build error, so
 * mdx-bundler, esbuild and elkjs can never reach the browser through it.
 */
import 'server-only';
import { loadAllConcepts, loadAllStacks } from './load';
import { loadTechnologies, type Technology } from './technologies';
import type { LaidOutConcept, LaidOutStack, StackListItem } from '../graph/schema';

export type { Technology } from './technologies';

export async function getAllStacks(): Promise<LaidOutStack[]> {
  return loadAllStacks();
}

export async function getStack(slug: string): Promise<LaidOutStack | undefined> {
  return (await loadAllStacks()).find((stack) => stack.meta.slug === slug);
}

/** List items carry metadata and counts only, never compiled MDX. */
export async function getStackList(): Promise<StackListItem[]> {
  return (await loadAllStacks()).map((stack) => ({
    meta: stack.meta,
    componentCount: Object.keys(stack.components).length,
    flowCount: stack.views.reduce((sum, view) => sum + view.flows.length, 0),
    viewTitles: stack.views.map((view) => view.title),
    techs: [...new Set(Object.values(stack.components).flatMap((component) => (component.tech ? [component.tech] : [])))].sort(),
  }));
}

export async function getTechnologies(): Promise<Technology[]> {
  return loadTechnologies();
}

export async function getTechnology(id: string): Promise<Technology | undefined> {
  return (await loadTechnologies()).find((tech) => tech.id === id);
}

export async function getTechNames(): Promise<Map<string, string>> {
  return new Map((await loadTechnologies()).map((tech) => [tech.id, tech.name]));
}

export async function getAllConcepts(): Promise<LaidOutConcept[]> {
  return loadAllConcepts();
}

export async function getConcept(id: string): Promise<LaidOutConcept | undefined> {
  return (await loadAllConcepts()).find((concept) => concept.meta.id === id);
}
