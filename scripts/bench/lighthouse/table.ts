/** The Lighthouse rows of the benchmark table, its summary line and what it flags on the stack page. */
import type { LighthouseCheck } from './checks';
import type { LighthouseFigures } from './figures';
import { lighthouseSeries, type LighthouseResults } from './measure';

type Row = [figure: string, median: string, spread: string, budget: string];

const NAMES = { real: '/stacks/uber/', minimalRf: 'minimal React Flow page', floor: 'floor page', before: '/stacks/uber/ of BASELINE' } as const;
const ms = (value: number | null) => (value === null ? 'n/a' : Math.round(value).toLocaleString('en-US'));
const round = (value: number | null) => (value === null ? 'n/a' : String(Math.round(value)));

function checkValue(check: LighthouseCheck): string {
  if (check.ratio !== null) return `${check.ratio.toFixed(2)}×`;
  return check.real === null ? 'n/a' : String(check.real);
}

export function lighthouseRows(lighthouse: LighthouseResults | null): Row[] {
  if (!lighthouse) return [['Lighthouse (mobile preset, gzip): not measured', 'n/a', '', '']];
  if (lighthouse.unavailable) return [[`Lighthouse (mobile preset, gzip): not run: ${lighthouse.unavailable}`, 'n/a', '', '']];
  const rows: Row[] = [];
  for (const key of lighthouseSeries(lighthouse.pages)) {
    const page = lighthouse.pages[key]!;
    const label = `Lighthouse ${lighthouse.version} mobile, gzip, ${NAMES[key]} (${page.runs.length} run${page.runs.length === 1 ? '' : 's'})`;
    const m = page.median;
    if (!m) {
      rows.push([`${label}: no run succeeded (${page.errors[0] ?? 'no error recorded'})`, 'n/a', '', '']);
      continue;
    }
    const spread = (key: keyof LighthouseFigures, format: (n: number) => string) => {
      const values = page.runs.flatMap((run) => (run.figures[key] === null ? [] : [run.figures[key]]));
      return values.length > 1 ? `${format(Math.min(...values))}–${format(Math.max(...values))}` : '';
    };
    rows.push(
      [`${label}: Performance / Accessibility score`, `${m.performance} / ${m.accessibility}`, spread('performance', String), ''],
      [`  LCP / TBT`, `${ms(m.lcp)} / ${ms(m.tbt)} ms`, [spread('lcp', ms), spread('tbt', ms)].filter(Boolean).join('; '), ''],
      [`  FCP / Speed Index / TTI`, `${ms(m.fcp)} / ${ms(m.speedIndex)} / ${ms(m.tti)} ms`, '', ''],
    );
  }
  for (const check of lighthouse.checks) {
    // Beside a comparison: both medians, /stacks/uber/ first.
    const both = check.reference === null ? '' : `${round(check.real)} / ${round(check.reference)}`;
    rows.push([`Lighthouse target: /stacks/uber/ ${check.name}`, checkValue(check), both, `${check.target} **${check.pass ? 'PASS' : 'FAIL'}**`]);
  }
  return rows;
}

export function lighthouseSummary(lighthouse: LighthouseResults | null): string {
  if (!lighthouse) return 'Lighthouse targets (issue 9): not measured.';
  if (lighthouse.unavailable) return `Lighthouse targets (issue 9): not run (${lighthouse.unavailable}).`;
  const missed = lighthouse.checks.filter((check) => !check.pass);
  return missed.length === 0
    ? `Lighthouse targets (issue 9): all ${lighthouse.checks.length} met.`
    : `Lighthouse targets (issue 9): ${lighthouse.checks.length - missed.length} of ${lighthouse.checks.length} met. Missed: ${missed.map((c) => `${c.name} (${checkValue(c)}, target ${c.target})`).join('; ')}.`;
}

/** What Lighthouse flags on the stack page in its last run: failing accessibility audits and the top opportunities. */
export function lighthouseFlags(lighthouse: LighthouseResults | null): string[] {
  const last = lighthouse?.pages.real.runs.at(-1);
  if (!last) return [];
  const { accessibilityFailures, opportunities, mainThreadMs, scriptEvaluationMs } = last.flags;
  const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
  const top = opportunities.slice(0, 5).map((o) => `${o.title} (${[o.savingsMs > 0 ? `${ms(o.savingsMs)} ms` : '', o.savingsBytes > 0 ? kib(o.savingsBytes) : ''].filter(Boolean).join(', ')})`);
  return [
    `Lighthouse on /stacks/uber/ (last run): main-thread work ${ms(mainThreadMs)} ms, of which script evaluation ${ms(scriptEvaluationMs)} ms; ` +
      `accessibility audits failing: ${accessibilityFailures.length === 0 ? 'none' : accessibilityFailures.map((a) => a.id).join(', ')}; ` +
      `opportunities: ${top.length === 0 ? 'none' : top.join('; ')}.`,
  ];
}
