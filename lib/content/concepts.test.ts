import { describe, expect, it } from 'vitest';
import { loadAllConcepts } from './load';
import { MODES } from '../model/modes';

describe('concept pages', async () => {
  const concepts = await loadAllConcepts();
  const ids = concepts.map((c) => c.meta.id);

  it("cover the lecture's terms and every flow mode's concept", () => {
    for (const id of ['synchronous', 'sequential', 'parallel', 'concurrent', 'asynchronous', 'fire-and-forget', 'publish-subscribe']) {
      expect(ids).toContain(id);
    }
    for (const { concept } of Object.values(MODES)) expect(ids).toContain(concept);
  });

  it('are ordered and link only to concepts that exist', () => {
    expect(concepts.map((c) => c.meta.order)).toEqual([...concepts.map((c) => c.meta.order)].sort((a, b) => a - b));
    for (const concept of concepts) for (const related of concept.meta.related) expect(ids).toContain(related);
  });

  it('the asynchronous page draws the Python app running a producer and an HTTP requester', () => {
    const page = concepts.find((c) => c.meta.id === 'asynchronous')!;
    expect(page.views).toHaveLength(1);
    const labels = Object.values(page.components).map((c) => c.label.toLowerCase());
    expect(labels.some((l) => l.includes('python'))).toBe(true);
    expect(labels.some((l) => l.includes('kafka producer'))).toBe(true);
    expect(labels.some((l) => l.includes('http'))).toBe(true);
    expect(page.views[0]!.nodes.length).toBe(Object.keys(page.components).length);
  });

  it('the fire-and-forget page carries a highlighted Python producer example', () => {
    const page = concepts.find((c) => c.meta.id === 'fire-and-forget')!;
    expect(page.code).toContain('hljs-keyword');
    expect(page.code).toContain('produce');
  });
});
