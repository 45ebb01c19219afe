/**
 * How data moves along a flow: the closed list of modes, what each means, and which concept page
 * explains it. Client-safe (plain data): the zod schema, the legend and the panel all read it here.
 */
export const FLOW_MODES = ['sync', 'async', 'fire-and-forget', 'stream', 'batch', 'cdc'] as const;
export type FlowMode = (typeof FLOW_MODES)[number];

export interface ModeInfo {
  mode: FlowMode;
  /** The mode's name, e.g. `Asynchronous`. */
  title: string;
  /** One line, shown in the legend and the flow panel. */
  meaning: string;
  /** Id of the concept page that explains it (`content/concepts/<id>.mdx`). */
  concept: string;
}

export const MODES: Readonly<Record<FlowMode, ModeInfo>> = {
  sync: {
    mode: 'sync',
    title: 'Synchronous',
    meaning: 'The sender waits for the reply before it carries on.',
    concept: 'synchronous',
  },
  async: {
    mode: 'async',
    title: 'Asynchronous',
    meaning: 'The sender carries on at once and learns the outcome later, by callback.',
    concept: 'asynchronous',
  },
  'fire-and-forget': {
    mode: 'fire-and-forget',
    title: 'Fire and forget',
    meaning: 'The sender never checks delivery: more throughput, but lost messages go unnoticed.',
    concept: 'fire-and-forget',
  },
  stream: {
    mode: 'stream',
    title: 'Stream',
    meaning: 'Records flow continuously and are handled one by one as they arrive.',
    concept: 'stream-processing',
  },
  batch: {
    mode: 'batch',
    title: 'Batch',
    meaning: 'Data is collected and processed in large scheduled chunks.',
    concept: 'batch-processing',
  },
  cdc: {
    mode: 'cdc',
    title: 'Change data capture',
    meaning: "A database's change log is copied downstream as it happens.",
    concept: 'change-data-capture',
  },
};

/** The modes a list of flows uses, in the canonical order (the legend shows only these). */
export function modesUsed(flows: readonly { mode?: FlowMode }[]): FlowMode[] {
  return FLOW_MODES.filter((mode) => flows.some((flow) => flow.mode === mode));
}

/** The modes a concept page explains (usually one). */
export function modesExplainedBy(conceptId: string): FlowMode[] {
  return FLOW_MODES.filter((mode) => MODES[mode].concept === conceptId);
}
