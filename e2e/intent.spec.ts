/**
 * React Flow loads on intent: not at load, not in the page's first seconds, but when the reader
 * reaches for the canvas. The gesture that asks for it is answered at once by the static canvas's
 * camera, and React Flow takes over where that camera stopped (the gesture neither lost nor doubled).
 */
import type { Page, Response } from '@playwright/test';
import { test, expect } from './fixtures';
import { hydrated, sel, stackUrl } from './selectors';
import { emptyPanePoint, holdReactFlow, viewportOf } from './canvas';
import { QUIET_MS } from '../components/diagram/use-canvas-swap';
import { REACT_FLOW_SIGNATURE } from '../scripts/lib/chunk-signatures';
// @ts-expect-error plain ESM script without types
import { deferredSources } from '../scripts/defer-scripts.mjs';

const viewport = viewportOf;

/** React Flow's step for one Ctrl+wheel of deltaY -100 off a Mac (d3-zoom's wheelDelta): 2^0.2. */
const WHEEL_STEP = 2 ** 0.2;

/** Every React Flow chunk the page fetches, by URL. */
function watchReactFlow(page: Page): { urls: string[] } {
  const seen = { urls: [] as string[] };
  page.on('response', async (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.text().catch(() => '');
    if (REACT_FLOW_SIGNATURE.pattern.test(body)) seen.urls.push(response.url());
  });
  return seen;
}

/**
 * Arms the page to time the first wheel or pointer move it sees: the event's timestamp, then the
 * first change of the viewport transform (whichever canvas draws it) and the animation frame after
 * it, all in page time (performance.now).
 */
const armTiming = (page: Page, type: 'wheel' | 'pointermove') =>
  page.evaluate((eventType) => {
    const diagram = document.querySelector('[data-testid="diagram"]')!;
    const transform = () => (diagram.querySelector('.react-flow__viewport') as HTMLElement | null)?.style.transform ?? '';
    const before = transform();
    const timing = { event: 0, handled: 0, changed: 0, frame: 0, by: '' };
    (window as unknown as { __timing: typeof timing }).__timing = timing;
    window.addEventListener(
      eventType,
      (event) => {
        // A drag's moves, not the hover's.
        if (timing.event || (event.type === 'pointermove' && (event as PointerEvent).buttons === 0)) return;
        timing.event = event.timeStamp;
        timing.handled = performance.now();
      },
      { capture: true },
    );
    const observer = new MutationObserver(() => {
      if (!timing.event || transform() === before) return;
      timing.changed = performance.now();
      timing.by = diagram.getAttribute('data-interactive') === 'true' ? 'React Flow' : 'static';
      observer.disconnect();
      requestAnimationFrame(() => (timing.frame = performance.now()));
    });
    observer.observe(diagram, { attributes: true, attributeFilter: ['style'], childList: true, subtree: true });
  }, type);
type Timing = { event: number; handled: number; changed: number; frame: number; by: string };
const timing = (page: Page) => page.evaluate(() => (window as unknown as { __timing: Timing }).__timing);

/** One Ctrl+wheel notch (a trackpad pinch) at `point`. */
async function pinchWheel(page: Page) {
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
}

test('a cold load fetches no React Flow: not by 2 s after load without input, and neither a preload hint nor the page\'s script loader names it', async ({ page }) => {
  const reactFlow = watchReactFlow(page);
  const preloads: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'document') return;
    const html = await response.text();
    for (const tag of html.match(/<link\b[^>]*rel="(?:module)?preload"[^>]*>/g) ?? []) preloads.push(/href="([^"]+)"/.exec(tag)?.[1] ?? '');
    // The scripts the page adds after its first frame (scripts/defer-scripts.mjs).
    preloads.push(...(deferredSources(html) as string[]));
  });
  await page.goto(stackUrl('uber'), { waitUntil: 'load' });
  await hydrated(page);
  await page.waitForTimeout(2000);
  expect(reactFlow.urls).toEqual([]);
  await expect(sel.diagram(page)).toHaveAttribute('data-interactive', 'false');
  // Every script the HTML preloads or loads: none is React Flow.
  expect(preloads.length).toBeGreaterThan(0);
  for (const href of preloads.filter((h) => h.endsWith('.js'))) {
    const body = await (await page.request.get(href)).text();
    expect(REACT_FLOW_SIGNATURE.pattern.test(body), `${href} is React Flow`).toBe(false);
  }
});

test('hovering the canvas fetches React Flow and makes the canvas interactive', async ({ page }) => {
  const reactFlow = watchReactFlow(page);
  await page.goto(stackUrl('uber'), { waitUntil: 'load' });
  await hydrated(page);
  expect(reactFlow.urls).toEqual([]);
  const point = await emptyPanePoint(page);
  await page.mouse.move(point.x, point.y);
  await expect(sel.diagram(page)).toHaveAttribute('data-interactive', 'true');
  expect(reactFlow.urls).toHaveLength(1);
  // React Flow's own pane now (d3-zoom listens on it), the minimap with it.
  await expect(page.getByLabel('Minimap')).toBeVisible();
});

