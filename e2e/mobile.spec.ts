/**
 * Phones (390 x 844): a stack reads as a layer list; the Diagram toggle shows the canvas at a
 * readable zoom; the panel is a bottom sheet at half height that keeps the selection in sight.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CANVASES, holdReactFlow, waitForCanvas } from './canvas';
import { hydrated, sel, stackUrl } from './selectors';
import { loadAllStacks } from '../lib/content/load';

test.use({ viewport: { width: 390, height: 844 } });
const HEIGHT = 844;

const list = (page: Page) => page.getByTestId('layer-list');
const row = (page: Page, id: string) => page.locator(`[data-row-id="${id}"]`);
const rows = (page: Page) => page.locator('[data-row-id]');
const rowFlow = (page: Page, id: string) => page.locator(`[data-row-flow="${id}"]`).first();
const diagramToggle = (page: Page) => page.getByRole('radio', { name: 'Diagram' });

/** Uber's first view, from the content model: its components by layer. */
const uberFirstView = async () => (await loadAllStacks()).find((stack) => stack.meta.slug === 'uber')!.views[0]!;

test('the layer list shows by default: a section per layer, every component of the view, rows 44 px tall', async ({ page }) => {
  await page.goto(stackUrl('uber'));
  await hydrated(page);
  const view = await uberFirstView();
  await expect(list(page)).toBeVisible();
  await expect(sel.diagram(page)).toBeHidden();
  await expect(page.getByRole('radio', { name: 'List' })).toBeChecked();
  await expect(rows(page)).toHaveCount(view.nodes.length);
  for (const layer of view.layers) {
    await expect(list(page).getByRole('heading', { name: layer.title, exact: true })).toBeVisible();
  }
  for (const node of view.nodes) await expect(row(page, node.id)).toBeVisible();
  // Kafka: its name, its role in a line, and its flow counts.
  const kafka = row(page, 'kafka');
  const into = view.flows.filter((flow) => flow.to === 'kafka').length;
  const out = view.flows.filter((flow) => flow.from === 'kafka').length;
  await expect(kafka).toContainText('Kafka');
  await expect(kafka).toContainText(`${into} in · ${out} out`);
  await expect(kafka).toHaveAccessibleName(new RegExp(`^Kafka, Ingestion, ${into} incoming and ${out} outgoing flows`));
  await expect(kafka.locator('.sa-row-summary')).not.toBeEmpty();
  const heights = await rows(page).evaluateAll((elements) => elements.map((el) => el.getBoundingClientRect().height));
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
  // The list is in the static HTML too, and nothing overflows the phone's width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the list is in the HTML before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(stackUrl('uber'));
  await expect(list(page)).toBeVisible();
  await expect(row(page, 'kafka')).toBeVisible();
  await expect(sel.diagram(page)).toBeHidden();
  await context.close();
});

test('pressing a row opens the sheet at half height with that component, the row still in sight above it', async ({ page }) => {
  await page.goto(stackUrl('uber'));
  await hydrated(page);
  // The last row: far down the page, where a sheet would cover it.
  const view = await uberFirstView();
  const lastLayer = view.layers.at(-1)!;
  const last = view.nodes.filter((node) => node.layerId === lastLayer.id).sort((a, b) => b.y - a.y)[0]!.id;
  await row(page, last).scrollIntoViewIfNeeded();
  await row(page, last).click();
  await expect(page).toHaveURL(new RegExp(`[?&]node=${last}`));
  const panel = sel.panel(page);
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute('data-sheet', 'half');
  await expect(row(page, last)).toHaveAttribute('data-state', 'selected');
  await expect(row(page, last)).toHaveAttribute('aria-pressed', 'true');
  const sheet = (await panel.boundingBox())!;
  expect(sheet.height).toBeGreaterThan(HEIGHT * 0.4);
  expect(sheet.height).toBeLessThan(HEIGHT * 0.6);
  expect(sheet.y + sheet.height).toBeGreaterThan(HEIGHT - 2);
  await expect
    .poll(async () => {
      const box = (await row(page, last).boundingBox())!;
      return box.y >= 0 && box.y + box.height <= sheet.y;
    })
    .toBe(true);
  // The same panel a click on the node opens.
  await expect(panel.getByRole('heading', { name: /Incoming flows/ })).toBeVisible();
});

