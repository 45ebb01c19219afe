/**
 * `npm run bench:lighthouse`: only the benchmark's Lighthouse part, on the current build (`out/`, from
 * `npm run build`) instead of the benchmark's own: a minute or three instead of the whole benchmark, for
 * checking a fix. Copies the export to `out-lighthouse/`, adds the two reference pages, serves it
 * gzip-compressed and prints the Lighthouse rows. LIGHTHOUSE_RUNS (default 3) runs per page. The reports are kept in
 * `out-lighthouse-reports/<page>-<run>.json` (open one in https://googlechrome.github.io/lighthouse/viewer/).
 * BASELINE=<dir> also measures that export's stack page (another commit's build), in the same rounds.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { measureLighthouse } from './bench/lighthouse/measure';
import { lighthouseFlags, lighthouseRows, lighthouseSummary } from './bench/lighthouse/table';
import { step } from './bench/log';
import { quickExport, runQuick } from './bench/quick-export';

const ROOT = process.cwd();
const OUT = 'out-lighthouse';
const REPORTS = 'out-lighthouse-reports';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const BASELINE = process.env.BASELINE;

async function main() {
  rmSync(path.join(ROOT, REPORTS), { recursive: true, force: true });
  mkdirSync(path.join(ROOT, REPORTS));
  const run = await quickExport(ROOT, OUT, BASELINE, { gzip: true });
  try {
    const { real, minimalRf, floor, before } = run.urls;
    const lighthouse = await measureLighthouse({ real, minimalRf, floor, ...(before ? { before } : {}) }, RUNS, step, path.join(ROOT, REPORTS));
    const rows = lighthouseRows(lighthouse).map((row) => `| ${row.join(' | ')} |`);
    process.stdout.write(['| Figure | Median | Min–max | Target |', '|---|---:|---:|---|', ...rows, '', lighthouseSummary(lighthouse), ...lighthouseFlags(lighthouse).flatMap((line) => ['', line]), ''].join('\n'));
  } finally {
    await run.stop();
  }
}

runQuick(main);
