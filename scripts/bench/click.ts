/**
 * Click-to-panel latency: a real (trusted) click on a component, until `#panel-heading` reads its
 * label and the frame that shows it has been rendered. Both ends are timed in the page (probe.ts).
 */
import type { JSHandle, Page } from '@playwright/test';
import { probeOf, type PanelTiming, type Probe } from './probe';

export interface ClickSample {
  id: string;
  label: string;
  /** Click event to the task after the frame that shows the label (rendered): the figure, ms. */
  latency: number;
  /** Click event to that frame's animation-frame callback (before it renders): the old figure, ms. */
  toFrame: number;
  /** Click event to the mutation that showed the label, ms. */
  toMutation: number;
  /** Click event to the page's first click listener: time the input waited for the main thread, ms. */
  inputDelay: number;
  /** Pointerdown to click event (null if no pointerdown was seen), ms. */
  downToClick: number | null;
  /**
   * Cross-check: the browser's Event Timing `duration` of the click (input to the next paint after
   * its handlers, in 8 ms steps; null below the API's 16 ms threshold or when not reported).
   */
  eventDuration: number | null;
}

/** The figures of one click, from the probe's page-side timestamps. */
export function clickFigures(id: string, label: string, t: PanelTiming, eventDuration: number | null = null): ClickSample {
  return {
    id,
    label,
    latency: t.paintedAt - t.clickAt,
    toFrame: t.frameAt - t.clickAt,
    toMutation: t.shownAt - t.clickAt,
    inputDelay: t.handledAt - t.clickAt,
    downToClick: t.downAt === null ? null : t.clickAt - t.downAt,
    eventDuration,
  };
}

/** Waits for the armed panel timing, or fails after 10 s. */
export function panelTiming(probe: JSHandle<Probe>, label: string): Promise<PanelTiming> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    probe.evaluate((p) => p.panel!),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`panel never showed "${label}"`)), 10_000))),
  ]).finally(() => clearTimeout(timer));
}

/** Clicks `count` different components of an already hydrated page, one after the other. */
export async function clickToPanel(page: Page, count: number): Promise<ClickSample[]> {
  const buttons = await page
    .locator('button[data-node-id]')
    .evaluateAll((all) => all.map((b) => ({ id: b.getAttribute('data-node-id')!, label: (b as HTMLElement).innerText.split('\n')[0]!.trim() })));
  if (buttons.length < count) throw new Error(`only ${buttons.length} components to click, need ${count}`);
  const probe = await probeOf(page);
  const samples: ClickSample[] = [];
  for (const { id, label } of buttons.slice(0, count)) {
    await probe.evaluate((p, text) => p.armPanel(text), label);
    await page.locator(`button[data-node-id="${id}"]`).click();
    const timing = await panelTiming(probe, label);
    await page.waitForTimeout(150); // let the page go idle before the next click (and Event Timing report it)
    samples.push(clickFigures(id, label, timing, await probe.evaluate((p, at) => p.clickEventDuration(at), timing.clickAt)));
  }
  return samples;
}
