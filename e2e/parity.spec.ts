/**
 * The static first-paint canvas and React Flow draw the same picture: for every view of every stack,
 * the same node boxes, edge paths, label positions and texts, and (nearly) the same pixels.
 *
 * Pixel threshold: at most 0.1% of the canvas's pixels may differ by more than 16 (of 255) in any
 * channel, outside the minimap's corner (only React Flow draws a minimap). Sub-pixel text
 * antialiasing may differ slightly between two paints of the same DOM (measured here: 0 pixels in
 * every view); a node moved by one pixel, a missing label or other controls changes well over 0.1%.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { hydrated, interactive, sel, stackUrl } from './selectors';
import { holdReactFlow } from './canvas';

const MAX_DIFFERING = 0.001;
/** The minimap: 140 x 80 at the bottom right, with React Flow's 15 px panel margin. */
const MINIMAP = { right: 140 + 15 + 4, bottom: 80 + 15 + 4 };

interface Snapshot {
  nodes: string[];
  bands: string[];
  edges: string[];
  labels: string[];
  controls: string[];
  background: string;
}

/** What is drawn, relative to the canvas, rounded to the half pixel. */
function snapshot(canvas: Locator): Promise<Snapshot> {
  return canvas.evaluate((root) => {
    const origin = root.getBoundingClientRect();
    const r = (v: number) => Math.round(v * 2) / 2;
    const box = (el: Element) => {
      const b = el.getBoundingClientRect();
      // Not drawn (a label hidden at a far zoom): no position to compare.
      if (b.width === 0 && b.height === 0) return 'hidden';
      return `${r(b.x - origin.x)},${r(b.y - origin.y)} ${r(b.width)}x${r(b.height)}`;
    };
    const all = (selector: string) => [...root.querySelectorAll(selector)];
    // The dot grid as drawn: its step, where a dot falls within a step and the dots' radius, on
    // screen. The static canvas draws it in diagram space, moved by the CSS fit, until its camera
    // moves; React Flow draws it in screen space. The same dots either way.
    const dots = () => {
      const pattern = root.querySelector('.react-flow__background pattern');
      const fill = root.querySelector('.react-flow__background rect');
      const dot = pattern?.querySelector('circle');
      if (!(pattern instanceof SVGPatternElement) || !(fill instanceof SVGGraphicsElement) || !(dot instanceof SVGCircleElement)) return 'none';
      const tile = DOMMatrix.fromMatrix(fill.getScreenCTM()!).multiply(DOMMatrix.fromMatrix(pattern.patternTransform.baseVal.consolidate()?.matrix ?? new DOMMatrix()));
      const step = { x: tile.a * pattern.width.baseVal.value, y: tile.d * pattern.height.baseVal.value };
      const first = {
        x: tile.a * (pattern.x.baseVal.value + dot.cx.baseVal.value) + tile.e - origin.x,
        y: tile.d * (pattern.y.baseVal.value + dot.cy.baseVal.value) + tile.f - origin.y,
      };
      const phase = (at: number, size: number) => {
        const within = r(((at % size) + size) % size);
        return within >= r(size) ? 0 : within;
      };
      return `every ${r(step.x)}x${r(step.y)} from ${phase(first.x, step.x)},${phase(first.y, step.y)} radius ${r(tile.a * dot.r.baseVal.value)}`;
    };
    return {
      nodes: all('[data-node-id]').map((el) => `${el.getAttribute('data-node-id')} ${box(el)} ${el.getAttribute('data-state')}`).sort(),
      bands: all('.sa-band').map((el) => `${el.textContent} ${box(el)}`).sort(),
      edges: all('.react-flow__edge').map((g) => {
        const path = g.querySelector('.react-flow__edge-path');
        return `${g.getAttribute('data-id')} ${path?.getAttribute('d')} ${g.getAttribute('aria-label')}`;
      }).sort(),
      // A label hidden at far zoom has no box: its position would only say where the page is scrolled.
      labels: all('.sa-edge-label').map((el) => `${el.textContent} ${el.getBoundingClientRect().width ? box(el) : 'hidden'}`).sort(),
      controls: all('.react-flow__controls-button').map((el) => `${el.getAttribute('aria-label')} ${box(el)}`),
      background: dots(),
    };
  });
}

