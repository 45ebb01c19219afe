/**
 * Wide screens: the diagram is the page's subject. It fills most of the first viewport and the
 * content width, its text is readable at the fitted zoom, the panel opens as a drawer over it
 * (the canvas keeps its size, the selection stays in sight) and a full-screen toggle shows the
 * diagram with its panel on the whole screen.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CANVASES, openOn } from './canvas';
import { hydrated, interactive, sel, stackUrl } from './selectors';
import { loadAllStacks } from '../lib/content/load';

/** The canvas's box, and how much of it the first viewport shows. */
const canvasBox = async (page: Page) => {
  const box = (await sel.diagram(page).boundingBox())!;
  const inFirst = Math.min(box.y + box.height, page.viewportSize()!.height) - Math.max(box.y, 0);
  return { ...box, inFirst };
};

/** Rendered text size of an element inside the diagram: its font size times the viewport's zoom. */
const effectiveSize = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const viewport = el.closest('.react-flow__viewport')!;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    return parseFloat(getComputedStyle(el).fontSize) * zoom;
  });

/** Uber's first view's rightmost component: the one a drawer on the right would cover. */
const rightmost = async () => {
  const view = (await loadAllStacks()).find((stack) => stack.meta.slug === 'uber')!.views[0]!;
  return view.nodes.reduce((a, b) => (b.x + b.width > a.x + a.width ? b : a)).id;
};

for (const size of [
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${size.width} x ${size.height}`, () => {
    test.use({ viewport: size });

    test('the diagram fills at least half the first viewport and the content width', async ({ page }) => {
      await page.goto(stackUrl('uber'));
      await hydrated(page);
      const box = await canvasBox(page);
      expect(box.inFirst).toBeGreaterThanOrEqual(size.height / 2);
      // The content column: the article the canvas sits in (the canvas is at most 1392 px wide).
      const article = (await page.locator('main article').boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(Math.min(article.width, 1392) - 2);
      // The introduction is folded under a one-line lead, and opens.
      await expect(page.getByTestId('stack-summary')).toBeVisible();
      const intro = page.getByTestId('stack-intro');
      await expect(intro.locator('.sa-prose')).toBeHidden();
      await intro.locator('summary').click();
      await expect(intro.locator('.sa-prose')).toBeVisible();
    });

    for (const canvas of CANVASES) {
      test(`${canvas} canvas: opening a component leaves the canvas as it was and the component uncovered`, async ({ page }) => {
        const id = await rightmost();
        await openOn(page, canvas, stackUrl('uber'));
        const before = await canvasBox(page);
        await sel.node(page, id).click();
        await expect(sel.panel(page)).toBeVisible();
        expect(await canvasBox(page)).toEqual(before);
        await expect
          .poll(async () => {
            const node = (await sel.node(page, id).boundingBox())!;
            const panel = (await sel.panel(page).boundingBox())!;
            return node.x + node.width <= panel.x && node.x >= before.x;
          })
          .toBe(true);
      });
    }
  });
}

test('Uber at 1440 x 900: components at 12 px or more and flow labels at 10 px or more at the fitted zoom', async ({ page }) => {
  await page.goto(stackUrl('uber'));
  await interactive(page);
  expect(await effectiveSize(page, '.sa-node')).toBeGreaterThanOrEqual(12);
  expect(await effectiveSize(page, '.sa-edge-label text')).toBeGreaterThanOrEqual(10);
});

test('Uber at 1440 x 900: no two flow labels overlap', async ({ page }) => {
  await page.goto(stackUrl('uber'));
  await interactive(page);
  const boxes = await page.locator('.sa-edge-label rect').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes.length).toBeGreaterThan(10);
  const overlapping: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b, j) => {
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1) overlapping.push(`${i}/${i + j + 1}`);
    }),
  );
  expect(overlapping).toEqual([]);
});

test('the full-screen toggle shows the diagram with its panel on the whole screen; the button leaves', async ({ page }) => {
  await page.goto(stackUrl('uber', 'node=kafka'));
  await hydrated(page);
  const toggle = page.getByTestId('fullscreen');
  await expect(toggle).toHaveAccessibleName('Full screen');
  await toggle.click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.contains(document.querySelector('[data-testid="diagram"]')) ?? false)).toBe(true);
  await expect(page.evaluate(() => document.fullscreenElement?.contains(document.querySelector('[data-testid="panel"]')))).resolves.toBe(true);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveAccessibleName('Exit full screen');
  await toggle.click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});
