/**
 * Click-to-panel latency: a real (trusted) click on a component, until `#panel-heading` reads its
 * label, then the next animation frame. Both ends are timed in the page (see probe.ts).
 */
import type { Page } from '@playwright/test';
import { probeOf } from './probe';

export interface ClickSample {
  id: string;
  label: string;
  /** Click event to the frame after the heading changed, ms. */
  latency: number;
  /** Click event to the mutation that showed the label, ms. */
  toMutation: number;
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
    const timing = await Promise.race([
      probe.evaluate((p) => p.panel!),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`panel never showed "${label}"`)), 10_000)),
    ]);
    samples.push({ id, label, latency: timing.frameAt - timing.clickAt, toMutation: timing.shownAt - timing.clickAt });
    await page.waitForTimeout(150); // let the page go idle before the next click
  }
  return samples;
}
