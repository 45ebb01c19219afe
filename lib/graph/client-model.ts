/**
 * The slice of a LaidOutStack that the browser needs: ids, labels, geometry and counts. Prose is
 * rendered to React elements on the server and passed separately; compiled MDX never ships.
 */
import { MODE_MEANINGS, type FlowMode, type LaidOutDiagram, type LaidOutStack, type Source, type StackMeta } from './schema';

export interface ClientComponent {
  id: string;
  label: string;
  tech?: string;
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
}

export interface StackViewModel {
  meta: StackMeta;
  sources: Source[];
  components: Record<string, ClientComponent>;
  diagrams: ClientDiagram[];
  modes: Record<FlowMode, ModeInfo>;
}

export function modeInfo(): Record<FlowMode, ModeInfo> {
  return Object.fromEntries(
    Object.entries(MODE_MEANINGS).map(([mode, info]) => [mode, { mode: mode as FlowMode, ...info }]),
  ) as Record<FlowMode, ModeInfo>;
}

export function toClientModel(stack: LaidOutStack): StackViewModel {
  return {
    meta: stack.meta,
    sources: stack.meta.sources,
    components: Object.fromEntries(
      Object.values(stack.components).map(({ id, label, tech }) => [id, { id, label, ...(tech ? { tech } : {}) }]),
    ),
    diagrams: stack.diagrams.map((diagram) => ({
      ...diagram,
      flows: diagram.flows.map(({ id, from, to, label, mode }) => ({ id, from, to, label, ...(mode ? { mode } : {}) })),
    })),
    modes: modeInfo(),
  };
}