test('a flow under a row selects the flow', async ({ page }) => {
  await page.goto(stackUrl('uber'));
  await hydrated(page);
  const link = rowFlow(page, 'rider-app-to-kafka');
  await expect(link).toContainText('→ Kafka: trip events');
  await expect(link).toHaveAccessibleName(/^Flow from Rider App to Kafka: trip events/);
  await link.click();
  await expect(page).toHaveURL(/[?&]flow=rider-app-to-kafka/);
  await expect(page.getByRole('complementary', { name: 'Rider App → Kafka' })).toBeVisible();
  await expect(rowFlow(page, 'rider-app-to-kafka')).toHaveAttribute('data-state', 'selected');
  await expect(row(page, 'rider-app')).toHaveAttribute('data-state', 'neighbour');
  await expect(row(page, 'kafka')).toHaveAttribute('data-state', 'neighbour');
  await expect(row(page, 'hive')).toHaveAttribute('data-state', 'dimmed');
});

test('a deep link with a trace marks the downstream rows, in their names too', async ({ page }) => {
  await page.goto(stackUrl('uber', 'node=kafka&trace=down'));
  await hydrated(page);
  await expect(row(page, 'kafka')).toHaveAttribute('data-state', 'selected');
  await expect(row(page, 'flink')).toHaveAttribute('data-state', 'downstream');
  await expect(row(page, 'flink')).toHaveAccessibleName(/, downstream of Kafka$/);
  await expect(row(page, 'streaming-analytics')).toHaveAttribute('data-state', 'downstream');
  await expect(row(page, 'rider-app')).toHaveAttribute('data-state', 'dimmed');
  await expect(page.getByRole('complementary', { name: 'Kafka' })).toBeVisible();
});

test('a selection made on a wide screen shows in the list once the window narrows to a phone', async ({ page }) => {
  // Wider than a phone the list is hidden and keeps the selection it last showed (layer-list.tsx).
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(stackUrl('uber'));
  await hydrated(page);
  await sel.node(page, 'kafka').click();
  await expect(page).toHaveURL(/[?&]node=kafka/);
  await expect(row(page, 'kafka')).toBeHidden();
  await page.setViewportSize({ width: 390, height: HEIGHT });
  await expect(row(page, 'kafka')).toBeVisible();
  await expect(row(page, 'kafka')).toHaveAttribute('data-state', 'selected');
  await expect(row(page, 'flink')).toHaveAttribute('data-state', 'neighbour');
  await expect(row(page, 'debugging')).toHaveAttribute('data-state', 'dimmed');
});

test('a tour started from the list marks its step in the rows', async ({ page }) => {
  await page.goto(stackUrl('uber'));
  await hydrated(page);
  await page.locator('[data-tour-id="follow-a-trip"]').click();
  await expect(page).toHaveURL(/[?&]tour=follow-a-trip/);
  await expect(page.locator('[data-row-id][data-state="focus"]').first()).toBeVisible();
  await expect(page.locator('[data-row-id][data-state="focus"]').first()).toHaveAccessibleName(/, in this tour step$/);
});

test('the sheet expands to full height and closes from its buttons; focus returns to the row', async ({ page }) => {
  await page.goto(stackUrl('uber'));
  await hydrated(page);
  await row(page, 'kafka').click();
  const panel = page.getByRole('complementary', { name: 'Kafka' });
  await expect(panel).toHaveAttribute('data-sheet', 'half');
  await panel.getByRole('button', { name: 'Expand panel' }).click();
  await expect(panel).toHaveAttribute('data-sheet', 'full');
  await expect.poll(async () => (await panel.boundingBox())!.height).toBeGreaterThan(HEIGHT * 0.9);
  await panel.getByRole('button', { name: 'Collapse panel' }).click();
  await expect(panel).toHaveAttribute('data-sheet', 'half');
  await panel.getByRole('button', { name: 'Close panel' }).click();
  await expect(page.getByRole('complementary', { name: 'Kafka' })).toHaveCount(0);
  await expect(row(page, 'kafka')).toBeFocused();
  await expect(page).not.toHaveURL(/node=/);
});

