/**
 * One cold load of a page (fresh context, empty cache), measured in the page by the probe: all
 * nodes visible, hydration, long tasks; then the JS heap (after a GC) and every script fetched.
 */
import type { Browser, Response } from '@playwright/test';
import { openTab, type Tab } from './browser';
import type { ProbeState } from './probe';

export interface ScriptFetch {
  url: string;
  /** Response body as served (this server does not compress). */
  body: Buffer;
  /** Body plus response headers: what crossed the wire. */
  wireBytes: number;
  /** Listed as `<script src>` in the HTML (as opposed to loaded by another script). */
  inHtml: boolean;
  /** When the request started, ms from navigation start. */
  startedAt: number;
}

export interface LoadSample {
  allVisibleAt: number;
  hydratedAt: number;
  firstContentfulPaint: number | null;
  domContentLoaded: number;
  loadEvent: number;
  longTaskTotal: number;
  longTaskCount: number;
  /** Total blocking time: the part of each long task beyond 50 ms. */
  blockingTime: number;
  heapUsedBytes: number;
  /** Scripts requested before hydration finished: the JS the page needs to load. */
  scripts: ScriptFetch[];
  /** Scripts requested after hydration (prefetches for other pages), not counted as load JS. */
  laterScripts: string[];
}

interface PageTimes {
  state: ProbeState;
  fcp: number | null;
  dcl: number;
  load: number;
  htmlScripts: { src: string; noModule: boolean }[];
  resources: { name: string; startTime: number }[];
}

const SETTLE_MS = 1000;

/** Loads `url` in a fresh context; returns the sample and the still-open tab (caller closes it). */
export async function coldLoad(browser: Browser, url: string, probe: string, cpuThrottle = 1): Promise<{ sample: LoadSample; tab: Tab }> {
  const tab = await openTab(browser, probe, cpuThrottle);
  const { page, cdp } = tab;
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') responses.push(response);
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.evaluate('window.__saBench.ready', undefined);
  // Let post-hydration work (effects, idle callbacks) finish inside the long-task window.
  await page.waitForTimeout(SETTLE_MS);

  const times = (await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      state: { ...window.__saBench, longTasks: [...window.__saBench.longTasks] },
      fcp: fcp ? fcp.startTime : null,
      dcl: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      htmlScripts: [...document.querySelectorAll('script[src]')].map((s) => ({ src: s.src, noModule: s.noModule })),
      resources: performance.getEntriesByType('resource').map((r) => ({ name: r.name, startTime: r.startTime })),
    };
  })()`)) as PageTimes;
  const { state } = times;
  if (state.allVisibleAt === null || state.hydratedAt === null) throw new Error(`${url}: the probe recorded no result`);

  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');

  const startOf = new Map(times.resources.map((r) => [r.name, r.startTime]));
  const inHtml = new Map(times.htmlScripts.map((s) => [s.src, s]));
  const scripts: ScriptFetch[] = [];
  const laterScripts: string[] = [];
  for (const response of responses) {
    const scriptUrl = response.url();
    if (inHtml.get(scriptUrl)?.noModule) continue; // never run by a module-capable browser
    const startedAt = startOf.get(scriptUrl) ?? 0;
    if (startedAt > state.hydratedAt) {
      laterScripts.push(scriptUrl);
      continue;
    }
    const body = await response.body();
    const sizes = await response.request().sizes();
    scripts.push({ url: scriptUrl, body, wireBytes: sizes.responseBodySize + sizes.responseHeadersSize, inHtml: inHtml.has(scriptUrl), startedAt });
  }

  const longTasks = state.longTasks.filter((task) => task.start < state.hydratedAt! + SETTLE_MS);
  return {
    sample: {
      allVisibleAt: state.allVisibleAt,
      hydratedAt: state.hydratedAt,
      firstContentfulPaint: times.fcp,
      domContentLoaded: times.dcl,
      loadEvent: times.load,
      longTaskTotal: longTasks.reduce((sum, task) => sum + task.duration, 0),
      longTaskCount: longTasks.length,
      blockingTime: longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
      heapUsedBytes: heap.usedSize,
      scripts,
      laterScripts,
    },
    tab,
  };
}