/** The share of pixels that differ, outside the minimap corner; compared in the page with a canvas. */
async function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ({ a, b, minimap }) => {
      // Decoded from bytes, not fetched: the page's CSP allows no data: connections.
      const load = (base64: string) => createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      const [one, two] = await Promise.all([load(a), load(b)]);
      const pixels = (image: ImageBitmap) => {
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      if (one.width !== two.width || one.height !== two.height) return 1;
      const [p, q] = [pixels(one), pixels(two)];
      let differing = 0;
      let counted = 0;
      for (let y = 0; y < one.height; y++) {
        for (let x = 0; x < one.width; x++) {
          if (x >= one.width - minimap.right && y >= one.height - minimap.bottom) continue;
          counted++;
          const i = (y * one.width + x) * 4;
          if (Math.max(Math.abs(p[i]! - q[i]!), Math.abs(p[i + 1]! - q[i + 1]!), Math.abs(p[i + 2]! - q[i + 2]!)) > 16) differing++;
        }
      }
      return differing / counted;
    },
    { a: a.toString('base64'), b: b.toString('base64'), minimap: MINIMAP },
  );
}

/** Every view of every stack, read from the built site (home page list, then each stack's tabs). */
async function allViews(page: Page): Promise<string[]> {
  await page.goto('/');
  const stacks = await page.getByTestId('stack-list').locator('h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const urls: string[] = [];
  for (const stack of stacks) {
    await page.goto(stack);
    const views = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('data-view-id')!));
    if (views.length === 0) urls.push(stack);
    views.forEach((view, index) => urls.push(index === 0 ? stack : `${stack}?view=${view}`));
  }
  return urls;
}

/** Each stack's URL (its first view), from the home page's list. */
async function allStacks(page: Page): Promise<string[]> {
  await page.goto('/');
  return page.getByTestId('stack-list').locator('h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

/** Opens `url` with React Flow held back, snapshots the static canvas, lets React Flow in and compares. */
async function expectSamePicture(page: Page, url: string): Promise<void> {
  await page.unrouteAll({ behavior: 'wait' });
  const gate = await holdReactFlow(page);
  await page.goto(url);
  await hydrated(page);
  const canvas = sel.diagram(page);
  await expect(canvas).toHaveAttribute('data-interactive', 'false');
  await page.evaluate(() => document.fonts.ready);
  // Where the screenshots will see it (taking one scrolls the canvas into view).
  await canvas.scrollIntoViewIfNeeded();
  const before = await snapshot(canvas);
  const beforePixels = await canvas.screenshot({ animations: 'disabled' });
  expect(before.nodes.length, `${url} has nodes`).toBeGreaterThan(0);
  expect(before.edges.length, `${url} has edges`).toBeGreaterThan(0);

  gate.release();
  await interactive(page);
  // React Flow measures nodes, then draws edges: wait for every edge before comparing.
  await expect(canvas.locator('.react-flow__edge')).toHaveCount(before.edges.length);
  await page.waitForTimeout(200);
  const after = await snapshot(canvas);
  const afterPixels = await canvas.screenshot({ animations: 'disabled' });

  expect(after, url).toEqual(before);
  const share = await differingShare(page, beforePixels, afterPixels);
  expect(share, `${url}: share of pixels that differ`).toBeLessThan(MAX_DIFFERING);
}

test('every view draws the same picture before and after React Flow takes over', async ({ page }) => {
  test.setTimeout(120_000);
  const views = await allViews(page);
  expect(views.length).toBeGreaterThanOrEqual(4);
  for (const url of views) await test.step(url, () => expectSamePicture(page, url));
});

/**
 * The same at other window widths, where the diagram column is narrower than the width the layout
 * was made for (or the canvas is the page's width): a representative subset, one test per width so
 * the workers run them side by side.
 */
test.describe('at 1280 x 800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('every stack\'s first view draws the same picture before and after React Flow takes over', async ({ page }) => {
    test.setTimeout(90_000);
    const stacks = await allStacks(page);
    expect(stacks.length).toBeGreaterThanOrEqual(4);
    for (const url of stacks) await test.step(url, () => expectSamePicture(page, url));
  });
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
  // The narrowest window that draws the canvas first; phones (< 640 px) open a layer list, and
  // their Diagram toggle opens the canvas at a readable zoom (e2e/mobile.spec.ts).
  { width: 640, height: 900 },
]) {
  test.describe(`at ${size.width} x ${size.height}`, () => {
    test.use({ viewport: size });
    test('both of Uber\'s views draw the same picture before and after React Flow takes over', async ({ page }) => {
      for (const url of [stackUrl('uber'), stackUrl('uber', 'view=kafka-hub')]) await test.step(url, () => expectSamePicture(page, url));
    });
  });
}
