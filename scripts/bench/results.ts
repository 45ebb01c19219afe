/** The shape of `bench/results.json`, and the budgets checked against it. */
import type { BuildResult } from './build';
import type { ClickSample } from './click';
import type { JsReport } from './js';
import type { LoadSample } from './load';
import type { FrameRate } from './pan';
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
  pipeline: { firstCallMs: number; scales: PipelineScale[] } | null;
  /** The search palette's index file, estimated for ten stacks. */
  searchIndex: SearchIndexSize | null;
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
    budget('pipeline per stack at 100 stacks', at100?.perStackMs, 'max', 100, 'ms'),
    budget('search index, 10 stacks (gzip)', results.searchIndex ? results.searchIndex.gzipBytes / 1000 : null, 'max', SEARCH_INDEX_BUDGET_BYTES / 1000, 'kB'),
  ];
}
