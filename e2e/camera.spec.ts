/** The camera moves both canvases: the static first paint (React Flow held back) and React Flow. */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { hydrated, interactive, sel, stackUrl } from './selectors';
import { holdReactFlow, viewportOf } from './canvas';

const viewport = viewportOf;
/**
 * Clicks a control and reads the zoom drawn before any animation frame: after the microtasks in
 * which React commits the click's update, but before the browser paints again.
 */
const clickAndRead = (page: Page, name: string) =>
  page.evaluate(async (label) => {
    document.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!.click();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    return new DOMMatrix(getComputedStyle(document.querySelector('[data-testid="diagram"] .react-flow__viewport')!).transform).a;
  }, name);

test('the static canvas zooms at once, animated, and React Flow takes over where it stopped', async ({ page }) => {
  const gate = await holdReactFlow(page);
  await page.goto(stackUrl('uber'));
  await hydrated(page);
  const start = await viewport(page);
  const before = await clickAndRead(page, 'Zoom In');
  // Animated: the first frame has not happened yet...
  expect(before).toBeCloseTo(start.zoom, 6);
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

test('until the camera first moves, the static canvas draws the CSS fit: hydration renders no viewport of its own', async ({ page }) => {
  const gate = await holdReactFlow(page);
  await page.goto(stackUrl('uber'));
  await hydrated(page);
  const transform = () => page.locator('[data-testid="diagram"] .react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  // A state update in a layout effect here would run every effect of the page in the hydration's task.
  expect(await transform()).toContain('100cqw');
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await expect.poll(transform).not.toContain('100cqw');
  gate.release();
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
    const zoom = await clickAndRead(page, 'Zoom In');
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
