/** The reference comparison's rows of the benchmark table (issue 9): each page's figures, then the ratios. */
import type { ReferenceResults, Results } from '../results';
import { median } from '../stats';
import type { RatioCheck } from './ratios';

type Row = [figure: string, median: string, spread: string, budget: string];

const ms = (value: number) => (value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US'));
const times = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)}×`);

export function ratioMark(check: RatioCheck): string {
  return `≤ ${check.limit}× ${check.referencePage === 'floor' ? 'floor' : 'minimal RF'} **${check.pass ? 'PASS' : 'FAIL'}**`;
}

function show(value: number | null, unit: string): string {
  if (value === null) return 'n/a';
  return unit === 'kB' ? `${value.toFixed(1)} kB` : `${ms(value)} ${unit}`;
}

export function referenceRows(reference: ReferenceResults, results: Pick<Results, 'uber' | 'clicks'>): Row[] {
  const names = { real: '/stacks/uber/', floor: 'floor page', minimalRf: 'minimal React Flow page' } as const;
  const rows: Row[] = [];
  const spread = (s: { min: number; max: number; n: number } | null | undefined) => (s && s.n > 1 ? `${ms(s.min)}–${ms(s.max)}` : '');
  for (const key of ['real', 'floor', 'minimalRf'] as const) {
    const page = reference.pages[key];
    const load = key === 'real' ? results.uber.x1 : page.load;
    const clicks = key === 'real' ? results.clicks : page.clicks;
    const cold = page.coldClick;
    rows.push([`${names[key]}: cold first click to panel (${cold?.n ?? 0} loads, ${reference.clickedNode.label})`, cold ? `${ms(cold.median)} ms` : 'n/a', spread(cold), '']);
    if (page.coldClicks.length > 0) {
      const delay = median(page.coldClicks.map((c) => c.inputDelay));
      const mounted = page.coldClicks.filter((c) => c.interactiveBeforeClick).length;
      rows.push([`  of which input delay (main thread busy); React Flow/hydration done before the click`, `${ms(delay)} ms`, `${mounted} of ${page.coldClicks.length} clicks`, '']);
      // The panel's heading and explanation paint first; its lists follow a frame later (stack-explorer.tsx).
      const whole = page.coldClicks.flatMap((c) => (c.toComplete === null ? [] : [c.toComplete]));
      rows.push([`  then the whole panel, its lists too (click to that frame)`, whole.length ? `${ms(median(whole))} ms` : 'n/a', `${whole.length} of ${page.coldClicks.length} clicks`, '']);
      const reported = page.coldClicks.flatMap((c) => (c.eventDuration === null ? [] : [c.eventDuration]));
      rows.push([`  cross-check: the browser's Event Timing duration (click to next paint, ≥ 16 ms only)`, reported.length ? `${ms(median(reported))} ms` : 'n/a', `${reported.length} of ${page.coldClicks.length} reported`, '']);
    }
    if (clicks) rows.push([`${names[key]}: click to panel, ${clicks.latency.n} clicks, median / p95`, `${ms(clicks.latency.median)} / ${ms(clicks.latency.p95)} ms`, spread(clicks.latency), '']);
    if (load && key !== 'real') rows.push([`${names[key]}: all nodes visible, 1x CPU (${load.samples.length} loads)`, `${ms(load.allVisible.median)} ms`, spread(load.allVisible), '']);
    if (page.jsBy1s) rows.push([`${names[key]}: JS fetched by 1 s after load, gzip -9 (${page.jsBy1s.scripts.length} scripts)`, `${(page.jsBy1s.gzipBytes / 1000).toFixed(1)} kB`, '', '']);
  }
  for (const check of reference.checks) {
    const against = check.referencePage === 'floor' ? 'floor' : 'minimal RF';
    rows.push([`ratio: ${check.name}, real / ${against}`, times(check.ratio), `${show(check.real, check.unit)} / ${show(check.reference, check.unit)}`, ratioMark(check)]);
  }
  for (const info of reference.info) rows.push([`ratio (for reading): ${info.name}`, times(info.ratio), '', '']);
  return rows;
}

export function referenceSummary(reference: ReferenceResults | null): string {
  if (!reference) return 'Ratio targets (issue 9): not measured.';
  const missed = reference.checks.filter((check) => !check.pass);
  const label = (check: RatioCheck) => `${check.name} (${times(check.ratio)}, target ≤ ${check.limit}×)`;
  return missed.length === 0
    ? `Ratio targets (issue 9): all ${reference.checks.length} met.`
    : `Ratio targets (issue 9): ${reference.checks.length - missed.length} of ${reference.checks.length} met. Missed: ${missed.map(label).join('; ')}.`;
}
