/** The shape of `bench/results.json`, and the budgets checked against it. */
import type { BuildResult } from './build';
import type { ClickSample } from './click';
import type { ColdClick } from './cold-click';
import type { JsBy } from './reference/js-by';
import { infoRatios, ratioChecks, type PageFigures, type RatioCheck } from './reference/ratios';
import type { JsReport } from './js';
import type { LoadSample } from './load';
import type { FrameRate } from './pan';
import type { LighthouseResults } from './lighthouse/measure';
import type { LargeStackTimes, PipelineScale } from './pipeline';
import type { SearchIndexSize } from './search-index';
import { summarize, type Summary } from './stats';
import { SEARCH_INDEX_BUDGET_BYTES } from '../../lib/search/size';

/** A load sample without the script bodies. */
export type LoadRecord = Omit<LoadSample, 'scripts' | 'deferredScripts'> & { scripts: string[]; deferredScripts: string[] };

export interface LoadSeries {
  url: string;
  cpuThrottle: number;
  samples: LoadRecord[];
  allVisible: Summary;
  hydrated: Summary;
  /** Loads in which React Flow mounted (all of them, unless it failed to load). */
  interactive: Summary;
  firstContentfulPaint: Summary;
  longTaskTotal: Summary;
  blockingTime: Summary;
  heapMB: Summary;
}

/** One page of the reference comparison (issue 9). For the real page, `load` and `clicks` are `uber.x1` and `clicks`. */
export interface ReferencePageResults {
  url: string;
  /** Cold first clicks (one per fresh load, interleaved with the other pages). */
  coldClicks: ColdClick[];
  coldClick: Summary | null;
  load: LoadSeries | null;
  clicks: { samples: ClickSample[]; latency: Summary } | null;
  /** JS fetched by 1 s after the load event (first load of the series). */
  jsBy1s: JsBy | null;
}

export interface ReferenceResults {
  /** The component every cold click lands on (the same on all three pages). */
  clickedNode: { id: string; label: string };
  /** Size of the minimal React Flow page's bundle as esbuild wrote it. */
  minimalRfBytes: number;
  pages: { real: ReferencePageResults; floor: ReferencePageResults; minimalRf: ReferencePageResults };
  /** The targets: real / reference, with verdicts. */
  checks: RatioCheck[];
  /** Further ratios, for reading only. */
  info: { name: string; ratio: number | null }[];
}

export interface Results {
  startedAt: string;
  durationSeconds: number;
  machine: { cpus: number; cpuModel: string; node: string; browser: string; loadAverageStart: number[]; loadAverageMax: number; loadAverageEnd: number[] };
  build: (Omit<BuildResult, 'log'> & { withLargeStack: boolean; failure?: string }) | null;
  js: JsReport | null;
  uber: { x1: LoadSeries | null; x4: LoadSeries | null; expectedNodes: number };
  clicks: { samples: ClickSample[]; latency: Summary } | null;
  /** Tour Next click to the camera settled on the step, ms. */
  tour: { samples: number[]; settle: Summary } | null;
  large: {
    components: number;
    flows: number;
    pipeline: LargeStackTimes | null;
    x1: LoadSeries | null;
    x4: LoadSeries | null;
    idle: { samples: FrameRate[]; fps: Summary } | null;
    pan: { samples: FrameRate[]; fps: Summary } | null;
    zoom: { samples: FrameRate[]; fps: Summary } | null;
  };
  /** The 1,000-component / 2,000-flow stack: pan and zoom frame rates only. */
  huge: {
    components: number;
    flows: number;
    pan: { samples: FrameRate[]; fps: Summary } | null;
    zoom: { samples: FrameRate[]; fps: Summary } | null;
  };
  pipeline: { firstCallMs: number; scales: PipelineScale[] } | null;
  /** The search palette's index file, estimated for ten stacks. */
  searchIndex: SearchIndexSize | null;
  /** The floor and minimal React Flow pages, and the real page's figures as ratios to them. */
  reference: ReferenceResults | null;
  /** Lighthouse's mobile preset on the stack page and both reference pages, served gzip-compressed. */
  lighthouse: LighthouseResults | null;
  errors: string[];
  budgets: Budget[];
}

