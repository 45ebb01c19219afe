import { createHash } from 'node:crypto';
import { test, expect } from './fixtures';
import { hydrated, interactive, sel, stackUrl } from './selectors';
import { stackModel, uberFirstViewFlows } from './content';


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
    const label = (await stackModel('uber')).views[0]!.flows.find((flow) => flow.mode === 'cdc')!.label;
    await expect(page.locator('.sa-edge-label text', { hasText: label }).first()).toBeVisible();
    await expect(page.locator('.sa-band-title', { hasText: 'Ingestion' })).toBeVisible();
  });
});

/**
 * The HTML alone (no JavaScript) draws every node where React Flow finally shows it, at every
 * window width: the static canvas is fitted to its own width in CSS, React Flow to the measured one.
 */
for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
  // The narrowest window that draws the canvas first; phones (< 640 px) open a layer list, and
  // their Diagram toggle opens the canvas at a readable zoom (e2e/mobile.spec.ts).
  { width: 640, height: 900 },
]) {
  test(`nothing moves when the page hydrates, at ${size.width} x ${size.height}`, async ({ browser }) => {
    const positions = async (javaScriptEnabled: boolean) => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: size });
      const page = await context.newPage();
      await page.goto(stackUrl('uber'));
      if (javaScriptEnabled) {
        // Both steps must keep every node in place: hydration, then the swap to React Flow.
        await hydrated(page);
        await interactive(page);
        await page.waitForTimeout(300); // let React Flow measure and run its fit, so a jump would show
      }
      if (!javaScriptEnabled) {
        // The whole diagram is inside the canvas: fitted to this width, not cropped.
        const canvas = (await sel.diagram(page).boundingBox())!;
        for (const node of await sel.nodes(page).all()) {
          const box = (await node.boundingBox())!;
          expect(box.x, 'node inside the canvas').toBeGreaterThanOrEqual(canvas.x);
          expect(box.y).toBeGreaterThanOrEqual(canvas.y);
          expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
          expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height);
        }
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
}

test('no hydration warnings and no console errors on the stack page', async ({ page, consoleErrors }) => {
  await page.goto(stackUrl('uber', 'view=kafka-hub&flow=kafka-to-flink'));
  await expect(page.getByRole('complementary', { name: 'Kafka → Flink' })).toBeVisible();
  // Through the swap too: React Flow mounting must not warn either.
  await interactive(page);
  expect(consoleErrors).toEqual([]);
});

test('the page paints its diagram before it fetches a script or its payload, then hydrates', async ({ page }) => {
  // The first frame in which every component of the first view is laid out (non-zero boxes).
  await page.addInitScript(() => {
    const check = () => {
      const nodes = [...document.querySelectorAll('button[data-node-id]')];
      if (nodes.length === 23 && nodes.every((node) => node.getBoundingClientRect().width > 0)) (window as unknown as { diagramFrameAt: number }).diagramFrameAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto(stackUrl('uber'));
  await hydrated(page);
  const { frameAt, scripts } = await page.evaluate(() => ({
    frameAt: (window as unknown as { diagramFrameAt?: number }).diagramFrameAt ?? null,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => /\/_next\/static\/chunks\/.+\.js$|\/index\.[0-9a-f]{12}\.txt$/.test(new URL(entry.name).pathname))
      .map((entry) => ({ name: new URL(entry.name).pathname, startTime: entry.startTime })),
  }));
  expect(frameAt).not.toBeNull();
  expect(scripts.length).toBeGreaterThan(1);
  // scripts/flight-data.mjs: the payload is not in the HTML; the loader fetches the route's file for it.
  expect(scripts.map((script) => script.name).filter((name) => name.endsWith('.txt'))).toHaveLength(1);
  // scripts/defer-scripts.mjs: no framework script, nor the payload, is requested before the diagram's first frame.
  for (const script of scripts) expect(script.startTime, script.name).toBeGreaterThanOrEqual(frameAt!);
});

test('the stack page carries its server-component payload once, as the file the loader fetches', async ({ request }) => {
  const html = await (await request.get(stackUrl('uber'))).text();
  const payload = await request.get(`${stackUrl('uber')}index.txt`);
  expect(payload.ok()).toBe(true);
  const text = await payload.text();
  expect(text.length).toBeGreaterThan(10_000);
  expect(html).not.toContain('self.__next_f.push([1,');
  // A copy named by a hash of its text, so a page from another build never gets this one's payload.
  const version = createHash('sha256').update(text).digest('hex').slice(0, 12);
  expect(html).toContain(`,f="/stacks/uber/index.${version}.txt"`);
  expect(await (await request.get(`${stackUrl('uber')}index.${version}.txt`)).text()).toBe(text);
});
