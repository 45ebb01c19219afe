/**
 * Citations, `inferred`, and coverage on the built site (Netflix's Keystone view carries both).
 * Source 3 of the Netflix stack is "Kafka Inside Keystone Pipeline".
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { sel, stackUrl, hydrated } from './selectors';

const KEYSTONE_POST = 'https://medium.com/netflix-techblog/kafka-inside-keystone-pipeline-dd5aeabaf6bb';

test.describe('citations', () => {
  test('a component\'s citation: a numbered link in its prose and an entry in the panel\'s list', async ({ page }) => {
    await page.goto(stackUrl('netflix', 'node=consumer-kafka'));
    await hydrated(page);
    const panel = sel.panel(page);
    await expect(sel.panelHeading(page)).toHaveText('Consumer Kafka');
    // In the prose: the superscript number, named after the source.
    const inline = panel.locator('.sa-prose sup a');
    await expect(inline).toHaveCount(1);
    await expect(inline).toHaveText('[3]');
    await expect(inline).toHaveAccessibleName('Source 3: Kafka Inside Keystone Pipeline');
    // A 14-word quote: linked by its first and last four words, each side percent-encoded.
    await expect(inline).toHaveAttribute(
      'href',
      `${KEYSTONE_POST}#:~:text=Consumer%20Kafka%20clusters%20contain,Samza%20for%20real%2Dtime%20consumers.`,
    );
    // The panel's list: the quote and the same link.
    const list = panel.getByTestId('citations');
    await expect(list.getByRole('heading', { name: 'Cited (1)' })).toBeVisible();
    await expect(list.locator('blockquote')).toHaveText('“Consumer Kafka clusters contain a subset of topics routed by Samza for real-time consumers.”');
    const link = list.getByRole('link', { name: 'Source 3: Kafka Inside Keystone Pipeline' });
    await expect(link).toHaveAttribute('href', (await inline.getAttribute('href'))!);
    await expect(link).toHaveAttribute('target', '_blank');
  });

  test('a flow\'s citation is listed in the panel, with a short quote linked whole', async ({ page }) => {
    await page.goto(stackUrl('netflix', 'flow=netflix-services-to-fronting-kafka'));
    await hydrated(page);
    const list = sel.panel(page).getByTestId('citations');
    await expect(list.locator('li')).toHaveCount(1);
    await expect(list.getByRole('link', { name: 'Source 3: Kafka Inside Keystone Pipeline' })).toHaveAttribute(
      'href',
      `${KEYSTONE_POST}#:~:text=The%20Keystone%20pipeline%20produces%20messages%20asynchronously%20without%20blocking%20applications.`,
    );
    // An element without citations has no list.
    await page.goto(stackUrl('netflix', 'flow=control-plane-to-spaas'));
    await hydrated(page);
    await expect(sel.panelHeading(page)).toBeVisible();
    await expect(sel.panel(page).getByTestId('citations')).toHaveCount(0);
  });

  test('axe: a panel with citations has no serious or critical violations (light and dark)', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(stackUrl('netflix', 'node=fronting-kafka'));
      await hydrated(page);
      await expect(sel.panel(page).getByTestId('citations')).toBeVisible();
      const results = await new AxeBuilder({ page }).include('[data-testid="panel"]').analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
      expect(serious, scheme).toEqual([]);
    }
  });
});

test.describe('inferred', () => {
  test('an inferred flow: marked in the data, ticked across its line, dashed label, named, explained in panel and legend', async ({ page }) => {
    await page.goto(stackUrl('netflix'));
    await hydrated(page);
    const inferred = page.locator('.sa-edge[data-inferred="true"]');
    await expect(inferred).toHaveCount(1);
    const ticks = inferred.locator('path.sa-edge-inferred');
    await expect(ticks).toHaveCount(1);
    // The ticks are a dash pattern of their own, over the mode's line (stream: solid, so no dash there).
    expect(await ticks.evaluate((el) => getComputedStyle(el).strokeDasharray)).toMatch(/^1\.5(px)?,? 9(px)?$/);
    expect(await inferred.locator('path.react-flow__edge-path').evaluate((el) => getComputedStyle(el).strokeDasharray)).toBe('none');
    expect(await inferred.locator('.sa-edge-label rect').getAttribute('stroke-dasharray')).toBe('3 2');
    // A flow that is not inferred has neither.
    const plain = page.locator('.sa-edge:not([data-inferred])').first();
    await expect(plain.locator('path.sa-edge-inferred')).toHaveCount(0);

    const legend = page.getByTestId('legend-inferred-flow');
    await expect(legend).toContainText('Inferred flow');
    await expect(legend).toContainText('the sources do not state it');

    await page.goto(stackUrl('netflix', 'flow=fronting-kafka-to-spaas'));
    await hydrated(page);
    await expect(sel.panel(page).getByTestId('inferred-note')).toHaveText(/^Inferred: this flow is drawn as a reading aid; the sources do not state it\.$/);
    await expect(page.locator('[data-testid="rf__edge-fronting-kafka-to-spaas"]')).toHaveAttribute('aria-label', /, inferred$/);
  });

  test('views without inferred elements have no inferred legend entry', async ({ page }) => {
    await page.goto(stackUrl('uber'));
    await hydrated(page);
    await expect(page.getByTestId('legend-inferred-flow')).toHaveCount(0);
    await expect(page.locator('.sa-edge[data-inferred]')).toHaveCount(0);
  });
});

test.describe('coverage', () => {
  test('each stack page says how many components and flows cite a source, and how many are inferred', async ({ page }) => {
    await page.goto(stackUrl('netflix'));
    await expect(page.getByTestId('coverage')).toHaveText(/^\d+ of \d+ components and \d+ of \d+ flows cite a source; 2 flows are inferred\.$/);
    const text = (await page.getByTestId('coverage').textContent())!;
    const [, citing, total] = /^(\d+) of (\d+) components/.exec(text)!;
    expect(Number(citing)).toBe(2);
    expect(Number(total)).toBeGreaterThan(10);
    await page.goto(stackUrl('uber'));
    await expect(page.getByTestId('coverage')).toHaveText(/^0 of \d+ components and 0 of \d+ flows cite a source\.$/);
  });
});
