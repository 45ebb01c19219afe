/**
 * `npm run bench:visible`: only the benchmark's "all nodes visible" target (issue 9), on the current
 * build (`out/`) instead of the benchmark's own, for checking a change to the HTML in a minute or
 * two. Copies the export to `out-visible/`, adds the two reference pages, then takes cold loads (the
 * benchmark's `coldLoad`, 1x CPU) interleaved over the stack page and the floor page, and prints the
 * medians and the ratio. LOADS (default 9) loads per page. BASELINE=<dir> (an export built from
 * another commit, e.g. `NEXT_DIST_DIR=out-before npx next build`) adds its /stacks/uber/ as a third
 * page, "before", measured in the same rounds.
 */
import { coldLoad, launchBrowser, type LoadSample } from './bench/load';
import { step } from './bench/log';
import { quickExport, runQuick } from './bench/quick-export';
import { ratio } from './bench/reference/ratios';
import { summarize } from './bench/stats';

const ROOT = process.cwd();
const OUT = 'out-visible';
const LOADS = Number(process.env.LOADS ?? 9);
const BASELINE = process.env.BASELINE;
type PageKey = 'real' | 'floor' | 'before';
const PAGES: PageKey[] = ['real', 'floor', ...(BASELINE ? (['before'] as const) : [])];

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main() {
  const run = await quickExport(ROOT, OUT, BASELINE);
  const { probe } = run;
  const browser = await launchBrowser();
  try {
    const urls: Record<PageKey, string> = { real: run.urls.real, floor: run.urls.floor, before: run.urls.before ?? '' };
    const samples: Record<PageKey, LoadSample[]> = { real: [], floor: [], before: [] };
    // One load of each first, not counted: a new browser's first loads are slower.
    for (const key of PAGES) await (await coldLoad(browser, urls[key], probe, 1)).tab.close();
    for (let round = 1; round <= LOADS; round++) {
      for (const key of PAGES) {
        step(`load ${round}/${LOADS}: ${key}...`);
        const { sample, tab } = await coldLoad(browser, urls[key], probe, 1);
        await tab.close();
        samples[key].push(sample);
      }
    }
    const visible = (key: PageKey) => summarize(samples[key].map((s) => s.allVisibleAt));
    const fcp = (key: PageKey) => summarize(samples[key].map((s) => s.firstContentfulPaint ?? Number.NaN));
    const lines = [
      '| page | all nodes visible, median (min–max) | first contentful paint, median |',
      '|---|---:|---:|',
      ...PAGES.map((key) => {
        const v = visible(key);
        return `| ${key} | ${ms(v.median)} (${v.min.toFixed(0)}–${v.max.toFixed(0)}) | ${ms(fcp(key).median)} |`;
      }),
      ...PAGES.map((key) => `${key}: ${samples[key].map((s) => s.allVisibleAt.toFixed(0)).join(' ')}`),
      '',
      `all nodes visible, real / floor: ${ratio(visible('real').median, visible('floor').median)?.toFixed(2)}x (target <= 1.5x)`,
      ...(BASELINE ? [`before (${BASELINE}) / floor: ${ratio(visible('before').median, visible('floor').median)?.toFixed(2)}x`] : []),
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } finally {
    await browser.close();
    await run.stop();
  }
}

runQuick(main);
