/**
 * Lighthouse's JSON report (LHR) -> the figures the benchmark keeps, and the medians over runs.
 * Pure: the parsed JSON in, plain numbers out; a report that is not what we expect is an error value, never a throw.
 */
import { median } from '../stats';

/** One Lighthouse run of one page. Scores are 0-100 (Lighthouse reports 0-1); times in ms. */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  speedIndex: number;
  /** Time to Interactive: Lighthouse 12 still computes it (no longer in the score). */
  tti: number | null;
  cls: number;
}

/** What Lighthouse flags on a page: kept per run, read for fixes, not judged. */
export interface LighthouseFlags {
  /** Accessibility audits that fail and count in the score. */
  accessibilityFailures: { id: string; title: string }[];
  /** Performance opportunities with estimated savings, largest first. */
  opportunities: { id: string; title: string; savingsMs: number; savingsBytes: number }[];
  /** Diagnostics: main-thread work and script evaluation, ms. */
  mainThreadMs: number | null;
  scriptEvaluationMs: number | null;
}

export interface LighthouseRun {
  figures: LighthouseFigures;
  flags: LighthouseFlags;
}

type Audit = { score?: number | null; scoreDisplayMode?: string; numericValue?: number; title?: string; details?: { type?: string; overallSavingsMs?: number; overallSavingsBytes?: number; items?: unknown[] } };
type Lhr = {
  lighthouseVersion?: string;
  runtimeError?: { code?: string; message?: string };
  categories?: Record<string, { score?: number | null; auditRefs?: { id: string; weight: number }[] } | undefined>;
  audits?: Record<string, Audit | undefined>;
};

/** Parses one report; `{ error }` when Lighthouse failed or a figure is missing. */
export function parseLighthouse(json: unknown): { run: LighthouseRun } | { error: string } {
  const lhr = (json ?? {}) as Lhr;
  if (lhr.runtimeError?.code) return { error: `Lighthouse runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message ?? ''}`.trim() };
  const audits = lhr.audits ?? {};
  const score = (category: string) => {
    const value = lhr.categories?.[category]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  const numeric = (id: string) => {
    const value = audits[id]?.numericValue;
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  };
  const required = {
    performance: score('performance'),
    accessibility: score('accessibility'),
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    speedIndex: numeric('speed-index'),
    cls: numeric('cumulative-layout-shift'),
  };
  const missing = Object.entries(required).filter(([, value]) => value === null).map(([name]) => name);
  if (missing.length > 0) return { error: `Lighthouse report without ${missing.join(', ')}` };
  const figures = { ...(required as { [K in keyof typeof required]: number }), tti: numeric('interactive') };

  // Only audits that weigh in the score: Lighthouse also lists experimental ones at weight 0.
  const weighted = (lhr.categories?.accessibility?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id);
  const accessibilityFailures = weighted.flatMap((id) => {
    const audit = audits[id];
    return audit && audit.scoreDisplayMode === 'binary' && audit.score === 0 ? [{ id, title: audit.title ?? id }] : [];
  });
  const opportunities = Object.entries(audits)
    .flatMap(([id, audit]) => {
      const details = audit?.details;
      if (!audit || details?.type !== 'opportunity' || (audit.score ?? 1) >= 0.9) return [];
      const savingsMs = details.overallSavingsMs ?? 0;
      const savingsBytes = details.overallSavingsBytes ?? 0;
      return savingsMs > 0 || savingsBytes > 0 ? [{ id, title: audit.title ?? id, savingsMs, savingsBytes }] : [];
    })
    .sort((a, b) => b.savingsMs - a.savingsMs || b.savingsBytes - a.savingsBytes);
  const breakdown = audits['mainthread-work-breakdown']?.details?.items as { group?: string; duration?: number }[] | undefined;
  const scriptEvaluationMs = breakdown?.find((item) => item.group === 'scriptEvaluation')?.duration ?? null;
  return { run: { figures, flags: { accessibilityFailures, opportunities, mainThreadMs: numeric('mainthread-work-breakdown'), scriptEvaluationMs } } };
}

/** The median of each figure over the runs, taken figure by figure (null when there are no runs). */
export function medianFigures(runs: readonly LighthouseFigures[]): LighthouseFigures | null {
  if (runs.length === 0) return null;
  const of = (key: Exclude<keyof LighthouseFigures, 'tti'>) => median(runs.map((run) => run[key]));
  const ttis = runs.flatMap((run) => (run.tti === null ? [] : [run.tti]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    fcp: of('fcp'),
    lcp: of('lcp'),
    tbt: of('tbt'),
    speedIndex: of('speedIndex'),
    tti: ttis.length > 0 ? median(ttis) : null,
    cls: of('cls'),
  };
}
