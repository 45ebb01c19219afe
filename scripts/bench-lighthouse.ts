/**
 * `npm run bench:lighthouse`: only the benchmark's Lighthouse part, on the current build (`out/`, from
 * `npm run build`) instead of the benchmark's own: a minute or three instead of the whole benchmark, for
 * checking a fix. Copies the export to `out-lighthouse/`, adds the two reference pages, serves it
 * gzip-compressed and prints the Lighthouse rows. LIGHTHOUSE_RUNS (default 3) runs per page. The reports are kept in
 * `out-lighthouse-reports/<page>-<run>.json` (open one in https://googlechrome.github.io/lighthouse/viewer/).
 * BASELINE=<dir> also measures that export's stack page (another commit's build), in the same rounds.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadTechnologies } from '../lib/content/technologies';
import { measureLighthouse } from './bench/lighthouse/measure';
import { lighthouseFlags, lighthouseRows, lighthouseSummary } from './bench/lighthouse/table';
import { step } from './bench/log';
import { laidOutStack } from './bench/pipeline';
import { refModel } from './bench/reference/model';
import { FLOOR_PATH, MINIMAL_RF_PATH, writeReferencePages } from './bench/reference/pages';
import { startServer } from './bench/server';

const ROOT = process.cwd();
const OUT = 'out-lighthouse';
const REPORTS = 'out-lighthouse-reports';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const BASELINE = process.env.BASELINE;

async function main() {
  if (!existsSync(path.join(ROOT, 'out', 'stacks', 'uber', 'index.html'))) throw new Error('no out/stacks/uber/: run `npm run build` first');
  if (BASELINE && !existsSync(path.join(ROOT, BASELINE, 'stacks', 'uber', 'index.html'))) throw new Error(`no ${BASELINE}/stacks/uber/`);
  for (const dir of [OUT, REPORTS]) rmSync(path.join(ROOT, dir), { recursive: true, force: true });
  mkdirSync(path.join(ROOT, REPORTS));
  cpSync(path.join(ROOT, 'out'), path.join(ROOT, OUT), { recursive: true });
  const techIds = new Set((await loadTechnologies(path.join(ROOT, 'content', 'technologies.json'))).map((tech) => tech.id));
  const model = refModel(await laidOutStack('uber', readFileSync(path.join(ROOT, 'content', 'stacks', 'uber.mdx'), 'utf8'), techIds));
  step('writing the reference pages...');
  await writeReferencePages(ROOT, path.join(ROOT, OUT), model);
  const server = await startServer(ROOT, OUT, { gzip: true });
  const baseline = BASELINE ? await startServer(ROOT, BASELINE, { gzip: true }) : null;
  try {
    const urls = {
      real: `${server.origin}/stacks/uber/`,
      minimalRf: `${server.origin}${MINIMAL_RF_PATH}`,
      floor: `${server.origin}${FLOOR_PATH}`,
      ...(baseline ? { before: `${baseline.origin}/stacks/uber/` } : {}),
    };
    const lighthouse = await measureLighthouse(urls, RUNS, step, path.join(ROOT, REPORTS));
    const rows = lighthouseRows(lighthouse).map((row) => `| ${row.join(' | ')} |`);
    process.stdout.write(['| Figure | Median | Min–max | Target |', '|---|---:|---:|---|', ...rows, '', lighthouseSummary(lighthouse), ...lighthouseFlags(lighthouse).flatMap((line) => ['', line]), ''].join('\n'));
  } finally {
    await server.stop();
    await baseline?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    step(`could not run: ${(error as Error).message}`);
    process.exit(1);
  },
);
