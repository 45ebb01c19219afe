/**
 * One cold load of a page (fresh context, empty cache), measured in the page by the probe: all
 * nodes visible, hydration, React Flow mounted, long tasks; then, once the page has settled, the JS
 * heap (after a GC) and every script fetched.
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
  /** React Flow mounted (the same as hydration unless the page loads it lazily); null if it never did. */
  interactiveAt: number | null;
  firstContentfulPaint: number | null;
  domContentLoaded: number;
  loadEvent: number;
  longTaskTotal: number;
  longTaskCount: number;
  /** Total blocking time: the part of each long task beyond 50 ms. */
  blockingTime: number;
  heapUsedBytes: number;
  /** Scripts requested before the load event and hydration had both happened: the JS of the load. */
  scripts: ScriptFetch[];
  /** Scripts requested later but before the page settled (lazy chunks such as a deferred React Flow). */
  deferredScripts: ScriptFetch[];
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
/** How long to wait for all nodes and hydration. */
const READY_TIMEOUT_MS = 60_000;
/** How long to wait for a lazily loaded React Flow canvas after hydration. */
const INTERACTIVE_TIMEOUT_MS = 20_000;

/** Loads `url` in a fresh context; returns the sample and the still-open tab (caller closes it). */
export async function coldLoad(browser: Browser, url: string, probe: string, cpuThrottle = 1): Promise<{ sample: LoadSample; tab: Tab }> {
  const tab = await openTab(browser, probe, cpuThrottle);
  const { page, cdp } = tab;
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') responses.push(response);
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const loaded = await page.evaluate(`Promise.race([window.__saBench.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), ${READY_TIMEOUT_MS}))])`);
  if (!loaded) {
    const seen = await page.evaluate(`[document.querySelectorAll('[data-node-id]').length, window.__saBench.expected, window.__saBench.hydratedAt]`);
    await tab.close();
    throw new Error(`${url}: not loaded after ${READY_TIMEOUT_MS / 1000} s ([data-node-id] count, expected, hydratedAt: ${JSON.stringify(seen)})`);
  }
  await page.evaluate(`Promise.race([window.__saBench.interactive, new Promise((r) => setTimeout(r, ${INTERACTIVE_TIMEOUT_MS}))])`);
  // Let post-mount work (effects, idle callbacks) finish inside the long-task window.
  await page.waitForTimeout(SETTLE_MS);

  const times = (await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      state: { expected: window.__saBench.expected, allVisibleAt: window.__saBench.allVisibleAt, hydratedAt: window.__saBench.hydratedAt, interactiveAt: window.__saBench.interactiveAt, longTasks: window.__saBench.longTasks },
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
  const cutoff = Math.max(times.load, state.hydratedAt);
  const scripts: ScriptFetch[] = [];
  const deferredScripts: ScriptFetch[] = [];
  for (const response of responses) {
    const scriptUrl = response.url();
    if (inHtml.get(scriptUrl)?.noModule) continue; // never run by a module-capable browser
    const startedAt = startOf.get(scriptUrl) ?? 0;
    const body = await response.body();
    const sizes = await response.request().sizes();
    const fetch = { url: scriptUrl, body, wireBytes: sizes.responseBodySize + sizes.responseHeadersSize, inHtml: inHtml.has(scriptUrl), startedAt };
    (startedAt <= cutoff ? scripts : deferredScripts).push(fetch);
  }

  const settledAt = Math.max(state.hydratedAt, state.interactiveAt ?? 0, times.load) + SETTLE_MS;
  const longTasks = state.longTasks.filter((task) => task.start < settledAt);
  return {
    sample: {
      allVisibleAt: state.allVisibleAt,
      hydratedAt: state.hydratedAt,
      interactiveAt: state.interactiveAt,
      firstContentfulPaint: times.fcp,
      domContentLoaded: times.dcl,
      loadEvent: times.load,
      longTaskTotal: longTasks.reduce((sum, task) => sum + task.duration, 0),
      longTaskCount: longTasks.length,
      blockingTime: longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
      heapUsedBytes: heap.usedSize,
      scripts,
      deferredScripts,
    },
    tab,
  };
}
