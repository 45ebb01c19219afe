/**
 * The large-view canvas (components/diagram/large-view.ts): above 150 components React Flow draws no
 * edges of its own; the flows are one SVG layer in its viewport (EdgeLayer `single`), the components
 * have no handles, and while the viewport moves the canvas draws a cheaper stand-in (use-motion-mode).
 * No real stack is that big, so this runs only in `npm run test:subpath`, whose build has a generated
 * one (scripts/large-stack-content.ts); the benchmark measures its frame rates, this checks it works.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { emptyPanePoint } from './canvas';
import { hydrated, interactive, sel } from './selectors';
import { LARGE_VIEW_COMPONENTS } from '../components/diagram/large-view';

const base = process.env.BASE_PATH ?? '/atlas';
const url = `${base}/stacks/large-view/`;

const minimapDisplay = (page: Page) => page.locator('[data-testid="diagram"] .react-flow__minimap').evaluate((element) => getComputedStyle(element).display);

test('a large view in React Flow: every flow in one layer, components without handles, and both still select', async ({ page }) => {
  await page.goto(url);
  await hydrated(page);
  const components = await sel.nodes(page).count();
  expect(components).toBeGreaterThan(LARGE_VIEW_COMPONENTS);
  // The static canvas draws each flow in an <svg> of its own (React Flow's markup).
  const flows = await sel.edges(page).count();
  expect(flows).toBeGreaterThan(components);

  await interactive(page);
  await expect(sel.nodes(page)).toHaveCount(components);
  const layer = page.locator('[data-testid="diagram"] .react-flow__viewport .react-flow__edges > svg');
  await expect(layer).toHaveCount(1);
  await expect(layer.locator('.react-flow__edge')).toHaveCount(flows);
  await expect(page.locator('[data-testid="diagram"] .react-flow__handle')).toHaveCount(0);

  // A component, clicked where it is drawn.
  const node = sel.nodes(page).first();
  const id = (await node.getAttribute('data-node-id'))!;
  const label = (await node.locator('.sa-node-label').textContent())!;
  await node.click();
  await expect(page).toHaveURL(new RegExp(`[?&]node=${id}(&|$)`));
  await expect(sel.panelHeading(page)).toHaveText(label);

  // A flow of the single layer: its click handler is the layer's, not React Flow's.
  const edge = layer.locator('.react-flow__edge').first();
  const flowId = (await edge.getAttribute('data-id'))!;
  await edge.dispatchEvent('click');
  await expect(page).toHaveURL(new RegExp(`[?&]flow=${flowId}(&|$)`));
  await expect(page.getByTestId('panel')).toHaveAttribute('data-open', 'true');
});

test('while a large view is dragged it draws the stand-in, and everything is back when the drag ends', async ({ page }) => {
  await page.goto(url);
  await interactive(page);
  // The diagram element is the `.sa-canvas` the motion mode marks.
  const canvas = sel.diagram(page);
  await expect(canvas).toHaveClass(/\bsa-canvas\b/);
  const transform = () => page.locator('[data-testid="diagram"] .react-flow__viewport').evaluate((element) => (element as HTMLElement).style.transform);
  expect(await minimapDisplay(page)).not.toBe('none');
  const before = await transform();

  const point = await emptyPanePoint(page);
  await page.mouse.move(point.x, point.y);
  await page.mouse.down();
  for (let step = 1; step <= 8; step++) await page.mouse.move(point.x + step * 12, point.y + step * 4);
  await expect(canvas).toHaveAttribute('data-moving', 'true');
  expect(await minimapDisplay(page)).toBe('none');
  expect(await transform()).not.toBe(before);

  await page.mouse.up();
  await expect(canvas).not.toHaveAttribute('data-moving', /.*/);
  expect(await minimapDisplay(page)).not.toBe('none');
});
