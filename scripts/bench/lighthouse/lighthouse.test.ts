import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lighthouseChecks } from './checks';
import { medianFigures, parseLighthouse, type LighthouseFigures } from './figures';
import type { LighthouseResults } from './measure';
import { lighthouseRows, lighthouseSummary } from './table';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));

function parsed(name: string) {
  const result = parseLighthouse(fixture(name));
  if (!('run' in result)) throw new Error(result.error);
  return result.run;
}

const figures = (overrides: Partial<LighthouseFigures>): LighthouseFigures => ({
  performance: 98,
  accessibility: 100,
  fcp: 900,
  lcp: 1500,
  tbt: 120,
  speedIndex: 1000,
  tti: 2000,
  cls: 0,
  ...overrides,
});

describe('parseLighthouse (trimmed real 12.8.2 reports)', () => {
  it('reads scores as 0-100 and the metrics in ms', () => {
    expect(parsed('stack-page.json').figures).toEqual({
      performance: 94,
      accessibility: 100,
      fcp: 932.212,
      lcp: 1290.212,
      tbt: 290.4999999999991,
      speedIndex: 932.212,
      tti: 2678.2619999999997,
      cls: 0,
    });
  });

  it('lists failing accessibility audits that count, not the experimental ones at weight 0', () => {
    // The stack page's report fails label-content-name-mismatch (weight 0) and still scores 100.
    expect(parsed('stack-page.json').flags.accessibilityFailures).toEqual([]);
    expect(parsed('minimal-rf.json').flags.accessibilityFailures).toEqual([{ id: 'color-contrast', title: 'Background and foreground colors do not have a sufficient contrast ratio.' }]);
  });

  it('keeps opportunities with savings, largest first, and the script evaluation time', () => {
    const { flags } = parsed('stack-page.json');
    expect(flags.opportunities.map((o) => [o.id, o.savingsBytes])).toEqual([
      ['unused-javascript', 27615],
      ['legacy-javascript', 13713],
    ]);
    expect(flags.mainThreadMs).toBeCloseTo(2039.1, 1);
    expect(flags.scriptEvaluationMs).toBeCloseTo(957.5, 1);
  });

  it('returns an error for a failed run or a report without a metric', () => {
    expect(parseLighthouse({ runtimeError: { code: 'NO_FCP', message: 'The page did not paint' } })).toEqual({ error: 'Lighthouse runtime error NO_FCP: The page did not paint' });
    const report = fixture('stack-page.json') as { audits: Record<string, unknown> };
    delete report.audits['largest-contentful-paint'];
    expect(parseLighthouse(report)).toEqual({ error: 'Lighthouse report without lcp' });
    expect(parseLighthouse(null)).toHaveProperty('error');
  });
});

describe('medianFigures', () => {
  it('takes each figure’s median on its own', () => {
    const runs = [figures({ performance: 90, lcp: 3000 }), figures({ performance: 99, lcp: 1000 }), figures({ performance: 95, lcp: 2000, tti: null })];
    expect(medianFigures(runs)).toMatchObject({ performance: 95, lcp: 2000, tti: 2000 });
    expect(medianFigures([])).toBeNull();
  });
});

describe('lighthouseChecks', () => {
  const verdicts = (real: LighthouseFigures | null, reference: LighthouseFigures | null) => lighthouseChecks(real, reference).map((c) => [c.name, c.pass]);

  it('passes at the limits: score equal, LCP 1.1x, TBT 1.25x, accessibility 100', () => {
    const reference = figures({ performance: 97, lcp: 1000, tbt: 100 });
    expect(verdicts(figures({ performance: 97, lcp: 1100, tbt: 125 }), reference)).toEqual([
      ['Performance score', true],
      ['LCP (ms)', true],
      ['TBT (ms)', true],
      ['Accessibility score', true],
    ]);
  });

  it('fails just past each limit', () => {
    const reference = figures({ performance: 97, lcp: 1000, tbt: 100 });
    expect(verdicts(figures({ performance: 96, lcp: 1101, tbt: 126, accessibility: 96 }), reference).every(([, pass]) => !pass)).toBe(true);
  });

  it('gives a verdict when the reference blocks for 0 ms: only 0 passes, with no ratio', () => {
    const [, , zero] = lighthouseChecks(figures({ tbt: 0 }), figures({ tbt: 0 }));
    expect(zero).toMatchObject({ pass: true, ratio: null });
    expect(lighthouseChecks(figures({ tbt: 1 }), figures({ tbt: 0 }))[2]!.pass).toBe(false);
  });

  it('fails every target when a page was not measured', () => {
    expect(verdicts(null, figures({})).every(([, pass]) => !pass)).toBe(true);
    expect(verdicts(figures({}), null).slice(0, 3).every(([, pass]) => !pass)).toBe(true);
  });
});

