/** The camera moves both canvases: the static first paint (React Flow held back) and React Flow. */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { hydrated, interactive, sel, stackUrl } from './selectors';
import { holdReactFlow } from './canvas';

type View = { x: number; y: number; zoom: number };
const viewport = (page: Page): Promise<View> =>
  page.locator('.react-flow__viewport').evaluate((el) => {
    const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)\s*scale\(([-\d.]+)\)/.exec((el as HTMLElement).style.transform)!;
    return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
  });
/**
 * Clicks a control and reads the viewport before any animation frame: after the microtasks in
 * which React commits the click's update, but before the browser paints again.
 */
const clickAndRead = (page: Page, name: string) =>
  page.evaluate(async (label) => {
    document.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!.click();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    return (document.querySelector('.react-flow__viewport') as HTMLElement).style.transform;
  }, name);

test('the static canvas zooms at once, animated, and React Flow takes over where it stopped', async ({ page }) => {
  const gate = await holdReactFlow(page);
  await page.goto(stackUrl('uber'));
  await hydrated(page);
  const start = await viewport(page);
  const before = await clickAndRead(page, 'Zoom In');
  // Animated: the first frame has not happened yet...
  expect(before).toContain(`scale(${start.zoom})`);
  // ...and the move ends 1.2x closer, about the centre.
  await expect.poll(async () => (await viewport(page)).zoom).toBeCloseTo(start.zoom * 1.2, 4);
  await expect(sel.diagram(page)).toHaveAttribute('data-interactive', 'false');
  const kafka = await sel.node(page, 'kafka').boundingBox();

  gate.release();
  await interactive(page);
  await page.waitForTimeout(300);
  expect((await viewport(page)).zoom).toBeCloseTo(start.zoom * 1.2, 3);
  const after = await sel.node(page, 'kafka').boundingBox();
  expect(Math.abs(after!.x - kafka!.x)).toBeLessThan(1);
  expect(Math.abs(after!.y - kafka!.y)).toBeLessThan(1);
});

test('Fit View on the static canvas returns to the fitted view', async ({ page }) => {
  const gate = await holdReactFlow(page);
  await page.goto(stackUrl('uber'));
  await hydrated(page);
  const start = await viewport(page);
  await clickAndRead(page, 'Zoom Out');
  await expect.poll(async () => (await viewport(page)).zoom).toBeLessThan(start.zoom);
  await clickAndRead(page, 'Fit View');
  await expect.poll(async () => (await viewport(page)).zoom).toBeCloseTo(start.zoom, 4);
  expect((await viewport(page)).x).toBeCloseTo(start.x, 1);
  gate.release();
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the static camera jumps instead of animating', async ({ page }) => {
    const gate = await holdReactFlow(page);
    await page.goto(stackUrl('uber'));
    await hydrated(page);
    const start = await viewport(page);
    const right = await clickAndRead(page, 'Zoom In');
    const zoom = Number(/scale\(([\d.]+)\)/.exec(right)![1]);
    expect(zoom).toBeCloseTo(start.zoom * 1.2, 4);
    gate.release();
  });
});

test('React Flow’s camera: zoom in, then Fit View returns to the fitted view', async ({ page }) => {
  await page.goto(stackUrl('uber'));
  await interactive(page);
  const start = await viewport(page);
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await expect.poll(async () => (await viewport(page)).zoom).toBeCloseTo(start.zoom * 1.2, 3);
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expect.poll(async () => (await viewport(page)).zoom).toBeCloseTo(start.zoom, 3);
});