test('a click on a component as the first input opens its panel before React Flow is fetched, and the URL follows', async ({ page }) => {
  await page.goto(stackUrl('uber'), { waitUntil: 'load' });
  await hydrated(page);
  // Timed in the page (the click event and the browser's own resource timing), not in the test runner.
  await page.evaluate(() => addEventListener('click', (event) => ((window as unknown as { clickedAt: number }).clickedAt = event.timeStamp), { capture: true, once: true }));
  const node = sel.node(page, 'pinot');
  const box = (await node.boundingBox())!;
  // Pointer in and click at once, as a reader's hand does: the press must not pull React Flow under the click.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('#panel-heading')).toHaveText('Pinot');
  await expect(page).toHaveURL(/[?&]node=pinot\b/);
  await expect(sel.diagram(page)).toHaveAttribute('data-interactive', 'true');
  // The first script the page requested after the click came after a quiet moment, not with it.
  const afterClick = await page.evaluate(() => {
    const clickedAt = (window as unknown as { clickedAt: number }).clickedAt;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script' && entry.startTime > clickedAt)
      .map((entry) => entry.startTime - clickedAt);
  });
  expect(afterClick.length).toBeGreaterThan(0);
  expect(Math.min(...afterClick)).toBeGreaterThanOrEqual(QUIET_MS - 50);
  // The selection survives the swap, and Back leaves it.
  await expect(page.locator('#panel-heading')).toHaveText('Pinot');
  await page.goBack();
  await expect(page).not.toHaveURL(/node=/);
  await expect(page.getByTestId('panel')).toHaveAttribute('data-open', 'false');
});

test('a Ctrl+wheel as the first input zooms within 100 ms, and React Flow takes over at that zoom', async ({ page }) => {
  await page.goto(stackUrl('uber'), { waitUntil: 'load' });
  await hydrated(page);
  const start = await viewport(page);
  const point = await emptyPanePoint(page);
  await armTiming(page, 'wheel');
  // The pointer arrives and pinches at once: React Flow is fetched, the static camera answers meanwhile.
  await page.mouse.move(point.x, point.y);
  await pinchWheel(page);
  await expect.poll(async () => (await timing(page)).frame).toBeGreaterThan(0);
  const { event, changed, frame, handled, by } = await timing(page);
  test.info().annotations.push({ type: 'wheel', description: `listener +${(handled - event).toFixed(1)} ms, viewport +${(changed - event).toFixed(1)} ms, frame +${(frame - event).toFixed(1)} ms, moved by ${by}` });
  expect(changed - event, 'wheel to viewport change (ms)').toBeLessThan(100);
  expect(frame - event, 'wheel to the frame showing it (ms)').toBeLessThan(100);

  await expect(sel.diagram(page)).toHaveAttribute('data-interactive', 'true');
  await page.waitForTimeout(300);
  // One notch: neither lost nor applied twice across the swap.
  expect((await viewport(page)).zoom / (start.zoom * WHEEL_STEP)).toBeCloseTo(1, 2);
});

test('with React Flow slow to arrive, the static canvas follows the wheel, and React Flow starts where it stopped', async ({ page }) => {
  const gate = await holdReactFlow(page);
  await page.goto(stackUrl('uber'), { waitUntil: 'load' });
  await hydrated(page);
  const start = await viewport(page);
  const point = await emptyPanePoint(page);
  await page.mouse.move(point.x, point.y);
  await pinchWheel(page);
  await pinchWheel(page);
  await expect.poll(async () => (await viewport(page)).zoom).toBeCloseTo(start.zoom * WHEEL_STEP ** 2, 4);
  await expect(sel.diagram(page)).toHaveAttribute('data-interactive', 'false');
  const zoomed = await viewport(page);
  const kafka = await sel.node(page, 'kafka').boundingBox();

  gate.release();
  await expect(sel.diagram(page)).toHaveAttribute('data-interactive', 'true');
  await page.waitForTimeout(300);
  const taken = await viewport(page);
  expect(taken.zoom / zoomed.zoom).toBeCloseTo(1, 2);
  const after = await sel.node(page, 'kafka').boundingBox();
  expect(Math.abs(after!.x - kafka!.x)).toBeLessThan(1);
  expect(Math.abs(after!.y - kafka!.y)).toBeLessThan(1);

  // React Flow's own wheel handling from here on: one notch is one step, not two.
  await pinchWheel(page);
  await expect.poll(async () => (await viewport(page)).zoom / (zoomed.zoom * WHEEL_STEP)).toBeCloseTo(1, 2);
});

test('a drag as the first input pans at once; the selection stays, and React Flow takes over where the drag ended', async ({ page }) => {
  const gate = await holdReactFlow(page);
  await page.goto(stackUrl('uber', 'node=kafka'), { waitUntil: 'load' });
  await hydrated(page);
  await expect(sel.panelHeading(page)).toHaveText('Kafka');
  const start = await viewport(page);
  const point = await emptyPanePoint(page);
  await armTiming(page, 'pointermove');
  await page.mouse.move(point.x, point.y);
  await page.mouse.down();
  await page.mouse.move(point.x - 60, point.y - 30, { steps: 6 });
  await expect.poll(async () => (await timing(page)).frame).toBeGreaterThan(0);
  const { event, frame } = await timing(page);
  expect(frame - event, 'first move to the frame showing it (ms)').toBeLessThan(100);
  // Still pressed: the swap waits for the release, whatever arrives.
  gate.release();
  await page.waitForTimeout(300);
  await expect(sel.diagram(page)).toHaveAttribute('data-interactive', 'false');
  await page.mouse.up();
  const panned = await viewport(page);
  expect(panned.x - start.x).toBeCloseTo(-60, 0);
  expect(panned.y - start.y).toBeCloseTo(-30, 0);
  await expect(sel.diagram(page)).toHaveAttribute('data-interactive', 'true');
  await page.waitForTimeout(300);
  const taken = await viewport(page);
  expect(taken.x).toBeCloseTo(panned.x, 0);
  expect(taken.y).toBeCloseTo(panned.y, 0);
  expect(taken.zoom).toBeCloseTo(panned.zoom, 4);
  // A drag is not a click on the pane: the selection is still there.
  await expect(sel.panelHeading(page)).toHaveText('Kafka');
});
