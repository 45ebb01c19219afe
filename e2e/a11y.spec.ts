import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CANVASES, holdReactFlow, waitForCanvas, type Canvas } from './canvas';
import { hydrated, stackUrl } from './selectors';

/** axe's serious and critical violations on the page as it is, one line each (rule, help, first targets). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

/**
 * The page in both colour schemes, one load: dark mode is CSS alone (`prefers-color-scheme`, no script
 * reads it), so switching the emulated scheme restyles the same page. Half the loads of a test per scheme.
 */
async function violationsInBothSchemes(page: Page): Promise<{ light: string[]; dark: string[] }> {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await seriousViolations(page);
  const lightBackground = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  // The page really is in its dark styles now (else the second run would check light twice).
  await expect.poll(background).not.toBe(lightBackground);
  const dark = await seriousViolations(page);
  return { light, dark };
}
const NONE = { light: [], dark: [] };

const pages: { name: string; path: string; diagram?: boolean }[] = [
  { name: 'home', path: '/' },
  { name: 'stack, layered view', diagram: true, path: stackUrl('uber') },
  { name: 'stack, Kafka view with a component open', diagram: true, path: stackUrl('uber', 'view=kafka-hub&node=kafka') },
  { name: 'stack with a flow open', diagram: true, path: stackUrl('uber', 'flow=kafka-to-flink') },
  { name: 'Netflix stack', diagram: true, path: stackUrl('netflix') },
  { name: 'LinkedIn stack, second view', diagram: true, path: stackUrl('linkedin', 'view=kafka-ecosystem') },
  { name: 'technology index', path: '/tech/' },
  { name: 'technology page', path: '/tech/kafka/' },
  { name: 'concept index', path: '/concepts/' },
  { name: 'concept page with a diagram', diagram: true, path: '/concepts/asynchronous/' },
  { name: 'concept page with code', path: '/concepts/fire-and-forget/' },
  { name: 'authoring docs', path: '/docs/authoring/' },
  { name: 'compare index', path: '/compare/' },
  { name: 'compare page', path: '/compare/uber/netflix/' },
  { name: '404', path: '/no-such-page/' },
];

// A page with a diagram is checked on each canvas: the static first paint and React Flow.
const runs = pages.flatMap((entry) => (entry.diagram ? CANVASES.map((canvas): Canvas | undefined => canvas) : [undefined]).map((canvas) => ({ ...entry, canvas })));
for (const { name, path, canvas } of runs) {
  test(`axe: ${name}${canvas ? `, ${canvas} canvas` : ''} has no serious or critical violations, light or dark`, async ({ page, consoleErrors }) => {
    if (canvas === 'static') await holdReactFlow(page);
    await page.goto(path);
    // The held-back React Flow chunk keeps the network busy: wait for the canvas instead.
    if (canvas) await waitForCanvas(page, canvas);
    if (canvas !== 'static') await page.waitForLoadState('networkidle');
    expect(await violationsInBothSchemes(page)).toEqual(NONE);
    // A 404 page is served with a 404 status, which the browser logs.
    if (name === '404') consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 404/.test(e)));
  });
}

/** The phone layout: the layer list, the bottom sheet over it, and the canvas the Diagram toggle shows. */
test.describe('phone layout (390 x 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  const phonePages: { name: string; path: string; diagram?: boolean }[] = [
    { name: 'layer list', path: stackUrl('uber') },
    { name: 'layer list with a traced component in the sheet', path: stackUrl('uber', 'node=kafka&trace=down') },
    { name: 'layer list with a flow in the sheet', path: stackUrl('uber', 'flow=kafka-to-flink') },
    { name: 'layer list during a tour', path: stackUrl('uber', 'tour=follow-a-trip&step=2') },
    { name: 'diagram shown by the toggle', path: stackUrl('uber', 'node=kafka'), diagram: true },
  ];
  for (const { name, path, diagram } of phonePages) {
    test(`axe: phone, ${name} has no serious or critical violations, light or dark`, async ({ page }) => {
      await page.goto(path);
      await hydrated(page);
      if (diagram) {
        await page.getByRole('radio', { name: 'Diagram' }).check();
        await waitForCanvas(page, 'interactive');
      }
      await page.waitForLoadState('networkidle');
      expect(await violationsInBothSchemes(page)).toEqual(NONE);
    });
  }
});

/** The tablet and wide layouts: the sheet over the canvas at 768 px, the drawer over it at 1920 px. */
for (const size of [
  { width: 768, height: 1024 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`${size.width} x ${size.height}`, () => {
    test.use({ viewport: size });
    for (const { name, path } of [
      { name: 'stack', path: stackUrl('uber') },
      { name: 'stack with a component open', path: stackUrl('uber', 'node=kafka&trace=down') },
    ]) {
      test(`axe: ${name} at ${size.width} px has no serious or critical violations, light or dark`, async ({ page }) => {
        await page.goto(path);
        await waitForCanvas(page, 'interactive');
        await page.waitForLoadState('networkidle');
        expect(await violationsInBothSchemes(page)).toEqual(NONE);
      });
    }
  });
}
