/**
 * The diagram has two canvases: the static one in the HTML (it works before React Flow arrives) and
 * React Flow, fetched when the reader reaches for the canvas (hover, press, wheel, touch, key, focus;
 * or long after load) and swapped in. `openOn(page, 'interactive', url)` shows that intent (see
 * `interactive` in selectors.ts). A test reads one of them, never the swap in between:
 * `openOn(page, canvas, url)` opens a page and waits until that canvas is the one showing.
 *
 * The static canvas is pinned by holding back the lazily loaded React Flow chunk (recognised by the
 * same signature the benchmark uses): the request is not answered until the test releases it, so
 * `import()` stays pending and the swap cannot happen, whatever the test clicks.
 */
import { expect, type Page } from '@playwright/test';
import { REACT_FLOW_SIGNATURE } from '../scripts/lib/chunk-signatures';
import { hydrated, interactive, sel } from './selectors';

export type Canvas = 'static' | 'interactive';
export const CANVASES: readonly Canvas[] = ['static', 'interactive'];

/** Holds back every script chunk that contains React Flow, until `release()` (if ever). */
export async function holdReactFlow(page: Page): Promise<{ release(): void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.+\.js(\?.*)?$/, async (route) => {
    try {
      // On a loaded machine the local server sometimes drops a connection: ask again, as the browser would.
      const response = await route.fetch().catch((error) => {
        if (/ECONNRESET|socket hang up/i.test(String(error))) return route.fetch();
        throw error;
      });
      const body = await response.text();
      if (REACT_FLOW_SIGNATURE.pattern.test(body)) await released;
      await route.fulfill({ response, body });
    } catch (error) {
      // The test ended (page closed) while a chunk was held or in flight: nothing is left to deliver it to.
      if (!/disposed|closed|Target page|Test ended/i.test(String(error))) throw error;
    }
  });
  return { release };
}

/** Opens `url` and waits until `canvas` is the diagram's canvas (and React has hydrated it). */
export async function openOn(page: Page, canvas: Canvas, url: string): Promise<void> {
  if (canvas === 'static') await holdReactFlow(page);
  await page.goto(url);
  await waitForCanvas(page, canvas);
}

/** Waits until `canvas` shows (for 'static', `holdReactFlow` must have been called before navigating). */
export async function waitForCanvas(page: Page, canvas: Canvas): Promise<void> {
  if (canvas === 'interactive') return interactive(page);
  await hydrated(page);
  await expect(sel.diagram(page)).toHaveAttribute('data-interactive', 'false');
}

/** An empty point of the canvas's pane (no component, flow, label or control), in page coordinates. */
export const emptyPanePoint = (page: Page) =>
  page.evaluate(() => {
    const pane = document.querySelector('[data-testid="diagram"] .react-flow__pane')!;
    const box = pane.getBoundingClientRect();
    const blocked = '[data-node-id], .react-flow__edge, .react-flow__edgelabel-renderer *, .react-flow__panel, .sa-edge-label';
    for (let gy = 0; gy < 16; gy++)
      for (let gx = 0; gx < 16; gx++) {
        const x = box.left + 40 + ((box.width - 80) * (gx + 0.5)) / 16;
        const y = Math.max(box.top, 0) + 40 + ((Math.min(box.bottom, innerHeight) - Math.max(box.top, 0) - 80) * (gy + 0.5)) / 16;
        const element = document.elementFromPoint(x, y);
        if (element && pane.contains(element) && !element.closest(blocked)) return { x, y };
      }
    throw new Error('no empty point on the pane');
  });

export interface ViewportOnScreen {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The diagram's viewport as drawn: its computed transform. Until the camera first moves, the static
 * canvas's transform is the CSS fit (an expression of the canvas's width, fit-css.ts), numbers after.
 */
export const viewportOf = (page: Page): Promise<ViewportOnScreen> =>
  page.locator('[data-testid="diagram"] .react-flow__viewport').evaluate((element) => {
    const matrix = new DOMMatrix(getComputedStyle(element).transform);
    return { x: matrix.e, y: matrix.f, zoom: matrix.a };
  });
