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
  pages: Record<LighthousePageKey, LighthousePage>;
  checks: LighthouseCheck[];
}

/** `saveDir`: keep every report there as `<page>-<run>.json` (for reading what Lighthouse flags). */
export async function measureLighthouse(urls: Record<LighthousePageKey, string>, runs: number, log: (message: string) => void, saveDir?: string): Promise<LighthouseResults> {
  const page = (key: LighthousePageKey): LighthousePage => ({ url: urls[key], runs: [], median: null, errors: [] });
  const pages: Record<LighthousePageKey, LighthousePage> = { real: page('real'), minimalRf: page('minimalRf'), floor: page('floor') };
  const finish = (version: string | null, unavailable: string | null): LighthouseResults => {
    for (const page of Object.values(pages)) page.median = medianFigures(page.runs.map((run) => run.figures));
    return { pinned: LIGHTHOUSE_VERSION, version, unavailable, runsPerPage: runs, pages, checks: lighthouseChecks(pages.real.median, pages.minimalRf.median) };
  };
  log(`lighthouse: npx lighthouse@${LIGHTHOUSE_VERSION} --version (may download it)...`);
  const available = await lighthouseAvailable();
  if (!available.ok) {
    log(`LIGHTHOUSE NOT RUN: ${available.reason}; the rest of the benchmark carries on`);
    return finish(null, available.reason);
  }
  for (let round = 1; round <= runs; round++) {
    for (const key of LIGHTHOUSE_PAGES) {
      log(`lighthouse ${available.version} ${round}/${runs}: ${key} (mobile preset, gzip)...`);
      const result = await runLighthouse(urls[key], available.chromePath, saveDir && path.join(saveDir, `${key}-${round}.json`));
      const parsed = 'json' in result ? parseLighthouse(result.json) : result;
      if ('run' in parsed) pages[key].runs.push(parsed.run);
      else {
        log(`lighthouse ${key} run ${round} failed: ${parsed.error}`);
        pages[key].errors.push(parsed.error);
      }
    }
  }
  return finish(available.version, null);
}
