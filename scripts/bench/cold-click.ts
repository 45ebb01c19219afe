/**
 * The cold first click, as a reader makes it: a fresh context (empty cache), the page loads, the
 * diagram shows (all nodes visible; scrolled into the window if it starts below the fold), about 1.3 s later one real mouse click (trusted CDP mouse events
 * at the button's centre, no Playwright actionability waits) lands on a component, and the figure is
 * click event -> `#panel-heading` reads its label -> that frame rendered (see click.ts).
 */
import type { Browser } from '@playwright/test';
import { clickFigures, panelTiming, type ClickSample } from './click';
import { probeOf } from './probe';

/** How long after the diagram shows the click comes (the method: about 1.3 s). */
export const COLD_CLICK_DELAY_MS = 1300;

export interface ColdClick extends ClickSample {
  /** All nodes visible, ms from navigation start. */
  visibleAt: number;
  /** The click event, ms from navigation start. */
  clickAt: number;
  /** Whether React Flow had mounted (or the page has no lazy canvas) when the click came. */
  interactiveBeforeClick: boolean;
  /** Whether the load event had fired when the click came. */
  loadedBeforeClick: boolean;
}

export async function coldClick(browser: Browser, url: string, probeSource: string, node: { id: string; label: string }, delayMs = COLD_CLICK_DELAY_MS): Promise<ColdClick> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  try {
    await context.addInitScript({ content: probeSource });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    const probe = await probeOf(page);
    const shown = await probe.evaluate((p) => Promise.race([p.visible.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 60_000))]));
    if (!shown) throw new Error(`${url}: the diagram never showed`);
    // A reader scrolls to the diagram first when it starts below the fold: bring the node to the
    // middle of the window (an instant scroll, not a wheel over the canvas, so it is not input to it).
    await page.evaluate((id) => {
      const rect = document.querySelector(`button[data-node-id="${CSS.escape(id)}"]`)?.getBoundingClientRect();
      if (rect && (rect.top < 0 || rect.bottom > innerHeight)) scrollBy({ top: rect.top + rect.height / 2 - innerHeight / 2, behavior: 'instant' });
    }, node.id);
    // Wait in the page, from the frame the diagram showed in.
    await probe.evaluate((p, delay) => new Promise((resolve) => setTimeout(resolve, Math.max(0, p.allVisibleAt! + delay - performance.now()))), delayMs);
    await probe.evaluate((p, label) => p.armPanel(label), node.label);
    const box = await page.evaluate((id) => {
      const rect = document.querySelector(`button[data-node-id="${CSS.escape(id)}"]`)?.getBoundingClientRect();
      return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
    }, node.id);
    if (!box || box.x < 0 || box.y < 0 || box.x > 1440 || box.y > 900) throw new Error(`${url}: ${node.id} is not on screen`);
    await page.mouse.click(box.x, box.y);
    const timing = await panelTiming(probe, node.label);
    await page.waitForTimeout(150); // Event Timing reports the click after its next paint
    const state = await probe.evaluate((p, at) => ({ eventDuration: p.clickEventDuration(at), visibleAt: p.allVisibleAt!, interactiveAt: p.interactiveAt, loadEnd: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0 }), timing.clickAt);
    const { loadEnd } = state;
    return {
      ...clickFigures(node.id, node.label, timing, state.eventDuration),
      visibleAt: state.visibleAt,
      clickAt: timing.clickAt,
      interactiveBeforeClick: state.interactiveAt !== null && state.interactiveAt <= timing.clickAt,
      loadedBeforeClick: loadEnd > 0 && loadEnd <= timing.clickAt,
    };
  } finally {
    await context.close();
  }
}
