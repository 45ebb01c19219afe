import { describe, expect, it } from 'vitest';
import { searchIndexSize } from './search-index';
import { checkBudgets, type Results } from './results';
import { renderMarkdown } from './table';
import { gzipBytes } from '../../lib/search/size';
import { searchIndexJson } from '../../lib/search';
import type { SearchDocument } from '../../lib/model/search';

const doc = (kind: SearchDocument['kind'], slug: string, name: string): SearchDocument => ({ kind, name, context: slug, keywords: '', href: `/stacks/${slug}/?node=${name.toLowerCase()}` });
const real = [doc('stack', 'acme', 'Acme'), doc('component', 'acme', 'Kafka'), doc('stack', 'zeta', 'Zeta'), doc('component', 'zeta', 'Flink')];

const emptyResults = (searchIndex: Results['searchIndex']): Omit<Results, 'budgets'> => ({
  startedAt: '2026-01-01T00:00:00Z',
  durationSeconds: 1,
  machine: { cpus: 2, cpuModel: 'cpu', node: 'v20', browser: 'chromium', loadAverageStart: [0], loadAverageMax: 0, loadAverageEnd: [0] },
  build: null,
  js: null,
  uber: { x1: null, x4: null, expectedNodes: 0 },
  clicks: null,
  tour: null,
  large: { components: 500, flows: 1000, pipeline: null, x1: null, x4: null, idle: null, pan: null, zoom: null },
  huge: { components: 1000, flows: 2000, pan: null, zoom: null },
  pipeline: null,
  reference: null,
  lighthouse: null,
  searchIndex,
  errors: [],
});

describe('search index benchmark row', () => {
  it('measures the scaled file as the build writes it', () => {
    const size = searchIndexSize(real, 5);
    expect(size).toMatchObject({ stacks: 5, realStacks: 2, records: 10 });
    expect(size.gzipBytes).toBeGreaterThan(0);
    expect(size.gzipBytes).toBeLessThan(size.bytes);
    // Five stacks weigh more than the two they were scaled from.
    expect(size.gzipBytes).toBeGreaterThan(gzipBytes(searchIndexJson(real)));
  });

  it('passes or fails against the 40 kB budget, and says so in the table', () => {
    const within = { stacks: 10, realStacks: 3, records: 700, bytes: 200_000, gzipBytes: 21_000 };
    const over = { ...within, gzipBytes: 40_001 };
    const pass = checkBudgets(emptyResults(within)).find((b) => b.name.startsWith('search index'))!;
    const fail = checkBudgets(emptyResults(over)).find((b) => b.name.startsWith('search index'))!;
    expect([pass.pass, pass.value, pass.limit]).toEqual([true, 21, 40]);
    expect(fail.pass).toBe(false);
    const results = { ...emptyResults(within), budgets: checkBudgets(emptyResults(within)) };
    expect(renderMarkdown(results)).toMatch(/\| search index file, 10 stacks \(3 real ones scaled; 700 records\), gzip -9 \| 21\.0 kB \| raw 200\.0 kB \| ≤ 40 kB \*\*PASS\*\* \|/);
    const missing = { ...emptyResults(null), budgets: checkBudgets(emptyResults(null)) };
    expect(renderMarkdown(missing)).toMatch(/search index file, 10 stacks, gzip -9 \| n\/a \| {2}\| ≤ 40 kB \*\*FAIL\*\*/);
  });

  it('prints the 1,000-component stack\'s pan and zoom against their 30 fps targets', () => {
    const rate = (fps: number) => ({ samples: [], fps: { n: 3, median: fps, min: fps - 1, max: fps + 1, p95: fps + 1 } });
    const base = emptyResults(null);
    const measured = { ...base, huge: { ...base.huge, pan: rate(31), zoom: rate(29) } };
    const table = renderMarkdown({ ...measured, budgets: checkBudgets(measured) });
    expect(table).toMatch(/1,000-component \/ 2,000-flow stack: frame rate while panning, 2 s drag \(0 loads\) \| 31\.0 fps \| 30\.0–32\.0 \| ≥ 30 fps \*\*PASS\*\*/);
    expect(table).toMatch(/1,000-component \/ 2,000-flow stack: frame rate while zooming, 2 s Ctrl\+wheel \(0 loads\) \| 29\.0 fps \| 28\.0–30\.0 \| ≥ 30 fps \*\*FAIL\*\*/);
  });
});
