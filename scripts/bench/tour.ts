/**
 * Tour step latency: a real click on Next, until the camera has settled on the step's components
 * (the viewport's transform last changed, with no change for a while after). Timed in the page,
 * from the click event's timestamp to the last animation frame that moved the viewport.
 */
import type { Page } from '@playwright/test';

/** How long the viewport must stay still to count as settled. */
const STILL_MS = 250;

declare global {
  interface Window {
    __tourSettle?: Promise<number>;
  }
}

/** Arms the in-page timer for the next click; resolves (in the page) to click -> settled, ms. */
function arm(stillMs: number) {
  const viewport = () => (document.querySelector('.react-flow__viewport') as HTMLElement | null)?.style.transform ?? '';
  window.__tourSettle = new Promise<number>((resolve) => {
    let clickAt = 0;
    let last = viewport();
    let lastChange = 0;
    document.addEventListener(
      'click',
      (event) => {
        clickAt = event.timeStamp;
        lastChange = event.timeStamp;
      },
      { capture: true, once: true },
    );
    const tick = (now: number) => {
      const current = viewport();
      if (current !== last) {
        last = current;
        lastChange = now;
      }
      if (clickAt && now - lastChange > stillMs) resolve(lastChange - clickAt);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Opens `tourId` on an already loaded stack page and presses Next `count` times (restarting at the end). */
export async function nextToSettled(page: Page, tourId: string, count: number): Promise<number[]> {
  const start = page.locator(`button[data-tour-id="${tourId}"]`);
  await start.click();
  await page.waitForTimeout(600);
  const samples: number[] = [];
  while (samples.length < count) {
    const next = page.getByRole('button', { name: 'Next', exact: true });
    if (await next.isDisabled()) {
      await page.keyboard.press('Escape');
      await start.click();
      await page.waitForTimeout(600);
      continue;
    }
    // As a string with a stand-in for tsx's `__name` helper, which `arm`'s inner functions call (see probe.ts).
    await page.evaluate(`var __name = (fn) => fn; (${arm.toString()})(${STILL_MS});`);
    await next.click();
    samples.push(await page.evaluate(() => window.__tourSettle!));
  }
  return samples;
}
