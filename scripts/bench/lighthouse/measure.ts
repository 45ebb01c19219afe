/**
 * The benchmark's Lighthouse part (issue 9): the stack page and the two reference pages, served
 * gzip-compressed, `runs` times each, interleaved (real, minimal RF, floor, real, ...) so a busy
 * spell hits all three alike; medians per page and the four targets. Never throws: a missing npx or
 * a failed run is recorded and printed.
 */
import path from 'node:path';
import { lighthouseChecks, type LighthouseCheck } from './checks';
import { medianFigures, parseLighthouse, type LighthouseFigures, type LighthouseRun } from './figures';
import { LIGHTHOUSE_VERSION, lighthouseAvailable, runLighthouse } from './run';

export const LIGHTHOUSE_PAGES = ['real', 'minimalRf', 'floor'] as const;
export type LighthousePageKey = (typeof LIGHTHOUSE_PAGES)[number];
/** The three pages, and `before`: the stack page of another export (`bench:lighthouse` with BASELINE). */
export type LighthouseSeriesKey = LighthousePageKey | 'before';

export interface LighthousePage {
  url: string;
  runs: LighthouseRun[];
  median: LighthouseFigures | null;
  errors: string[];
}

export interface LighthouseResults {
  /** The pinned version, and what `lighthouse --version` said. */
  pinned: string;
  version: string | null;
  /** Why Lighthouse did not run at all (npx or Chromium missing); null when it ran. */
  unavailable: string | null;
  runsPerPage: number;
  pages: Record<LighthousePageKey, LighthousePage> & { before?: LighthousePage };
  checks: LighthouseCheck[];
}

/**
 * `saveDir`: keep every report there as `<page>-<run>.json` (for reading what Lighthouse flags).
 * `urls.before`: also measure that page, in the same rounds (a change against its before); it is
 * reported beside the others and judged by no target.
 */
export async function measureLighthouse(
  urls: Record<LighthousePageKey, string> & { before?: string },
  runs: number,
  log: (message: string) => void,
  saveDir?: string,
): Promise<LighthouseResults> {
  const page = (url: string): LighthousePage => ({ url, runs: [], median: null, errors: [] });
  const pages: LighthouseResults['pages'] = { real: page(urls.real), minimalRf: page(urls.minimalRf), floor: page(urls.floor) };
  if (urls.before) pages.before = page(urls.before);
  const series = lighthouseSeries(pages);
  const finish = (version: string | null, unavailable: string | null): LighthouseResults => {
    for (const key of series) {
      const measured = pages[key]!;
      measured.median = medianFigures(measured.runs.map((run) => run.figures));
    }
    return { pinned: LIGHTHOUSE_VERSION, version, unavailable, runsPerPage: runs, pages, checks: lighthouseChecks(pages.real.median, pages.minimalRf.median) };
  };
  log(`lighthouse: npx lighthouse@${LIGHTHOUSE_VERSION} --version (may download it)...`);
  const available = await lighthouseAvailable();
  if (!available.ok) {
    log(`LIGHTHOUSE NOT RUN: ${available.reason}; the rest of the benchmark carries on`);
    return finish(null, available.reason);
  }
  for (let round = 1; round <= runs; round++) {
    for (const key of series) {
      const target = pages[key]!;
      log(`lighthouse ${available.version} ${round}/${runs}: ${key} (mobile preset, gzip)...`);
      const result = await runLighthouse(target.url, available.chromePath, saveDir && path.join(saveDir, `${key}-${round}.json`));
      const parsed = 'json' in result ? parseLighthouse(result.json) : result;
      if ('run' in parsed) target.runs.push(parsed.run);
      else {
        log(`lighthouse ${key} run ${round} failed: ${parsed.error}`);
        target.errors.push(parsed.error);
      }
    }
  }
  return finish(available.version, null);
}

/** The series a run measured, in the order they run and are printed. */
export function lighthouseSeries(pages: LighthouseResults['pages']): LighthouseSeriesKey[] {
  return pages.before ? [...LIGHTHOUSE_PAGES, 'before'] : [...LIGHTHOUSE_PAGES];
}
