/**
 * One cold load of a page (fresh context, empty cache), measured in the page by the probe: all
 * nodes visible, hydration, React Flow mounted, long tasks; then, once the page has settled, the JS
 * heap (after a GC) and every script fetched.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Response } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium';
import { probeOf } from './probe';

/** Headless Chromium as the e2e tests launch it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions, headless: true });
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

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

const SETTLE_MS = 1000;
/** How long to wait for all nodes and hydration. */
const READY_TIMEOUT_MS = 60_000;
/** How long to wait for a lazily loaded React Flow canvas after hydration. */
const INTERACTIVE_TIMEOUT_MS = 20_000;

/**
 * Loads `url` in a new context (no cache, no storage: a cold load, 1440 × 900) with the probe
 * installed before any page script and CPU throttling applied before navigation when > 1.
 * Returns the sample and the still-open tab (the caller closes it).
 */
export async function coldLoad(browser: Browser, url: string, probe: string, cpuThrottle = 1): Promise<{ sample: LoadSample; tab: Tab }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await context.addInitScript({ content: probe });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  const tab: Tab = { context, page, cdp, close: () => context.close() };
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') responses.push(response);
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const probeHandle = await probeOf(page);
  const loaded = await probeHandle.evaluate((p, ms) => Promise.race([p.ready.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), ms))]), READY_TIMEOUT_MS);
  if (!loaded) {
    const { expected, hydratedAt } = await probeHandle.evaluate(({ expected, hydratedAt }) => ({ expected, hydratedAt }));
    const seen = await page.locator('[data-node-id]').count();
    await tab.close();
    throw new Error(`${url}: not loaded after ${READY_TIMEOUT_MS / 1000} s (${seen} [data-node-id] of ${expected} expected, hydratedAt ${hydratedAt})`);
  }
  await probeHandle.evaluate((p, ms) => Promise.race([p.interactive, new Promise((resolve) => setTimeout(resolve, ms))]), INTERACTIVE_TIMEOUT_MS);
  // Let post-mount work (effects, idle callbacks) finish inside the long-task window.
  await page.waitForTimeout(SETTLE_MS);

  const { times, state } = await probeHandle.evaluate((p) => ({
    times: p.pageTimes(),
    state: { allVisibleAt: p.allVisibleAt, hydratedAt: p.hydratedAt, interactiveAt: p.interactiveAt, longTasks: p.longTasks },
  }));
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
