/**
 * Frame rate while the user drags the canvas (pan) or Ctrl+wheels (zoom), counted with
 * requestAnimationFrame in the page. The input is trusted CDP mouse input sent at a steady 125 Hz
 * (like a real mouse) without waiting for the page to handle each event: Chromium coalesces the
 * moves into its frames, so the count shows how many frames the page can produce while following
 * the pointer, not how fast the benchmark can round-trip.
 */
import type { CDPSession, Page } from '@playwright/test';
import { probeOf, type FrameCount } from './probe';

export interface FrameRate extends FrameCount {
  fps: number;
  /** Input events sent during the measurement. */
  events: number;
}

const INPUT_INTERVAL_MS = 8;

async function startPoint(page: Page): Promise<{ x: number; y: number }> {
  await page.locator('[data-testid="diagram"]').scrollIntoViewIfNeeded();
  await page.mouse.move(1, 1);
  const point = await (await probeOf(page)).evaluate((p) => p.emptyPanePoint());
  if (!point) throw new Error('found no empty part of the canvas to drag');
  return point;
}

async function finish(page: Page, events: number): Promise<FrameRate> {
  const count = await (await probeOf(page)).evaluate((p) => p.stopFrames());
  return { ...count, events, fps: (count.frames / count.elapsed) * 1000 };
}

/** A drag or wheel that never moved the viewport measured nothing. */
function moved(rate: FrameRate, what: string): FrameRate {
  if (rate.moved === 0) throw new Error(`${what}: the viewport never moved (is React Flow mounted?)`);
  return rate;
}

/** Sends `event(i)` every 8 ms for `durationMs`, counting frames meanwhile; returns the frame count. */
async function stream(page: Page, cdp: CDPSession, durationMs: number, event: (i: number) => Record<string, unknown>): Promise<FrameRate> {
  const probe = await probeOf(page);
  await probe.evaluate((p) => p.settle());
  await probe.evaluate((p) => p.startFrames());
  const pending: Promise<unknown>[] = [];
  const end = Date.now() + durationMs;
  let i = 0;
  for (; Date.now() < end; i++) {
    pending.push(cdp.send('Input.dispatchMouseEvent', event(i) as never).catch(() => undefined));
    await new Promise((resolve) => setTimeout(resolve, INPUT_INTERVAL_MS));
  }
  const result = await finish(page, i);
  await Promise.all(pending);
  await probe.evaluate((p) => p.settle());
  return result;
}

/** Frames while nothing happens: the ceiling for the figures below (~60 in headless Chromium). */
export async function idleFps(page: Page, durationMs = 1000): Promise<FrameRate> {
  const probe = await probeOf(page);
  await probe.evaluate((p) => p.settle());
  await probe.evaluate((p) => p.startFrames());
  await page.waitForTimeout(durationMs);
  return finish(page, 0);
}

/** Mouse down on an empty part of the pane, then 4 px steps back and forth (500 px/s). */
export async function panFps(page: Page, cdp: CDPSession, durationMs = 2000): Promise<FrameRate> {
  const { x, y } = await startPoint(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  const result = await stream(page, cdp, durationMs, (i) => {
    // Triangle wave: 0 -> +160 -> -160 -> 0 px, with a little vertical drift.
    const phase = (i * 4) % 640;
    const dx = phase < 160 ? phase : phase < 480 ? 320 - phase : phase - 640;
    return { type: 'mouseMoved', x: x + dx, y: y + (dx >> 3), button: 'left', buttons: 1 };
  });
  await page.mouse.up();
  return moved(result, 'pan');
}

/** Ctrl+wheel over the pane (React Flow's pinch zoom): in for 12 notches, out for 12, repeated. */
export async function zoomFps(page: Page, cdp: CDPSession, durationMs = 2000): Promise<FrameRate> {
  const { x, y } = await startPoint(page);
  await page.mouse.move(x, y);
  const result = await stream(page, cdp, durationMs, (i) => ({
    type: 'mouseWheel',
    x,
    y,
    deltaX: 0,
    deltaY: Math.floor(i / 12) % 2 === 0 ? -20 : 20,
    modifiers: 2, // Ctrl
  }));
  return moved(result, 'zoom');
}
