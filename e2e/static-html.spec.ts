import { test, expect } from './fixtures';
import { hydrated, interactive, sel, stackUrl } from './selectors';
import { loadAllStacks } from '../lib/content/load';

/** How many flows Uber's first view draws, from the content model (corrections add and remove flows). */
const uberFirstViewFlows = async () => (await loadAllStacks()).find((stack) => stack.meta.slug === 'uber')!.views[0]!.flows.length;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every node, edge and label is in the static HTML at its position', async ({ page }) => {
    await page.goto(stackUrl('uber'));
    await expect(sel.nodes(page)).toHaveCount(23);
    for (const node of await sel.nodes(page).all()) await expect(node).toBeVisible();
    await expect(page.locator('.react-flow__edge-path')).toHaveCount(await uberFirstViewFlows());
    for (const path of await page.locator('.react-flow__edge-path').all()) {
      expect(await path.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+ /);
    }
    const label = (await loadAllStacks()).find((stack) => stack.meta.slug === 'uber')!.views[0]!.flows.find((flow) => flow.mode === 'cdc')!.label;
    await expect(page.locator('.sa-edge-label text', { hasText: label }).first()).toBeVisible();
    await expect(page.locator('.sa-band-title', { hasText: 'Ingestion' })).toBeVisible();
  });
});

test('nothing moves when the page hydrates', async ({ browser }) => {
  const positions = async (javaScriptEnabled: boolean) => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(stackUrl('uber'));
    if (javaScriptEnabled) {
      // Both steps must keep every node in place: hydration, then the swap to React Flow.
      await hydrated(page);
      await interactive(page);
      await page.waitForTimeout(300); // let React Flow measure and run its fit, so a jump would show
    }
    const boxes = await page.locator('[data-node-id]').evaluateAll((nodes) =>
      nodes.map((node) => {
        const r = node.getBoundingClientRect();
        return [node.getAttribute('data-node-id'), Math.round(r.x), Math.round(r.y), Math.round(r.width)].join(':');
      }),
    );
    await context.close();
    return boxes.sort();
  };
  const before = await positions(false);
  const after = await positions(true);
  expect(before).toHaveLength(23);
  expect(after).toEqual(before);
});

test('no hydration warnings and no console errors on the stack page', async ({ page, consoleErrors }) => {
  await page.goto(stackUrl('uber', 'view=kafka-hub&flow=kafka-to-flink'));
  await expect(page.getByRole('complementary', { name: 'Kafka → Flink' })).toBeVisible();
  // Through the swap too: React Flow mounting must not warn either.
  await interactive(page);
  expect(consoleErrors).toEqual([]);
});
