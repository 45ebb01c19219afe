import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../lib/content/compile';
import { processDocument } from '../../lib/content/load';
import { generateStack } from './generate';

describe('generateStack', () => {
  it('is deterministic: same options, same bytes; another seed, another stack', () => {
    const options = { components: 60, flows: 120, seed: 7 };
    expect(generateStack(options)).toBe(generateStack(options));
    expect(generateStack({ ...options, seed: 8 })).not.toBe(generateStack(options));
  });

  it('passes validation without warnings, with the requested counts', async () => {
    const source = generateStack({ components: 60, flows: 120, seed: 3 });
    const result = await processDocument('stack', { slug: 'bench-60', file: 'content/stacks/bench-60.mdx', absolute: '/bench/bench-60.mdx' }, source, new Set());
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    if (!result.ok) return;
    expect(Object.keys(result.document.components)).toHaveLength(60);
    expect(result.document.views[0]!.flows).toHaveLength(120);
  });

  it('keeps the benchmark stack (500 components, 1,000 flows) under the file size limit', () => {
    expect(Buffer.byteLength(generateStack({ components: 500, flows: 1000, seed: 500 }))).toBeLessThan(MAX_FILE_BYTES);
  });

  it('keeps the 1,000-component / 2,000-flow stack under the limit when terse, and it still validates', async () => {
    const source = generateStack({ components: 1000, flows: 2000, seed: 1000, terse: true });
    expect(Buffer.byteLength(source)).toBeLessThan(MAX_FILE_BYTES);
    expect(Buffer.byteLength(generateStack({ components: 1000, flows: 2000, seed: 1000 }))).toBeGreaterThan(MAX_FILE_BYTES);
    const result = await processDocument('stack', { slug: 'bench-1000', file: 'content/stacks/bench-1000.mdx', absolute: '/bench/bench-1000.mdx' }, source, new Set());
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.document.views[0]!.flows).toHaveLength(2000);
  });

  it('says so when the flows cannot touch every component', () => {
    expect(() => generateStack({ components: 40, flows: 10, seed: 1 })).toThrow(/cannot touch/);
  });
});
