/**
 * `npm run bench`: performance benchmark of Stack Atlas (see bench/README.md). Builds the site with a
 * generated 500-component stack in an isolated snapshot, serves it, measures it in headless Chromium
 * and in-process, prints a Markdown table and writes bench/results.json and bench/latest.md.
 * Budgets are reported as PASS/FAIL; a missed budget never fails the run (exit code 0).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTechnologies } from '../lib/content/technologies';
import { launchBrowser } from './bench/browser';
import { nextBuild } from './bench/build';
import { clickToPanel } from './bench/click';
import { generateStack } from './bench/generate';
import { analyseJs, htmlScripts } from './bench/js';
import { coldLoad, type LoadSample } from './bench/load';
import { elapsedSeconds, maxLoadAverage, step } from './bench/log';
import { idleFps, panFps, zoomFps, type FrameRate } from './bench/pan';
import { firstViewNodes, timeLargeStack, timePipeline } from './bench/pipeline';
import { probeScript } from './bench/probe';
import { checkBudgets, loadSeries, type Results } from './bench/results';
import { startServer } from './bench/server';
import { summarize } from './bench/stats';
import { renderMarkdown } from './bench/table';
import { createWorkspace, takeExport } from './bench/workspace';

const ROOT = process.cwd();
const OUT = 'out-bench';
const LOADS = 7;
const CLICKS = 20;
const LARGE = { slug: 'bench-500', components: 500, flows: 1000, seed: 500 };
const LAYOUT_RUNS = 5;

async function main(): Promise<Results> {
  const results: Omit<Results, 'budgets'> = {
    startedAt: new Date().toISOString(),
    durationSeconds: 0,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '?', node: process.version, browser: '?', loadAverageStart: os.loadavg(), loadAverageMax: 0, loadAverageEnd: [] },
    build: null,
    js: null,
    uber: { x1: null, x4: null, expectedNodes: 0 },
    clicks: null,
    large: { components: LARGE.components, flows: LARGE.flows, pipeline: null, x1: null, x4: null, idle: null, pan: null, zoom: null },
    pipeline: null,
    errors: [],
  };
  /** Runs one part; a failure is recorded and the rest still runs. */
  const part = async (name: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      const message = `${name}: ${(error as Error).message.split('\n')[0]}`;
      step(`FAILED ${message}`);
      results.errors.push(message);
    }
  };

  step(`generating the ${LARGE.components}-component / ${LARGE.flows.toLocaleString('en-US')}-flow stack...`);
  const largeSource = generateStack(LARGE);
  step('copying content and a snapshot of the project to a temp dir...');
  const workspace = createWorkspace(ROOT, { [LARGE.slug]: largeSource });
  const cleanUp = () => workspace.remove();
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });

  try {
    const techIds = new Set((await loadTechnologies(path.join(workspace.contentDir, 'technologies.json'))).map((tech) => tech.id));
    const uberSource = readFileSync(path.join(workspace.contentDir, 'stacks', 'uber.mdx'), 'utf8');

    await part('content pipeline', async () => {
      step('content pipeline: first call (cold)...');
      const first = await timePipeline(1, { components: 25, flows: 40, seedBase: 1 }, techIds);
      const scales = [];
      for (const count of [1, 10, 100]) {
        step(`content pipeline: ${count} generated 25-component stack${count === 1 ? '' : 's'}...`);
        scales.push(await timePipeline(count, { components: 25, flows: 40, seedBase: 1000 * count }, techIds));
      }
      results.pipeline = { firstCallMs: first.totalMs, scales };
    });
    await part('uber model', async () => {
      results.uber.expectedNodes = await firstViewNodes('uber', uberSource, techIds);
    });
    await part('500-component layout', async () => {
      results.large.pipeline = await timeLargeStack(LARGE.slug, largeSource, workspace.contentDir, techIds, LAYOUT_RUNS, (run) =>
        step(`layout of the ${LARGE.components}-component stack ${run}/${LAYOUT_RUNS}...`),
      );
    });

    step(`building site with ${LARGE.components}-component stack (next build in ${workspace.projectDir})...`);
    const env = { NEXT_DIST_DIR: OUT, STACK_ATLAS_CONTENT_DIR: workspace.contentDir };
    let build = await nextBuild(workspace.projectDir, env);
    let withLargeStack = true;
    let failure: string | undefined;
    if (!build.ok) {
      failure = build.log.split('\n').filter((line) => /error|Error|failed/.test(line)).slice(0, 12).join('\n') || build.log.slice(-2000);
      writeFileSync(path.join(workspace.dir, 'build-failure.log'), build.log);
      step(`BUILD FAILED with the ${LARGE.components}-component stack:\n${failure}`);
      results.errors.push(`next build failed with ${LARGE.slug}: ${failure.split('\n')[0]}`);
      step('rebuilding without it, to measure the rest...');
      rmSync(path.join(workspace.contentDir, 'stacks', `${LARGE.slug}.mdx`));
      withLargeStack = false;
      build = await nextBuild(workspace.projectDir, env);
    }
    const { log: _log, ...buildFigures } = build;
    results.build = { ...buildFigures, withLargeStack, ...(failure ? { failure } : {}) };
    if (!build.ok) throw new Error(`next build failed:\n${build.log.slice(-3000)}`);
    step(`built in ${(build.ms / 1000).toFixed(1)} s; moving the export to ${OUT}/...`);
    takeExport(workspace, ROOT, OUT);

    const server = await startServer(ROOT, OUT);
    const browser = await launchBrowser().catch(async (error: unknown) => {
      await server.stop();
      throw error;
    });
    results.machine.browser = `Chromium ${browser.version()}`;
    const probe = probeScript({ '/stacks/uber/': results.uber.expectedNodes, [`/stacks/${LARGE.slug}/`]: LARGE.components });
    try {
      const uberUrl = `${server.origin}/stacks/uber/`;
      for (const throttle of [1, 4]) {
        await part(`uber ${throttle}x`, async () => {
          const samples: LoadSample[] = [];
          for (let i = 1; i <= LOADS; i++) {
            step(`uber load ${i}/${LOADS} (${throttle}x CPU)...`);
            const { sample, tab } = await coldLoad(browser, uberUrl, probe, throttle);
            samples.push(sample);
            if (throttle === 1 && i === 1) {
              results.js = analyseJs(sample.scripts, sample.deferredScripts, htmlScripts(path.join(ROOT, OUT, 'index.html')));
            }
            if (throttle === 1 && i === LOADS) {
              await part('click to panel', async () => {
                step(`uber: ${CLICKS} clicks on different components...`);
                const clicks = await clickToPanel(tab.page, CLICKS);
                results.clicks = { samples: clicks, latency: summarize(clicks.map((c) => c.latency)) };
              });
            }
            await tab.close();
          }
          results.uber[throttle === 1 ? 'x1' : 'x4'] = loadSeries(uberUrl, throttle, samples);
        });
      }

      if (withLargeStack) {
        await part(LARGE.slug, async () => {
          const url = `${server.origin}/stacks/${LARGE.slug}/`;
          const samples: LoadSample[] = [];
          const rates = { idle: [] as FrameRate[], pan: [] as FrameRate[], zoom: [] as FrameRate[] };
          for (let i = 1; i <= LOADS; i++) {
            step(`${LARGE.slug} load ${i}/${LOADS}: all nodes visible, then 2 s pan and 2 s zoom...`);
            const { sample, tab } = await coldLoad(browser, url, probe, 1);
            samples.push(sample);
            await part(`${LARGE.slug} load ${i} frame rates`, async () => {
              rates.idle.push(await idleFps(tab.page));
              rates.pan.push(await panFps(tab.page, tab.cdp));
              rates.zoom.push(await zoomFps(tab.page, tab.cdp));
            });
            await tab.close();
          }
          results.large.x1 = loadSeries(url, 1, samples);
          for (const kind of ['idle', 'pan', 'zoom'] as const) {
            if (rates[kind].length > 0) results.large[kind] = { samples: rates[kind], fps: summarize(rates[kind].map((rate) => rate.fps)) };
          }
          const throttled: LoadSample[] = [];
          for (let i = 1; i <= LOADS; i++) {
            step(`${LARGE.slug} load ${i}/${LOADS} (4x CPU)...`);
            const { sample, tab } = await coldLoad(browser, url, probe, 4);
            throttled.push(sample);
            await tab.close();
          }
          results.large.x4 = loadSeries(url, 4, throttled);
        });
      }
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    step('removing the temp dir...');
    cleanUp();
  }
  results.machine.loadAverageEnd = os.loadavg();
  results.machine.loadAverageMax = maxLoadAverage();
  results.durationSeconds = elapsedSeconds();
  return { ...results, budgets: checkBudgets(results) };
}

main().then(
  (results) => {
    const markdown = renderMarkdown(results);
    mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
    writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
    writeFileSync(path.join(ROOT, 'bench', 'latest.md'), `# Latest benchmark run\n\nWritten by \`npm run bench\`; see [README.md](README.md) for what each figure means.\n\n${markdown}`);
    process.stdout.write(`\n${markdown}`);
    step(`done: bench/results.json, bench/latest.md; the export is kept in ${OUT}/`);
    // esbuild's service and Playwright's connection may keep the loop alive; a missed budget is still exit 0.
    process.exit(0);
  },
  (error: unknown) => {
    step(`benchmark could not run: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
