/**
 * The slice of the content model the browser needs: ids, labels, geometry, counts and links. Prose
 * is rendered to React elements on the server and passed separately; compiled MDX never ships.
 */
import {
  MODE_CONCEPT,
  MODE_MEANINGS,
  type FlowMode,
  type LaidOutDiagram,
  type LaidOutStack,
  type Source,
  type StackComponent,
} from './schema';

/** Another stack where the same technology appears, for "also used by". */
export interface TechUse {
  slug: string;
  company: string;
  componentId: string;
  label: string;
}
export interface ClientComponent {
  id: string;
  label: string;
  tech?: { id: string; name: string; alsoUsedBy: TechUse[] };
}
export interface ClientFlow {
  id: string;
  from: string;
  to: string;
  label: string;
  mode?: FlowMode;
}
export type ClientDiagram = Omit<LaidOutDiagram, 'flows'> & { flows: ClientFlow[] };

export interface ModeInfo {
  mode: FlowMode;
  title: string;
  meaning: string;
  /** Id of the concept page that explains it. */
  concept: string;
}

export interface StackViewModel {
  sources: Source[];
  components: Record<string, ClientComponent>;
  diagrams: ClientDiagram[];
  modes: Record<FlowMode, ModeInfo>;
}

export function modeInfo(): Record<FlowMode, ModeInfo> {
  return Object.fromEntries(
    Object.entries(MODE_MEANINGS).map(([mode, info]) => [mode, { mode: mode as FlowMode, ...info, concept: MODE_CONCEPT[mode as FlowMode] }]),
  ) as Record<FlowMode, ModeInfo>;
}

export interface ClientModelSource {
  meta: { sources?: Source[] };
  components: Record<string, StackComponent>;
  diagrams: LaidOutDiagram[];
}

export interface ClientModelContext {
  /** Technology names by id. */
  techNames?: ReadonlyMap<string, string>;
  /** Every stack, to find the other companies using a technology. */
  allStacks?: LaidOutStack[];
  /** The stack being shown (excluded from "also used by"). */
  slug?: string;
}

export function toClientModel(source: ClientModelSource, context: ClientModelContext = {}): StackViewModel {
  const uses = new Map<string, TechUse[]>();
  for (const stack of context.allStacks ?? []) {
    if (stack.meta.slug === context.slug) continue;
    for (const component of Object.values(stack.components)) {
      if (!component.tech) continue;
      const list = uses.get(component.tech) ?? [];
      list.push({ slug: stack.meta.slug, company: stack.meta.company, componentId: component.id, label: component.label });
      uses.set(component.tech, list);
    }
  }
  const components = Object.fromEntries(
    Object.values(source.components).map(({ id, label, tech }): [string, ClientComponent] => [
      id,
      {
        id,
        label,
        ...(tech ? { tech: { id: tech, name: context.techNames?.get(tech) ?? tech, alsoUsedBy: uses.get(tech) ?? [] } } : {}),
      },
    ]),
  );
  return {
    sources: source.meta.sources ?? [],
    components,
    diagrams: source.diagrams.map((diagram) => ({
      ...diagram,
      flows: diagram.flows.map(({ id, from, to, label, mode }) => ({ id, from, to, label, ...(mode ? { mode } : {}) })),
    })),
    modes: modeInfo(),
  };
}
