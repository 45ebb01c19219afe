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
  /** Click event to the task after the frame that shows the whole panel (its lists too), ms; null if never within 3 s. */
  toComplete: number | null;
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
    toComplete: t.completeAt === null ? null : t.completeAt - t.clickAt,
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

/**
 * Clicks `count` different components of an already hydrated page, one after the other. Each click
 * goes to the first component not clicked yet that a reader can click where it is: its centre on
 * screen and not under something else (on wide screens the open panel is a drawer over the
 * diagram's right edge, and the camera pans the selection clear of it); when every component left is
 * under it, the panel is closed first (Esc). The page is scrolled to the diagram first.
 */
export async function clickToPanel(page: Page, count: number): Promise<ClickSample[]> {
  const total = await page.locator('button[data-node-id]').count();
  if (total < count) throw new Error(`only ${total} components to click, need ${count}`);
  const probe = await probeOf(page);
  const samples: ClickSample[] = [];
  const clicked: string[] = [];
  // A reader scrolls to the diagram first when it starts below the fold (as in cold-click.ts).
  await page.evaluate(() => {
    const buttons = document.querySelectorAll('button[data-node-id]');
    const rect = buttons[Math.floor(buttons.length / 2)]?.getBoundingClientRect();
    if (rect && (rect.top < 0 || rect.bottom > innerHeight)) scrollBy({ top: rect.top + rect.height / 2 - innerHeight / 2, behavior: 'instant' });
  });
  const pick = () =>
    page.evaluate((done) => {
      const taken = new Set(done);
      for (const button of document.querySelectorAll<HTMLElement>('button[data-node-id]')) {
        const id = button.getAttribute('data-node-id')!;
        if (taken.has(id)) continue;
        let rect = button.getBoundingClientRect();
        // Scrolled to as a reader would, if it is above or below the window (an instant scroll).
        if (rect.top < 0 || rect.bottom > innerHeight) {
          scrollBy({ top: rect.top + rect.height / 2 - innerHeight / 2, behavior: 'instant' });
          rect = button.getBoundingClientRect();
        }
        const x = rect.x + rect.width / 2;
        const y = rect.y + rect.height / 2;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        if (!button.contains(document.elementFromPoint(x, y))) continue;
        return { id, label: button.innerText.split('\n')[0]!.trim() };
      }
      return null;
    }, clicked);
  for (let i = 0; i < count; i++) {
    let next = await pick();
    if (!next) {
      // Every component left is under the drawer: close the panel (Esc), as a reader would, and go on.
      await page.keyboard.press('Escape');
      await page.waitForTimeout(150);
      next = await pick();
    }
    if (!next) throw new Error(`only ${clicked.length} components could be clicked, need ${count}`);
    clicked.push(next.id);
    await probe.evaluate((p, text) => p.armPanel(text), next.label);
    await page.locator(`button[data-node-id="${next.id}"]`).click();
    const timing = await panelTiming(probe, next.label);
    await page.waitForTimeout(150); // let the page go idle before the next click (and Event Timing report it)
    samples.push(clickFigures(next.id, next.label, timing, await probe.evaluate((p, at) => p.clickEventDuration(at), timing.clickAt)));
  }
  return samples;
}
