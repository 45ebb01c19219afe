import { beforeAll, describe, expect, it } from 'vitest';
import { firstSentence, flowsForConcept, techStackCounts, techUsages } from './atlas';
import type { LaidOutStack } from './schema';
import { GOOD, runPipeline } from './__fixtures__/helpers';

let stacks: LaidOutStack[];

beforeAll(async () => {
  const one = await runPipeline(GOOD, { slug: 'one' });
  const two = await runPipeline(GOOD.replace(/company: .*/, 'company: Other'), { slug: 'two' });
  if (!one.ok || !two.ok) throw new Error('fixture must be valid');
  stacks = [one.stack, two.stack];
});

describe('technology usage across stacks', () => {
  it('finds every component on a technology, per stack, with its layer and neighbours in each view', () => {
    const [stack] = stacks;
    const kafka = Object.values(stack!.components).find((c) => c.tech === 'kafka')!;
    const usages = techUsages(stacks, 'kafka');
    expect(usages.map((u) => u.slug)).toEqual(['one', 'two']);
    expect(usages[1]!.company).toBe('Other');
    const views = stack!.views.filter((d) => d.layers.some((l) => l.componentIds.includes(kafka.id)));
    expect(usages[0]!.views.map((v) => v.id)).toEqual(views.map((v) => v.id));
    const first = views[0]!;
    const expectedNeighbours = new Set(first.flows.flatMap((f) => (f.from === kafka.id ? [f.to] : f.to === kafka.id ? [f.from] : [])));
    expect(new Set(usages[0]!.views[0]!.neighbours.map((n) => n.id))).toEqual(expectedNeighbours);
    expect(usages[0]!.role).toBe(firstSentence(kafka.text));
  });

  it('counts stacks per technology once each', () => {
    expect(techStackCounts(stacks).get('kafka')).toBe(2);
    expect(techStackCounts(stacks).get('no-such-tech')).toBeUndefined();
  });
});

describe('flows explained by a concept', () => {
  it('collects flows whose mode maps to the concept, from every stack', () => {
    const asyncFlows = stacks.flatMap((s) => s.views.flatMap((d) => d.flows.filter((f) => f.mode === 'async')));
    expect(asyncFlows.length).toBeGreaterThan(0);
    expect(flowsForConcept(stacks, 'asynchronous')).toHaveLength(asyncFlows.length);
    expect(flowsForConcept(stacks, 'asynchronous').every((f) => f.mode === 'async')).toBe(true);
  });
  it('returns nothing for concepts no mode maps to', () => {
    expect(flowsForConcept(stacks, 'parallel')).toEqual([]);
  });
});

describe('helpers', () => {
  it('firstSentence keeps the first sentence only', () => {
    expect(firstSentence('Kafka is a log. It also does more.')).toBe('Kafka is a log.');
    expect(firstSentence('No full stop')).toBe('No full stop');
  });
});

describe('links into stacks', () => {
  it('each technology usage links to every view that shows the component, with the component selected', () => {
    for (const usage of techUsages(stacks, 'kafka')) {
      const stack = stacks.find((s) => s.meta.slug === usage.slug)!;
      for (const view of usage.views) {
        const url = new URL(view.href, 'http://x');
        expect(url.pathname).toBe(`/stacks/${usage.slug}/`);
        expect(url.searchParams.get('node')).toBe(usage.componentId);
        const opened = url.searchParams.get('view') ?? stack.views[0]!.id;
        expect(opened).toBe(view.id);
        expect(stack.views.find((d) => d.id === opened)!.nodes.some((n) => n.id === usage.componentId)).toBe(true);
      }
    }
  });

  it('concept flows link to the view that holds the flow', () => {
    for (const flow of flowsForConcept(stacks, 'asynchronous')) {
      const url = new URL(flow.href, 'http://x');
      const stack = stacks.find((s) => s.meta.slug === flow.slug)!;
      const opened = url.searchParams.get('view') ?? stack.views[0]!.id;
      expect(opened).toBe(flow.viewId);
      expect(url.searchParams.get('flow')).toBe(flow.flowId);
    }
  });
});
