/** Headless Chromium as the e2e tests launch it; one fresh context (empty cache) per cold load. */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium';

export const VIEWPORT = { width: 1440, height: 900 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions, headless: true });
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/**
 * A new context (no cache, no storage: a cold load) with `initScript` installed before any page
 * script runs, and CPU throttling applied before navigation when `cpuThrottle` > 1.
 */
export async function openTab(browser: Browser, initScript: string, cpuThrottle = 1): Promise<Tab> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript({ content: initScript });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  return { context, page, cdp, close: () => context.close() };
}
