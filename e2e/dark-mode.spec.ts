import type { Browser } from '@playwright/test';
import { test, expect } from './fixtures';
import { CANVASES, openOn, type Canvas } from './canvas';
import { sel, stackUrl } from './selectors';

/**
 * Dark mode is not only "axe finds no contrast problem": the dark styles must actually apply, to the
 * page, the canvas and its nodes, on both canvases.
 */
const ELEMENTS = {
  body: 'body',
  canvas: '[data-testid="diagram"] .react-flow',
  node: '[data-node-id="kafka"]',
  band: '.sa-band',
} as const;

/** Each element's relative luminance (0 black .. 1 white): its text, and the background it shows. */
type Luminances = Record<keyof typeof ELEMENTS, { background: number; text: number }>;

async function luminances(browser: Browser, colorScheme: 'light' | 'dark', canvas: Canvas): Promise<Luminances> {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await openOn(page, canvas, stackUrl('uber'));
  await expect(sel.node(page, 'kafka')).toBeVisible();
  const result = await page.evaluate((elements) => {
    // Any CSS colour (Tailwind 4 writes lab()) to sRGB bytes, by painting one pixel.
    const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgba = (colour: string) => {
      pixel.clearRect(0, 0, 1, 1);
      pixel.fillStyle = colour;
      pixel.fillRect(0, 0, 1, 1);
      return [...pixel.getImageData(0, 0, 1, 1).data];
    };
    const luminance = ([r, g, b]: number[]) => {
      const linear = (byte: number) => (byte / 255 <= 0.03928 ? byte / 255 / 12.92 : ((byte / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
    };
    const read = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no ${selector}`);
      // A transparent background shows its ancestors': take the first opaque one.
      let background = [0, 0, 0, 0];
      for (let at: Element | null = element; at && background[3] === 0; at = at.parentElement) background = rgba(getComputedStyle(at).backgroundColor);
      return { background: luminance(background), text: luminance(rgba(getComputedStyle(element).color)) };
    };
    return Object.fromEntries(Object.entries(elements).map(([key, selector]) => [key, read(selector)]));
  }, ELEMENTS);
  await context.close();
  return result as Luminances;
}

for (const canvas of CANVASES) {
  test(`${canvas} canvas: dark mode darkens the page, the canvas and its nodes, and lightens their text`, async ({ browser }) => {
    const light = await luminances(browser, 'light', canvas);
    const dark = await luminances(browser, 'dark', canvas);
    for (const key of Object.keys(ELEMENTS) as (keyof typeof ELEMENTS)[]) {
      expect(dark[key].background, `${key}: background darker in dark mode`).toBeLessThan(light[key].background - 0.3);
      expect(dark[key].text, `${key}: text lighter in dark mode`).toBeGreaterThan(light[key].text + 0.3);
      expect(dark[key].text, `${key}: light text on a dark background in dark mode`).toBeGreaterThan(dark[key].background + 0.3);
      expect(light[key].text, `${key}: dark text on a light background in light mode`).toBeLessThan(light[key].background - 0.3);
    }
  });
}
