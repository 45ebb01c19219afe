/**
 * Reading a V8 CPU profile (CDP `Profiler.stop`) by function: time per sample, inclusive (the
 * function was anywhere on the stack, counted once per sample) and self (it was the leaf), over the
 * whole profile or a window of it. Idle samples are left out, so `busy` is main-thread work.
 */
export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  /** µs before each sample (the first from `startTime`). */
  timeDeltas: number[];
}

/** What one profile frame is called in the summary: e.g. its function and source line. */
export type FrameKey = (frame: CpuProfileNode['callFrame']) => string;

export interface ProfileSummary {
  /** ms of non-idle samples in the window. */
  busy: number;
  inclusive: Map<string, number>;
  self: Map<string, number>;
}

/** ms since the profile's start at which each sample was taken. */
function sampleTimes(profile: CpuProfile): number[] {
  let at = 0;
  return profile.timeDeltas.map((delta) => (at += delta / 1000));
}

/** How long each sample stands for, ms: until the next sample (the last one: until the profile ends). */
function sampleWeights(profile: CpuProfile, times: number[]): number[] {
  const end = (profile.endTime - profile.startTime) / 1000;
  return times.map((time, index) => Math.max(0, (times[index + 1] ?? end) - time));
}

const IDLE = new Set(['(idle)', '(root)']);

function parents(profile: CpuProfile): Map<number, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  return parent;
}

/**
 * Sums the profile's samples by `key`, from `from` to `to` ms after its start (all of it by
 * default). Several profiles can be added into one summary (`into`); `topEntries` divides by their count.
 */
export function summariseProfile(profile: CpuProfile, key: FrameKey, window: { from?: number; to?: number } = {}, into?: ProfileSummary): ProfileSummary {
  const summary = into ?? { busy: 0, inclusive: new Map(), self: new Map() };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = parents(profile);
  const keys = new Map<number, string>();
  const keyOf = (id: number) => {
    let name = keys.get(id);
    if (name === undefined) keys.set(id, (name = key(byId.get(id)!.callFrame)));
    return name;
  };
  const times = sampleTimes(profile);
  const weights = sampleWeights(profile, times);
  const add = (map: Map<string, number>, name: string, ms: number) => map.set(name, (map.get(name) ?? 0) + ms);
  profile.samples.forEach((leaf, index) => {
    const time = times[index]!;
    if (time < (window.from ?? -Infinity) || time > (window.to ?? Infinity)) return;
    if (IDLE.has(byId.get(leaf)!.callFrame.functionName)) return;
    const ms = weights[index]!;
    summary.busy += ms;
    add(summary.self, keyOf(leaf), ms);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const name = keyOf(id);
      if (IDLE.has(byId.get(id)!.callFrame.functionName) || seen.has(name)) continue;
      seen.add(name);
      add(summary.inclusive, name, ms);
    }
  });
  return summary;
}

/** ms after the profile's start of the first sample with a frame `matches` on its stack (null if none). */
export function firstSampleWith(profile: CpuProfile, matches: (frame: CpuProfileNode['callFrame']) => boolean): number | null {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = parents(profile);
  const times = sampleTimes(profile);
  for (let index = 0; index < profile.samples.length; index++) {
    for (let id: number | undefined = profile.samples[index]; id !== undefined; id = parent.get(id)) {
      if (matches(byId.get(id)!.callFrame)) return times[index]!;
    }
  }
  return null;
}

/** The `count` largest entries of a summary map, each divided by `scale` (e.g. the number of profiles). */
export function topEntries(map: Map<string, number>, count: number, scale = 1): [string, number][] {
  return [...map].map(([name, ms]): [string, number] => [name, ms / scale]).sort((a, b) => b[1] - a[1]).slice(0, count);
}
