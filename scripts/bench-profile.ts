/**
 * `npm run bench:profile`: where the main thread's time goes, by source function, for the two things
 * a reader waits on: loading /stacks/uber/ and the cold first click on a component. Reads a V8 CPU
 * profile of each run through the export's source maps, so it needs an export built with them:
 *
 *   SOURCE_MAPS=1 NEXT_DIST_DIR=out-maps npm run build   # once per change (out-maps/, not out/)
 *   npm run bench:profile                                # cold first click, 5 runs
 *   npm run bench:profile -- --load --cpu 4              # page load, CPU slowed 4x (Lighthouse's mobile factor)
 *   npm run bench:profile -- --runs 9 --top 60 --out out-maps
 *
 * The click profile covers the press to the frame that shows the panel (the probe's timing, as in
 * bench:click); the load profile, navigation to 1.5 s after the load event. Figures are per run,
 * inclusive and self ms; sampling costs time of its own, so read them as shares, not as the benchmark.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession } from '@playwright/test';
import { panelTiming } from './bench/click';
import { firstSampleWith, summariseProfile, topEntries, type CpuProfile, type ProfileSummary } from './bench/cpu-profile';
import { launchBrowser } from './bench/load';
import { step } from './bench/log';
import { probeOf, probeScript } from './bench/probe';
import { runQuick } from './bench/quick-export';
import { startServer } from './bench/server';
import { hasSourceMaps, sourceFrameKey } from './bench/source-frames';

const ROOT = process.cwd();
const arg = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const OUT = arg('--out') ?? 'out-maps';
const RUNS = Number(arg('--runs') ?? 5);
const TOP = Number(arg('--top') ?? 40);
const CPU = Number(arg('--cpu') ?? 1);
const LOAD = process.argv.includes('--load');
const PAGE = '/stacks/uber/';
/** The component clicked: one with prose, flows both ways and a technology, so the panel is full. */
const NODE = arg('--node') ?? 'kafka';
/** As bench:click's cold click: the reader clicks a moment after the diagram shows. */
const CLICK_DELAY_MS = 1300;

async function profiled<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ profile: CpuProfile; result: T }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  return { profile, result };
}

async function main() {
  if (!hasSourceMaps(OUT)) throw new Error(`no source maps in ${OUT}/: build with SOURCE_MAPS=1 NEXT_DIST_DIR=${OUT} npm run build`);
  const key = sourceFrameKey(OUT);
  // The probe waits for this many components on screen (the diagram's buttons in the HTML).
  const components = (readFileSync(path.join(ROOT, OUT, 'stacks', 'uber', 'index.html'), 'utf8').match(/<button[^>]*data-node-id="/g) ?? []).length;
  const server = await startServer(ROOT, OUT);
  const browser = await launchBrowser();
  const summary: ProfileSummary = { busy: 0, inclusive: new Map(), self: new Map() };
  const latencies: number[] = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      step(`${LOAD ? 'load' : 'cold click'} ${run}/${RUNS}${CPU > 1 ? ` (CPU ${CPU}x slower)` : ''}...`);
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
      await context.addInitScript({ content: probeScript({ [PAGE]: components }) });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
      if (LOAD) {
        const { profile } = await profiled(cdp, async () => {
          await page.goto(server.origin + PAGE, { waitUntil: 'load' });
          await page.waitForTimeout(1500);
        });
        summariseProfile(profile, key, {}, summary);
      } else {
        await page.goto(server.origin + PAGE);
        const probe = await probeOf(page);
        await probe.evaluate((p) => p.visible);
        const target = page.locator(`button[data-node-id="${NODE}"]`);
        await target.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
        await probe.evaluate((p, delay) => new Promise((resolve) => setTimeout(resolve, Math.max(0, p.allVisibleAt! + delay - performance.now()))), CLICK_DELAY_MS);
        const label = await target.evaluate((element) => element.querySelector('.sa-node-label')?.textContent ?? '');
        await probe.evaluate((p, name) => p.armPanel(name), label.trim());
        const box = (await target.boundingBox())!;
        const { profile, result: timing } = await profiled(cdp, async () => {
          await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          return panelTiming(probe, label.trim());
        });
        // The press's handler is the first page script sampled after the profiler started.
        const pressAt = firstSampleWith(profile, (frame) => frame.url.includes('/_next/'));
        if (pressAt === null) throw new Error('the click ran no page script');
        const span = timing.paintedAt - (timing.downAt ?? timing.clickAt);
        latencies.push(timing.paintedAt - timing.clickAt);
        summariseProfile(profile, key, { from: pressAt - 0.5, to: pressAt + span }, summary);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const lines = [
    `${LOAD ? `load of ${PAGE}` : `cold first click on ${NODE}`}, ${OUT}/, ${RUNS} runs${CPU > 1 ? `, CPU ${CPU}x slower` : ''}: ${(summary.busy / RUNS).toFixed(1)} ms busy per run` +
      (latencies.length ? ` (click to painted panel: ${latencies.map((ms) => ms.toFixed(0)).join(', ')} ms)` : ''),
    '',
    '| inclusive ms | self ms | function source:line |',
    '|---:|---:|---|',
    ...topEntries(summary.inclusive, TOP, RUNS).map(([name, ms]) => `| ${ms.toFixed(2)} | ${((summary.self.get(name) ?? 0) / RUNS).toFixed(2)} | ${name.replaceAll('|', '\\|')} |`),
    '',
    'Most self time:',
    ...topEntries(summary.self, 12, RUNS).map(([name, ms]) => `  ${ms.toFixed(2).padStart(7)} ms  ${name}`),
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

runQuick(main);
