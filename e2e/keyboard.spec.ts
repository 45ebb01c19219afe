import { test, expect } from './fixtures';
import { CANVASES, openOn } from './canvas';
import { interactive, sel, stackUrl } from './selectors';
import { uberFirstViewFlows } from './content';


for (const canvas of CANVASES) {
  test(`${canvas} canvas: Tab reaches components in layer order; Enter opens, Esc closes and returns focus`, async ({ page }) => {
    await openOn(page, canvas, stackUrl('uber'));
    await sel.tab(page, 'Big Data Stack').focus();
    // The tablist is one stop, then the view's tours (in reading order, above the diagram)...
    const tourStops = await page.locator('section[aria-labelledby="tours-heading"] button:visible').count();
    expect(tourStops).toBeGreaterThan(0);
    for (let i = 0; i < tourStops; i++) await page.keyboard.press('Tab');
    await expect(page.locator('section[aria-labelledby="tours-heading"] button:visible').last()).toBeFocused();
    // ...then the view's toolbar (full screen, downloads), just above the diagram...
    for (const name of ['Full screen', 'Download SVG', 'Download PNG']) {
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name })).toBeFocused();
    }
    // ...then the components, layer by layer, top to bottom.
    const expected = ['rider-app', 'driver-app', 'api-services', 'cassandra', 'schemaless', 'mysql', 'kafka', 'hadoop', 'amazon-s3', 'flink'];
    const reached: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      reached.push((await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'))) ?? '');
    }
    expect(reached).toEqual(expected);

    // Focus on Flink is visible (an outline is drawn).
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');

    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: 'Flink' })).toBeVisible();
    await expect(sel.node(page, 'flink')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary', { name: 'Flink' })).toHaveCount(0);
    await expect(sel.node(page, 'flink')).toBeFocused();

    await page.keyboard.press('Space');
    await expect(page.getByRole('complementary', { name: 'Flink' })).toBeVisible();
  });
}

test('a flow is reachable and operable from the keyboard, and Esc returns focus', async ({ page }) => {
  await page.goto(stackUrl('uber'));
  await interactive(page);
  await page.getByText(new RegExp(`All ${await uberFirstViewFlows()} flows in this view`)).focus();
  await page.keyboard.press('Enter');
  const link = page.getByRole('button', { name: /Kafka → Flink/ }).first();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Kafka → Flink' })).toBeVisible();
  await expect(sel.panelHeading(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: 'Kafka → Flink' })).toHaveCount(0);
  await expect(link).toBeFocused();
});

test('the view tabs work with arrow keys', async ({ page }) => {
  await page.goto(stackUrl('uber'));
  await interactive(page);
  await sel.tab(page, 'Big Data Stack').focus();
  await page.keyboard.press('ArrowRight');
  await expect(sel.tab(page, 'Kafka at the Centre')).toBeFocused();
  await expect(sel.tab(page, 'Kafka at the Centre')).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/view=kafka-hub/);
});

for (const canvas of CANVASES) {
  test(`${canvas} canvas: every node and edge has a real accessible name`, async ({ page }) => {
    await openOn(page, canvas, stackUrl('uber'));
    await expect(sel.node(page, 'kafka')).toHaveAccessibleName(/^Kafka, Ingestion, \d+ incoming and \d+ outgoing flows$/);
    const names = await page.locator('.react-flow__edge').evaluateAll((edges) => edges.map((edge) => edge.getAttribute('aria-label') ?? ''));
    expect(names).toHaveLength(await uberFirstViewFlows());
    for (const name of names) expect(name).toMatch(/^Flow from .+ to .+: .+/);
  });
}
