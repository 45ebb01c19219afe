/**
 * `npm run bench:pan`: only the pan and zoom frame rates of the full benchmark (bench/README.md, 5), for
 * a quick loop while working on them. Same generated stacks, same isolated build, same cold loads and
 * the same gestures (scripts/bench/pan.ts); prints one line per load and the medians. Writes nothing
 * to bench/ (the full `npm run bench` stays the record).
 *
 *   npm run bench:pan                      # build out-bench/ with the 500- and 1,000-component stacks, then measure
 *   npm run bench:pan -- --reuse           # measure the out-bench/ left by an earlier run (no build)
 *   npm run bench:pan -- --out out-base    # build into (or with --reuse, measure) another out-* directory
 *   npm run bench:pan -- --loads 3         # cold loads per page (default 2)
 *   npm run bench:pan -- --pages 500,1000  # which pages: uber, 500, 1000 (default all three)
 *   npm run bench:pan -- --trace DIR       # also write a Chromium trace of one pan and one zoom per page to DIR
 *   npm run bench:pan -- --cpu DIR         # or a V8 CPU profile (.cpuprofile) of each instead
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession } from '@playwright/test';
import { nextBuild } from './bench/build';
import { generateStack } from './bench/generate';
import { coldLoad, launchBrowser } from './bench/load';
import { step } from './bench/log';
import { idleFps, panFps, zoomFps, type FrameRate } from './bench/pan';
import { probeScript } from './bench/probe';
import { startServer } from './bench/server';
import { median } from './bench/stats';
import { createWorkspace, takeExport } from './bench/workspace';

const ROOT = process.cwd();
const arg = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
/** Where the export is built and served from; another `out-*` directory lets two builds be compared in turns. */
const OUT = arg('--out') ?? 'out-bench';
const REUSE = process.argv.includes('--reuse');
const LOADS = Number(arg('--loads') ?? 2);
const TRACE_DIR = arg('--trace');
const CPU_DIR = arg('--cpu');
/** The same stacks as scripts/bench.ts builds. */
const LARGE = { slug: 'bench-500', components: 500, flows: 1000, seed: 500 };
const HUGE = { slug: 'bench-1000', components: 1000, flows: 2000, seed: 1000, terse: true };
/** Uber's component count in its first view is what the probe waits for; it is read from the page. */
const PAGES: Record<string, { path: string; nodes: number | null }> = {
  uber: { path: '/stacks/uber/', nodes: null },
  '500': { path: `/stacks/${LARGE.slug}/`, nodes: LARGE.components },
  '1000': { path: `/stacks/${HUGE.slug}/`, nodes: HUGE.components },
};
const wanted = (arg('--pages') ?? 'uber,500,1000').split(',');

async function build(): Promise<void> {
  step('building out-bench/ with the generated 500- and 1,000-component stacks...');
  const workspace = createWorkspace(ROOT, { [LARGE.slug]: generateStack(LARGE), [HUGE.slug]: generateStack(HUGE) });
  try {
    const result = await nextBuild(workspace.projectDir, { NEXT_DIST_DIR: OUT, STACK_ATLAS_CONTENT_DIR: workspace.contentDir });
    if (!result.ok) throw new Error(`next build failed:\n${result.log.slice(-3000)}`);
    step(`built in ${(result.ms / 1000).toFixed(1)} s`);
    takeExport(workspace, ROOT, OUT);
  } finally {
    workspace.remove();
  }
}

/** A Chromium trace (devtools timeline categories) around `run`, written to `file`. */
async function traced<T>(cdp: CDPSession, file: string, run: () => Promise<T>): Promise<T> {
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'blink', 'cc', 'gpu', 'viz', 'toplevel', 'v8.execute', 'blink.user_timing', 'latencyInfo'] },
  });
  const result = await run();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  writeFileSync(file, JSON.stringify({ traceEvents: events }));
  return result;
}

/** A V8 CPU profile around `run`, written to `file` (open it in DevTools' Performance panel). */
async function profiled<T>(cdp: CDPSession, file: string, run: () => Promise<T>): Promise<T> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  return result;
}

/** Runs one gesture, traced or profiled on the first load when asked. */
function measure(cdp: CDPSession, name: string, first: boolean, run: () => Promise<FrameRate>): Promise<FrameRate> {
  if (first && TRACE_DIR) return traced(cdp, path.join(TRACE_DIR, `${name}.json`), run);
  if (first && CPU_DIR) return profiled(cdp, path.join(CPU_DIR, `${name}.cpuprofile`), run);
  return run();
}

async function main(): Promise<void> {
  if (!REUSE || !existsSync(path.join(ROOT, OUT, 'index.html'))) await build();
  for (const dir of [TRACE_DIR, CPU_DIR]) if (dir) mkdirSync(dir, { recursive: true });
  const server = await startServer(ROOT, OUT);
  const browser = await launchBrowser();
  try {
    for (const key of wanted) {
      const page = PAGES[key];
      if (!page) throw new Error(`unknown page ${key} (uber, 500, 1000)`);
      const url = `${server.origin}${page.path}`;
      let nodes = page.nodes;
      if (nodes === null) {
        // The probe needs the first view's component count: read it from the static HTML.
        const html = await (await fetch(url)).text();
        nodes = html.match(/<[a-z]+\s[^>]*data-node-id=/g)?.length ?? 0;
      }
      const probe = probeScript({ [page.path]: nodes });
      const rates = { idle: [] as FrameRate[], pan: [] as FrameRate[], zoom: [] as FrameRate[] };
      for (let i = 1; i <= LOADS; i++) {
        const { tab } = await coldLoad(browser, url, probe, 1);
        try {
          rates.idle.push(await idleFps(tab.page));
          rates.pan.push(await measure(tab.cdp, `${key}-pan`, i === 1, () => panFps(tab.page, tab.cdp)));
          rates.zoom.push(await measure(tab.cdp, `${key}-zoom`, i === 1, () => zoomFps(tab.page, tab.cdp)));
          const last = (kind: keyof typeof rates) => rates[kind].at(-1)!;
          step(`${key} load ${i}/${LOADS}: idle ${last('idle').fps.toFixed(1)}, pan ${last('pan').fps.toFixed(1)} (moved ${last('pan').moved}), zoom ${last('zoom').fps.toFixed(1)} (moved ${last('zoom').moved}) fps`);
        } finally {
          await tab.close();
        }
      }
      const med = (list: FrameRate[]) => median(list.map((rate) => rate.fps)).toFixed(1);
      process.stdout.write(`${key}: idle ${med(rates.idle)}  pan ${med(rates.pan)}  zoom ${med(rates.zoom)} fps (median of ${LOADS})\n`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    step(`bench:pan could not run: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
