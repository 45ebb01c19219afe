/** Results -> the Markdown table printed at the end of a run and saved as `bench/latest.md`. */
import type { Budget, LoadSeries, Results } from './results';
import type { Summary } from './stats';
import { lighthouseFlags, lighthouseRows, lighthouseSummary } from './lighthouse/table';
import { referenceRows, referenceSummary } from './reference/table';

const ms = (value: number) => (value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US'));
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const range = (s: Summary, format: (n: number) => string) => (s.n > 1 ? `${format(s.min)}–${format(s.max)}` : '');
const NA = 'n/a';

type Row = [figure: string, median: string, spread: string, budget: string];

function mark(budget: Budget | undefined): string {
  if (!budget) return '';
  const limit = `${budget.kind === 'max' ? '≤' : '≥'} ${budget.limit} ${budget.unit}`;
  return `${limit} **${budget.pass ? 'PASS' : 'FAIL'}**`;
}

function loadRows(label: string, series: LoadSeries | null, visibleBudget?: Budget): Row[] {
  if (!series) return [[`${label}: all nodes visible`, NA, '', mark(visibleBudget)]];
  const n = `${series.samples.length} loads`;
  const unit = (value: number) => `${ms(value)} ms`;
  return [
    [`${label}: all nodes visible (${n})`, unit(series.allVisible.median), range(series.allVisible, ms), mark(visibleBudget)],
    [`${label}: first contentful paint`, unit(series.firstContentfulPaint.median), range(series.firstContentfulPaint, ms), ''],
    [`${label}: hydrated (\`data-hydrated="true"\`)`, unit(series.hydrated.median), range(series.hydrated, ms), ''],
    [`${label}: React Flow mounted (interactive)`, series.interactive.n ? unit(series.interactive.median) : NA, range(series.interactive, ms), ''],
    [`${label}: long tasks during load, total`, unit(series.longTaskTotal.median), range(series.longTaskTotal, ms), ''],
    [`${label}: JS heap after load (after GC)`, `${series.heapMB.median.toFixed(1)} MB`, range(series.heapMB, (v) => v.toFixed(1)), ''],
  ];
}

export function renderMarkdown(results: Results): string {
  const budgetNamed = (prefix: string) => results.budgets.find((b) => b.name.startsWith(prefix));
  const rows: Row[] = [];
  const { js } = results;
  if (js) {
    const shared = js.chunks.filter((c) => c.shared);
    const page = js.chunks.filter((c) => !c.shared);
    const lazy = js.chunks.filter((c) => c.deferred);
    const count = (n: number) => `${n} chunk${n === 1 ? '' : 's'}`;
    rows.push(
      [`/stacks/uber/ JS at load: ${count(shared.length + page.length - lazy.length)}, bytes on the wire`, kB(js.wireBytes), '', ''],
      [`/stacks/uber/ JS at load, gzip -9`, kB(js.gzipBytes), '', mark(budgetNamed('/stacks/uber/ JS'))],
      [`  of which shared by every page (framework, ${count(shared.filter((c) => !c.deferred).length)})`, kB(js.sharedGzipBytes), '', ''],
      [`  of which this route only (${count(page.filter((c) => !c.deferred).length)})`, kB(js.pageGzipBytes), '', ''],
      [`/stacks/uber/ JS fetched after load (lazy, ${count(lazy.length)}), gzip -9`, kB(js.deferredGzipBytes), '', ''],
    );
  } else rows.push(['/stacks/uber/ JS at load, gzip -9', NA, '', mark(budgetNamed('/stacks/uber/ JS'))]);
  rows.push(...loadRows('/stacks/uber/ 1x CPU', results.uber.x1, budgetNamed('all nodes visible, 1x')));
  rows.push(...loadRows('/stacks/uber/ 4x CPU', results.uber.x4));
  if (results.clicks) {
    const { latency } = results.clicks;
    rows.push(
      [`click to panel, median (${latency.n} clicks)`, `${ms(latency.median)} ms`, range(latency, ms), ''],
      [`click to panel, p95`, `${ms(latency.p95)} ms`, '', mark(budgetNamed('click-to-panel'))],
    );
  } else rows.push(['click to panel, p95', NA, '', mark(budgetNamed('click-to-panel'))]);
  rows.push(
    results.tour
      ? [`tour: Next to camera settled, median (${results.tour.settle.n} steps; includes the 300 ms move)`, `${ms(results.tour.settle.median)} ms`, range(results.tour.settle, ms), '']
      : ['tour: Next to camera settled', NA, '', ''],
  );
  if (results.reference) rows.push(...referenceRows(results.reference, results));
  else rows.push(['reference pages (floor, minimal React Flow): ratios', NA, '', '']);
  rows.push(...lighthouseRows(results.lighthouse));

  const { large } = results;
  const tag = `${large.components}-component stack`;
  if (large.pipeline) {
    const p = large.pipeline;
    rows.push(
      [`${tag}: source size`, kB(p.bytes), '', ''],
      [`${tag}: compile (mdx-bundler), 1 run`, `${ms(p.compileMs)} ms`, '', ''],
      [`${tag}: validate, 1 run`, `${ms(p.validateMs)} ms`, '', ''],
      [`${tag}: layout (elkjs, build time, ${p.layout.n} runs)`, `${ms(p.layout.median)} ms`, range(p.layout, ms), ''],
    );
  } else rows.push([`${tag}: layout (elkjs, build time)`, NA, '', '']);
  rows.push(...loadRows(`${tag} 1x CPU`, large.x1));
  rows.push(...loadRows(`${tag} 4x CPU`, large.x4));
  const fps = (name: string, series: Results['large']['pan'], budget?: Budget) =>
    rows.push(
      series
        ? [`${tag}: ${name} (${series.samples.length} loads)`, `${series.fps.median.toFixed(1)} fps`, range(series.fps, (v) => v.toFixed(1)), mark(budget)]
        : [`${tag}: ${name}`, NA, '', mark(budget)],
    );
  fps('idle frame rate, for reference', large.idle);
  fps('frame rate while panning, 2 s drag', large.pan, budgetNamed('500-component stack pans'));
  fps('frame rate while zooming, 2 s Ctrl+wheel', large.zoom, budgetNamed('500-component stack zooms'));
  const { huge } = results;
  const hugeTag = `${huge.components.toLocaleString('en-US')}-component / ${huge.flows.toLocaleString('en-US')}-flow stack`;
  for (const [name, series, budget] of [
    ['frame rate while panning, 2 s drag', huge.pan, budgetNamed('1,000-component stack pans')],
    ['frame rate while zooming, 2 s Ctrl+wheel', huge.zoom, budgetNamed('1,000-component stack zooms')],
  ] as const) {
    rows.push(
      series
        ? [`${hugeTag}: ${name} (${series.samples.length} loads)`, `${series.fps.median.toFixed(1)} fps`, range(series.fps, (v) => v.toFixed(1)), mark(budget)]
        : [`${hugeTag}: ${name}`, NA, '', mark(budget)],
    );
  }

  if (results.pipeline) {
    rows.push([`content pipeline: first call (cold: module load, esbuild start)`, `${ms(results.pipeline.firstCallMs)} ms`, '', '']);
    for (const scale of results.pipeline.scales) {
      const budget = scale.stacks === 100 ? mark(budgetNamed('pipeline')) : '';
      rows.push([
        `content pipeline, ${scale.stacks} stack${scale.stacks === 1 ? '' : 's'}: total / per stack`,
        `${ms(scale.totalMs)} ms / ${ms(scale.perStackMs)} ms`,
        scale.stacks > 1 ? `per stack ${range(scale.perStack, ms)}` : '',
        budget,
      ]);
    }
  } else rows.push(['content pipeline per stack at 100 stacks', NA, '', mark(budgetNamed('pipeline'))]);
  const search = results.searchIndex;
  rows.push(
    search
      ? [
          `search index file, ${search.stacks} stacks (${search.realStacks} real ones scaled; ${search.records} records), gzip -9`,
          kB(search.gzipBytes),
          `raw ${kB(search.bytes)}`,
          mark(budgetNamed('search index')),
        ]
      : ['search index file, 10 stacks, gzip -9', NA, '', mark(budgetNamed('search index'))],
  );
  if (results.build) {
    rows.push([
      `next build with the ${results.build.withLargeStack ? `${tag}` : 'stock content (the large stack failed)'}`,
      `${(results.build.ms / 1000).toFixed(1)} s`,
      results.build.compileMs !== null ? `compile ${(results.build.compileMs / 1000).toFixed(1)} s, pages ${((results.build.staticPagesMs ?? 0) / 1000).toFixed(1)} s` : '',
      '',
    ]);
  }

  const lines = [
    '| Figure | Median | Min–max | Budget |',
    '|---|---:|---:|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];

  if (js) {
    lines.push('', `Client JS of /stacks/uber/ by chunk (largest first; libraries recognised by markers in the code):`, '');
    lines.push('| Chunk | Raw | Gzip -9 | When | Loaded by | Contains |', '|---|---:|---:|---|---|---|');
    for (const chunk of js.chunks) {
      lines.push(
        `| \`${chunk.name}\` | ${kB(chunk.bytes)} | ${kB(chunk.gzipBytes)} | ${chunk.deferred ? 'after load' : 'at load'} | ` +
          `${chunk.shared ? 'every page' : 'this route'} | ${chunk.libraries.join(', ')} |`,
      );
    }
    if (js.leaks.length > 0) lines.push('', `Build-time code found in client JS: ${js.leaks.join('; ')}`);
  }

  const missed = results.budgets.filter((b) => !b.pass);
  const show = (b: Budget) => `${b.name} (${b.value === null ? 'not measured' : `${b.value.toFixed(1)} ${b.unit}`}, budget ${b.kind === 'max' ? '≤' : '≥'} ${b.limit} ${b.unit})`;
  lines.push(
    '',
    missed.length === 0
      ? `Budgets: all ${results.budgets.length} met.`
      : `Budgets: ${results.budgets.length - missed.length} of ${results.budgets.length} met. Missed: ${missed.map(show).join('; ')}.`,
  );
  lines.push('', referenceSummary(results.reference));
  lines.push('', lighthouseSummary(results.lighthouse));
  for (const line of lighthouseFlags(results.lighthouse)) lines.push('', line);
  if (results.errors.length > 0) lines.push('', `Errors: ${results.errors.join(' | ')}`);
  const m = results.machine;
  lines.push(
    '',
    `Run ${results.startedAt}, ${results.durationSeconds.toFixed(0)} s; ${m.cpus} × ${m.cpuModel}; Node ${m.node}; ${m.browser}; ` +
      `1-minute load average ${m.loadAverageStart[0]!.toFixed(2)} at start, ${m.loadAverageMax.toFixed(2)} at most, ${m.loadAverageEnd[0]!.toFixed(2)} at end.`,
  );
  if (m.loadAverageStart[0]! > m.cpus / 2) {
    lines.push(
      '',
      `Note: the 1-minute load average was ${m.loadAverageStart[0]!.toFixed(2)} on ${m.cpus} CPUs when the run started: other processes were ` +
        'using the CPU, so timings may be slower and noisier than on an idle machine.',
    );
  }
  return lines.join('\n') + '\n';
}