describe('Lighthouse table rows', () => {
  it('says so in one row, and in the summary, when Lighthouse could not run', () => {
    const results = { pinned: '12.8.2', version: null, unavailable: 'npx lighthouse@12.8.2 --version failed (ENOENT)', runsPerPage: 3 } as LighthouseResults;
    expect(lighthouseRows(results)).toEqual([['Lighthouse (mobile preset, gzip): not run: npx lighthouse@12.8.2 --version failed (ENOENT)', 'n/a', '', '']]);
    expect(lighthouseSummary(results)).toContain('not run');
  });

  it('prints each page’s medians and the verdicts', () => {
    const run = parsed('stack-page.json');
    const reference = parsed('minimal-rf.json');
    const page = (url: string, r: typeof run) => ({ url, runs: [r], median: r.figures, errors: [] });
    const results: LighthouseResults = {
      pinned: '12.8.2',
      version: '12.8.2',
      unavailable: null,
      runsPerPage: 1,
      pages: { real: page('/stacks/uber/', run), minimalRf: page('/__bench/minimal-rf/', reference), floor: page('/__bench/floor/', reference) },
      checks: lighthouseChecks(run.figures, reference.figures),
    };
    const rows = lighthouseRows(results);
    expect(rows[0]).toEqual(['Lighthouse 12.8.2 mobile, gzip, /stacks/uber/ (1 run): Performance / Accessibility score', '94 / 100', '', '']);
    expect(rows[1]![1]).toBe('1,290 / 290 ms');
    expect(rows.find((row) => row[0].includes('LCP (ms)'))).toEqual(['Lighthouse target: /stacks/uber/ LCP (ms)', '0.84×', '1290 / 1536', '≤ 1.1× minimal RF **PASS**']);
    expect(lighthouseSummary(results)).toBe('Lighthouse targets (issue 9): 2 of 4 met. Missed: Performance score (94, target ≥ minimal RF); TBT (ms) (2.52×, target ≤ 1.25× minimal RF).');
  });

  it('prints a BASELINE export’s stack page after the three pages, judged by no target', () => {
    const run = parsed('stack-page.json');
    const reference = parsed('minimal-rf.json');
    const page = (url: string, r: typeof run) => ({ url, runs: [r], median: r.figures, errors: [] });
    const pages = { real: page('/stacks/uber/', run), minimalRf: page('/__bench/minimal-rf/', reference), floor: page('/__bench/floor/', reference) };
    const checks = lighthouseChecks(run.figures, reference.figures);
    const base: LighthouseResults = { pinned: '12.8.2', version: '12.8.2', unavailable: null, runsPerPage: 1, pages, checks };
    const withBefore: LighthouseResults = { ...base, pages: { ...pages, before: page('/stacks/uber/', reference) } };
    const rows = lighthouseRows(withBefore);
    const firsts = rows.map((row) => row[0]).filter((name) => name.endsWith('Performance / Accessibility score'));
    expect(firsts.at(-1)).toBe('Lighthouse 12.8.2 mobile, gzip, /stacks/uber/ of BASELINE (1 run): Performance / Accessibility score');
    expect(firsts).toHaveLength(4);
    // The same verdict rows as without it: the baseline is beside them, not judged.
    expect(rows.filter((row) => row[3] !== '')).toEqual(lighthouseRows(base).filter((row) => row[3] !== ''));
  });
});