export interface Budget {
  name: string;
  value: number | null;
  limit: number;
  unit: string;
  /** 'max': value must be <= limit; 'min': value must be >= limit. */
  kind: 'max' | 'min';
  pass: boolean;
}

export function loadSeries(url: string, cpuThrottle: number, samples: LoadSample[]): LoadSeries {
  return {
    url,
    cpuThrottle,
    samples: samples.map(({ scripts, deferredScripts, ...rest }) => ({
      ...rest,
      scripts: scripts.map((script) => script.url),
      deferredScripts: deferredScripts.map((script) => script.url),
    })),
    allVisible: summarize(samples.map((s) => s.allVisibleAt)),
    hydrated: summarize(samples.map((s) => s.hydratedAt)),
    interactive: summarize(samples.flatMap((s) => (s.interactiveAt === null ? [] : [s.interactiveAt]))),
    firstContentfulPaint: summarize(samples.flatMap((s) => (s.firstContentfulPaint === null ? [] : [s.firstContentfulPaint]))),
    longTaskTotal: summarize(samples.map((s) => s.longTaskTotal)),
    blockingTime: summarize(samples.map((s) => s.blockingTime)),
    heapMB: summarize(samples.map((s) => s.heapUsedBytes / 1e6)),
  };
}

export function checkBudgets(results: Omit<Results, 'budgets'>): Budget[] {
  const budget = (name: string, value: number | null | undefined, kind: 'max' | 'min', limit: number, unit: string): Budget => ({
    name,
    value: value ?? null,
    limit,
    unit,
    kind,
    pass: value !== null && value !== undefined && Number.isFinite(value) && (kind === 'max' ? value <= limit : value >= limit),
  });
  const at100 = results.pipeline?.scales.find((scale) => scale.stacks === 100);
  return [
    budget('/stacks/uber/ JS at load (gzip)', results.js ? results.js.gzipBytes / 1000 : null, 'max', 160, 'kB'),
    budget('all nodes visible, 1x CPU', results.uber.x1?.allVisible.median, 'max', 300, 'ms'),
    budget('click-to-panel p95', results.clicks?.latency.p95, 'max', 40, 'ms'),
    budget('500-component stack pans at', results.large.pan?.fps.median, 'min', 45, 'fps'),
    budget('500-component stack zooms at', results.large.zoom?.fps.median, 'min', 45, 'fps'),
    budget('1,000-component stack pans at', results.huge.pan?.fps.median, 'min', 30, 'fps'),
    budget('1,000-component stack zooms at', results.huge.zoom?.fps.median, 'min', 30, 'fps'),
    budget('pipeline per stack at 100 stacks', at100?.perStackMs, 'max', 100, 'ms'),
    budget('search index, 10 stacks (gzip)', results.searchIndex ? results.searchIndex.gzipBytes / 1000 : null, 'max', SEARCH_INDEX_BUDGET_BYTES / 1000, 'kB'),
  ];
}

/** The figures the ratio targets compare, for one page of the reference comparison. */
export function pageFigures(page: ReferencePageResults, load: LoadSeries | null, clicks: { latency: Summary } | null): PageFigures {
  const finite = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? value : null);
  return {
    coldClickMedian: finite(page.coldClick?.median),
    clickP95: finite(clicks?.latency.p95),
    jsBy1sGzipBytes: page.jsBy1s?.gzipBytes ?? null,
    allVisibleMedian: finite(load?.allVisible.median),
  };
}

/** Fills in the checks of a reference comparison; the real page's load and clicks come from the main series. */
export function checkReference(reference: Omit<ReferenceResults, 'checks' | 'info'>, realLoad: LoadSeries | null, realClicks: Results['clicks']): ReferenceResults {
  const { real, floor, minimalRf } = reference.pages;
  const figures = {
    real: pageFigures(real, realLoad, realClicks),
    floor: pageFigures(floor, floor.load, floor.clicks),
    minimalRf: pageFigures(minimalRf, minimalRf.load, minimalRf.clicks),
  };
  return { ...reference, checks: ratioChecks(figures), info: infoRatios(figures) };
}
