import { describe, expect, it } from 'vitest';
import { traceFrom } from './trace';

const f = (from: string, to: string, mode?: 'batch' | 'stream') => ({ id: `${from}-${to}`, from, to, ...(mode ? { mode } : {}) });
// app -> kafka -> flink -> dash ; kafka -> hadoop (batch) -> hive -> reports ; flink -> kafka (cycle)
const flows = [f('app', 'kafka', 'stream'), f('kafka', 'flink', 'stream'), f('flink', 'dash'), f('kafka', 'hadoop', 'batch'), f('hadoop', 'hive'), f('hive', 'reports'), f('flink', 'kafka')];

describe('traceFrom', () => {
  it('finds everything downstream through any number of hops, and the flows on the way', () => {
    const trace = traceFrom(flows, 'kafka', 'down');
    expect([...trace.downstream].sort()).toEqual(['dash', 'flink', 'hadoop', 'hive', 'reports']);
    expect(trace.upstream.size).toBe(0);
    expect([...trace.downstreamFlows].sort()).toEqual(['flink-dash', 'flink-kafka', 'hadoop-hive', 'hive-reports', 'kafka-flink', 'kafka-hadoop']);
  });

  it('survives the cycle and never repeats a component in a path', () => {
    const trace = traceFrom(flows, 'kafka', 'down');
    for (const path of trace.paths.down) expect(new Set(path.nodes).size).toBe(path.nodes.length);
    expect(trace.paths.down.map((p) => p.nodes.join('>')).sort()).toEqual(['kafka>flink>dash', 'kafka>hadoop>hive>reports']);
  });

  it('groups by freshness: real time when no hop is batch', () => {
    const trace = traceFrom(flows, 'app', 'down');
    expect([...trace.reach.down.realTime].sort()).toEqual(['dash', 'flink', 'kafka']);
    expect([...trace.reach.down.batch].sort()).toEqual(['hadoop', 'hive', 'reports']);
    const byEnd = Object.fromEntries(trace.paths.down.map((p) => [p.nodes.at(-1), p.freshness]));
    expect(byEnd).toEqual({ dash: 'real-time', reports: 'batch' });
  });

  it('traces upstream, listing paths in data order', () => {
    const trace = traceFrom(flows, 'reports', 'up');
    expect([...trace.upstream].sort()).toEqual(['app', 'flink', 'hadoop', 'hive', 'kafka']);
    expect(trace.paths.up.map((p) => p.nodes.join('>'))).toContain('app>kafka>hadoop>hive>reports');
    expect(trace.paths.up.every((p) => p.nodes.at(-1) === 'reports')).toBe(true);
    expect(trace.paths.up[0]!.flows[0]).toMatch(/-kafka$|-hadoop$|-flink$/);
  });

  it('both ways at once', () => {
    const trace = traceFrom(flows, 'hadoop', 'both');
    expect([...trace.upstream].sort()).toEqual(['app', 'flink', 'kafka']);
    expect([...trace.downstream].sort()).toEqual(['hive', 'reports']);
  });

  it('an isolated component reaches nothing', () => {
    const trace = traceFrom(flows, 'lonely', 'both');
    expect(trace.downstream.size + trace.upstream.size).toBe(0);
    expect(trace.paths).toEqual({ down: [], up: [] });
  });

  it('caps the listed paths on dense graphs, but keeps reachability complete', () => {
    const dense = [];
    for (let i = 0; i < 12; i++) for (let j = i + 1; j < 12; j++) dense.push(f(`n${i}`, `n${j}`));
    const trace = traceFrom(dense, 'n0', 'down', 50);
    expect(trace.paths.down).toHaveLength(50);
    expect(trace.truncated).toBe(true);
    expect(trace.downstream.size).toBe(11);
  });
});
