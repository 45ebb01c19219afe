/**
 * `npm run bench:click`: only the benchmark's two click targets (issue 9), on the current build
 * (`out/`, from `npm run build`) instead of the benchmark's own: a couple of minutes instead of the
 * whole benchmark, for checking a fix. Copies the export to `out-click/`, adds the two reference
 * pages, then measures as `npm run bench` does (the same functions): cold first clicks interleaved
 * over the real page, the floor page and the minimal React Flow page, and a click series on each
 * after a cold load. Prints the figures and the ratios to the floor page of this run.
 * COLD_ROUNDS (default 5) cold clicks per page; CLICKS (default 20) clicks per series; SERIES
 * (default 1) series per page, interleaved too. BASELINE=<dir> (an export built from another commit,
 * e.g. `NEXT_DIST_DIR=out-before npx next build`) adds its /stacks/uber/ as a fourth page, "before",
 * measured the same way in the same run: a before/after comparison on a busy machine.
 */
import { clickToPanel, type ClickSample } from './bench/click';
import { coldClick, type ColdClick } from './bench/cold-click';
import { coldLoad, launchBrowser } from './bench/load';
import { step } from './bench/log';
import { quickExport, runQuick } from './bench/quick-export';
import { ratio } from './bench/reference/ratios';
import { summarize } from './bench/stats';

const ROOT = process.cwd();
const OUT = 'out-click';
const COLD_ROUNDS = Number(process.env.COLD_ROUNDS ?? 5);
const CLICKS = Number(process.env.CLICKS ?? 20);
const SERIES = Number(process.env.SERIES ?? 1);
const BASELINE = process.env.BASELINE;
type PageKey = 'real' | 'floor' | 'minimalRf' | 'before';
const PAGES: PageKey[] = ['real', 'floor', 'minimalRf', ...(BASELINE ? (['before'] as const) : [])];

const ms = (value: number) => `${value.toFixed(1)} ms`;
const times = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}x`);

async function main() {
  const run = await quickExport(ROOT, OUT, BASELINE);
  const { model, probe } = run;
  const browser = await launchBrowser();
  try {
    const urls: Record<PageKey, string> = { ...run.urls, before: run.urls.before ?? '' };
    // The same component as the benchmark's: the one in the middle of the view.
    const target = model.nodes[Math.floor(model.nodes.length / 2)]!;
    const cold: Record<PageKey, ColdClick[]> = { real: [], floor: [], minimalRf: [], before: [] };
    for (let round = 1; round <= COLD_ROUNDS; round++) {
      for (const key of PAGES) {
        step(`cold first click ${round}/${COLD_ROUNDS}: ${key}...`);
        cold[key].push(await coldClick(browser, urls[key], probe, { id: target.id, label: target.label }));
      }
    }
    const series: Record<PageKey, ClickSample[][]> = { real: [], floor: [], minimalRf: [], before: [] };
    for (let round = 1; round <= SERIES; round++) {
      for (const key of PAGES) {
        step(`click series ${round}/${SERIES}: ${key}, ${CLICKS} clicks...`);
        const { tab } = await coldLoad(browser, urls[key], probe, 1);
        try {
          series[key].push(await clickToPanel(tab.page, CLICKS));
        } finally {
          await tab.close();
        }
      }
    }
    const coldMedian = (key: PageKey) => summarize(cold[key].map((c) => c.latency)).median;
    // p95 of each series, then the median over series (one series: its p95, as the benchmark prints).
    const p95 = (key: PageKey) => summarize(series[key].map((s) => summarize(s.map((c) => c.latency)).p95)).median;
    const lines = [
      '| page | cold click median (min–max) | input delay median | click p95 | click median |',
      '|---|---:|---:|---:|---:|',
      ...PAGES.map((key) => {
        const c = summarize(cold[key].map((s) => s.latency));
        const all = series[key].flat().map((s) => s.latency);
        return `| ${key} | ${ms(c.median)} (${c.min.toFixed(0)}–${c.max.toFixed(0)}) | ${ms(summarize(cold[key].map((s) => s.inputDelay)).median)} | ${ms(p95(key))} | ${ms(summarize(all).median)} |`;
      }),
      '',
      `cold first click, real / floor: ${times(ratio(coldMedian('real'), coldMedian('floor')))} (target <= 2x); real / minimal React Flow: ${times(ratio(coldMedian('real'), coldMedian('minimalRf')))}`,
      `click p95, real / floor: ${times(ratio(p95('real'), p95('floor')))} (target <= 2x); real / minimal React Flow: ${times(ratio(p95('real'), p95('minimalRf')))}`,
      ...(BASELINE
        ? [`before (${BASELINE}) / floor: cold first click ${times(ratio(coldMedian('before'), coldMedian('floor')))}, click p95 ${times(ratio(p95('before'), p95('floor')))}`]
        : []),
      `real cold clicks: ${cold.real.map((c) => `${c.latency.toFixed(0)} (delay ${c.inputDelay.toFixed(0)}, mutation ${c.toMutation.toFixed(0)}, whole panel ${c.toComplete?.toFixed(0) ?? 'never'}, rf ${c.interactiveBeforeClick ? 'yes' : 'no'})`).join(', ')}`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } finally {
    await browser.close();
    await run.stop();
  }
}

runQuick(main);