test('the sheet drags up to full height and down to close', async ({ page }) => {
  await page.goto(stackUrl('uber'));
  await hydrated(page);
  await row(page, 'flink').click();
  const panel = page.getByRole('complementary', { name: 'Flink' });
  await expect(panel).toHaveAttribute('data-sheet', 'half');
  const drag = async (dy: number) => {
    const handle = (await page.getByTestId('sheet-handle').boundingBox())!;
    const x = handle.x + handle.width / 2;
    const y = handle.y + handle.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y + dy / 2, { steps: 4 });
    await page.mouse.move(x, y + dy, { steps: 4 });
    await page.mouse.up();
  };
  // The sheet animates its height after each snap: grab the handle only once it has settled there,
  // as a finger would (a handle read mid-animation is no longer under the pointer when it goes down).
  const settledAt = async (fraction: number) =>
    expect.poll(async () => Math.abs((await panel.boundingBox())!.height - HEIGHT * fraction)).toBeLessThan(HEIGHT * 0.06);
  await settledAt(0.5);
  await drag(-200);
  await expect(panel).toHaveAttribute('data-sheet', 'full');
  await settledAt(0.95);
  await drag(200);
  await expect(panel).toHaveAttribute('data-sheet', 'half');
  await settledAt(0.5);
  await drag(200);
  await expect(page.getByRole('complementary', { name: 'Flink' })).toHaveCount(0);
  await expect(page).not.toHaveURL(/node=/);
});

for (const canvas of CANVASES) {
  test(`${canvas} canvas: the Diagram toggle shows the canvas at a readable zoom; its panel is a bottom sheet`, async ({ page }) => {
    if (canvas === 'static') await holdReactFlow(page);
    await page.goto(stackUrl('uber'));
    await hydrated(page);
    await diagramToggle(page).check();
    await expect(list(page)).toBeHidden();
    await expect(sel.diagram(page)).toBeVisible();
    await waitForCanvas(page, canvas);
    // Readable: a node's label at 12 px or more (15 px at zoom 1), not a thumbnail.
    const fontSize = await sel.node(page, 'rider-app').evaluate((el) => {
      const zoom = new DOMMatrix(getComputedStyle(el.closest('.react-flow__viewport')!).transform).a;
      return parseFloat(getComputedStyle(el).fontSize) * zoom;
    });
    expect(fontSize).toBeGreaterThanOrEqual(11.9);
    // Shorter than the screen: the page still scrolls with a finger outside the canvas.
    expect((await sel.diagram(page).boundingBox())!.height).toBeLessThan(HEIGHT * 0.75);
    // The canvas opens at the view's top-left corner: its first component is on screen once the canvas is.
    await sel.diagram(page).scrollIntoViewIfNeeded();
    await expect(sel.node(page, 'rider-app')).toBeInViewport();

    await sel.node(page, 'rider-app').click();
    const panel = page.getByRole('complementary', { name: 'Rider App' });
    await expect(panel).toBeVisible();
    const box = (await panel.boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(HEIGHT - 2);
    expect(box.width).toBeGreaterThan(380);
    expect(box.height).toBeLessThan(HEIGHT * 0.6);
    await panel.getByRole('button', { name: 'Close panel' }).click();
    await expect(page.getByRole('complementary', { name: 'Rider App' })).toHaveCount(0);

    await page.getByRole('radio', { name: 'List' }).check();
    await expect(list(page)).toBeVisible();
    await expect(sel.diagram(page)).toBeHidden();
  });
}

test.describe('at 1440 px', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  test('neither the layer list nor the toggle shows; the diagram does', async ({ page }) => {
    await page.goto(stackUrl('uber'));
    await hydrated(page);
    await expect(sel.diagram(page)).toBeVisible();
    await expect(list(page)).toBeHidden();
    await expect(page.getByRole('radio', { name: 'Diagram' })).toBeHidden();
    await expect(page.getByRole('radio', { name: 'List' })).toBeHidden();
    await sel.node(page, 'kafka').click();
    await expect(page.getByRole('complementary', { name: 'Kafka' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Expand panel' })).toBeHidden();
    await expect(page.getByTestId('sheet-handle')).toBeHidden();
  });
});
