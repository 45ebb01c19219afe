/**
 * Tracing: where a component's data goes (downstream), where it comes from (upstream), or both,
 * through any number of hops in one view. Pure, so the panel, the canvas highlight and the tests
 * share one answer. Cycles are handled: a path never visits a component twice.
 */
import type { FlowMode } from './modes';

export type TraceDirection = 'down' | 'up' | 'both';
export const TRACE_DIRECTIONS: readonly TraceDirection[] = ['down', 'up', 'both'];

type TraceFlow = { id: string; from: string; to: string; mode?: FlowMode };

/** A chain of hops in data order (from the data's source to where it ends up). */
export interface TracePath {
  /** Component ids, in data order. */
  nodes: string[];
  /** Flow ids, one per hop, in data order. */
  flows: string[];
  /** Real time when no hop is `batch`. */
  freshness: 'real-time' | 'batch';
}

export interface Trace {
  start: string;
  direction: TraceDirection;
  downstream: Set<string>;
  upstream: Set<string>;
  /** Flows on a downstream (or upstream) path. */
  downstreamFlows: Set<string>;
  upstreamFlows: Set<string>;
  /** Maximal paths, downstream first; at most `limit` per direction. */
  paths: { down: TracePath[]; up: TracePath[] };
  /** Whether more paths exist than were listed. */
  truncated: boolean;
  /** Components reached, split by the freshest path that reaches each. */
  reach: { down: { realTime: Set<string>; batch: Set<string> }; up: { realTime: Set<string>; batch: Set<string> } };
}

/** Enough for any diagram a person reads; stops path enumeration exploding on dense graphs. */
const PATH_LIMIT = 200;

function walk(flows: TraceFlow[], start: string, forward: boolean, limit: number) {
  const out = new Map<string, TraceFlow[]>();
  for (const flow of flows) {
    const key = forward ? flow.from : flow.to;
    out.set(key, [...(out.get(key) ?? []), flow]);
  }
  const next = (flow: TraceFlow) => (forward ? flow.to : flow.from);
  const reached = new Set<string>();
  const onPath = new Set<string>();
  const realTime = new Set<string>();
  const batch = new Set<string>();
  const paths: TracePath[] = [];
  let truncated = false;

  // Reachability (BFS), independent of path enumeration, so the sets are complete even when paths are cut.
  const queue = [start];
  const seen = new Set([start]);
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const flow of out.get(id) ?? []) {
      onPath.add(flow.id);
      const other = next(flow);
      if (other !== start) reached.add(other);
      if (!seen.has(other)) {
        seen.add(other);
        queue.push(other);
      }
    }
  }
  // Freshness: a component is real time if some path to it has no batch hop (BFS over non-batch flows).
  const fresh = [start];
  const freshSeen = new Set([start]);
  while (fresh.length > 0) {
    const id = fresh.shift()!;
    for (const flow of out.get(id) ?? []) {
      if (flow.mode === 'batch') continue;
      const other = next(flow);
      if (!freshSeen.has(other)) {
        freshSeen.add(other);
        fresh.push(other);
      }
    }
  }
  for (const id of reached) (freshSeen.has(id) ? realTime : batch).add(id);

  // Maximal simple paths (depth first), listed until the limit.
  const visit = (id: string, nodes: string[], hops: TraceFlow[]) => {
    if (paths.length >= limit) {
      truncated = true;
      return;
    }
    const onward = (out.get(id) ?? []).filter((flow) => !nodes.includes(next(flow)));
    if (onward.length === 0) {
      if (hops.length === 0) return;
      const ordered = forward ? { nodes, hops } : { nodes: [...nodes].reverse(), hops: [...hops].reverse() };
      paths.push({
        nodes: ordered.nodes,
        flows: ordered.hops.map((flow) => flow.id),
        freshness: hops.some((flow) => flow.mode === 'batch') ? 'batch' : 'real-time',
      });
      return;
    }
    for (const flow of onward) visit(next(flow), [...nodes, next(flow)], [...hops, flow]);
  };
  visit(start, [start], []);
  return { reached, flows: onPath, paths, truncated, realTime, batch };
}

export function traceFrom(flows: TraceFlow[], start: string, direction: TraceDirection, limit = PATH_LIMIT): Trace {
  const empty = { reached: new Set<string>(), flows: new Set<string>(), paths: [], truncated: false, realTime: new Set<string>(), batch: new Set<string>() };
  const down = direction === 'up' ? empty : walk(flows, start, true, limit);
  const up = direction === 'down' ? empty : walk(flows, start, false, limit);
  return {
    start,
    direction,
    downstream: down.reached,
    upstream: up.reached,
    downstreamFlows: down.flows,
    upstreamFlows: up.flows,
    paths: { down: down.paths, up: up.paths },
    truncated: down.truncated || up.truncated,
    reach: { down: { realTime: down.realTime, batch: down.batch }, up: { realTime: up.realTime, batch: up.batch } },
  };
}

export function isTraceDirection(value: string | undefined): value is TraceDirection {
  return value !== undefined && (TRACE_DIRECTIONS as readonly string[]).includes(value);
}
