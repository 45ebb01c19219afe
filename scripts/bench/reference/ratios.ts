/**
 * Issue 9's speed targets: the real page's figures as ratios to the two reference pages measured in
 * the same run, each with its verdict. Pure: the figures in, the checks out.
 */

export type ReferencePage = 'floor' | 'minimal-rf';

export interface RatioCheck {
  name: string;
  /** The real page's figure and the reference page's, in `unit`. */
  real: number | null;
  reference: number | null;
  referencePage: ReferencePage;
  unit: string;
  /** real / reference; null when either is missing or the reference is not positive. */
  ratio: number | null;
  /** The target: ratio <= limit. */
  limit: number;
  pass: boolean;
}

/** Figures of one page; null where not measured. */
export interface PageFigures {
  coldClickMedian: number | null;
  clickP95: number | null;
  jsBy1sGzipBytes: number | null;
  allVisibleMedian: number | null;
}

export function ratio(real: number | null, reference: number | null): number | null {
  if (real === null || reference === null || !Number.isFinite(real) || !Number.isFinite(reference) || reference <= 0) return null;
  return real / reference;
}

export function ratioCheck(name: string, real: number | null, reference: number | null, referencePage: ReferencePage, unit: string, limit: number): RatioCheck {
  const value = ratio(real, reference);
  return { name, real, reference, referencePage, unit, ratio: value, limit, pass: value !== null && value <= limit };
}

/** The four targets, in its order. */
export function ratioChecks(pages: { real: PageFigures; floor: PageFigures; minimalRf: PageFigures }): RatioCheck[] {
  const { real, floor, minimalRf } = pages;
  const kB = (bytes: number | null) => (bytes === null ? null : bytes / 1000);
  return [
    ratioCheck('cold first click to panel, median', real.coldClickMedian, floor.coldClickMedian, 'floor', 'ms', 2),
    ratioCheck('click to panel, p95 of the click series', real.clickP95, floor.clickP95, 'floor', 'ms', 2),
    ratioCheck('JS fetched by 1 s after load, gzip', kB(real.jsBy1sGzipBytes), kB(minimalRf.jsBy1sGzipBytes), 'minimal-rf', 'kB', 1.25),
    ratioCheck('all nodes visible, 1x CPU, median', real.allVisibleMedian, floor.allVisibleMedian, 'floor', 'ms', 1.5),
  ];
}

/** Ratios printed beside the targets for reading only (no verdict): the real page against the other reference. */
export function infoRatios(pages: { real: PageFigures; floor: PageFigures; minimalRf: PageFigures }): { name: string; ratio: number | null }[] {
  const { real, floor, minimalRf } = pages;
  return [
    { name: 'cold first click: real / minimal React Flow', ratio: ratio(real.coldClickMedian, minimalRf.coldClickMedian) },
    { name: 'click p95: real / minimal React Flow', ratio: ratio(real.clickP95, minimalRf.clickP95) },
    { name: 'all nodes visible: real / minimal React Flow', ratio: ratio(real.allVisibleMedian, minimalRf.allVisibleMedian) },
  ];
}
