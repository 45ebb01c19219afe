import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { hydrated, sel, stackUrl } from './selectors';

const INDEX = /\/search-index\.json$/;

const palette = (page: Page) => page.getByRole('dialog', { name: 'Search the atlas' });
const combobox = (page: Page) => palette(page).getByRole('combobox');
const listbox = (page: Page) => palette(page).getByRole('listbox', { name: 'Results' });
const activeOption = (page: Page) => palette(page).locator('[role="option"][aria-selected="true"]');

/** Counts requests for the index file from now on. */
function countIndexRequests(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('request', (request) => {
    if (INDEX.test(new URL(request.url()).pathname)) seen.count++;
  });
  return seen;
}

/** Waits for the header's button: it appears once the page's JS runs (the shortcut with it). */
const searchButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Search', exact: true });
const ready = (page: Page) => expect(searchButton(page)).toBeVisible();

/** Arrows down until the option with this link is active; returns how many presses it took. */
async function arrowTo(page: Page, href: string): Promise<number> {
  const hrefs = await listbox(page).locator('[role="option"]').evaluateAll((options) => options.map((o) => o.getAttribute('data-href')));
  const index = hrefs.indexOf(href);
  expect(index, `${href} among ${hrefs.join(', ')}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(activeOption(page)).toHaveAttribute('data-href', href);
  return index;
}

test('/ on the home page opens the palette; the index is fetched only then; Enter opens a component on its stack', async ({ page }) => {
  const requests = countIndexRequests(page);
  await page.goto('/');
  await ready(page);
  await page.waitForLoadState('networkidle');
  expect(requests.count, 'index fetched on page load').toBe(0);

  await page.keyboard.press('/');
  await expect(palette(page)).toBeVisible();
  await expect(combobox(page)).toBeFocused();
  await expect.poll(() => requests.count).toBe(1);
  // The "/" that opened the palette is not typed into it.
  await expect(combobox(page)).toHaveValue('');

  await page.keyboard.type('uber kafka');
  await expect(listbox(page)).toBeVisible();
  await expect(combobox(page)).toHaveAttribute('aria-expanded', 'true');
  const components = listbox(page).getByRole('group', { name: 'Components' });
  await expect(components.getByRole('option').first()).toContainText('Kafka');
  await expect(components.getByRole('option').first()).toContainText('Uber');

  // Up from the first option wraps to the last; Down comes back.
  const first = await activeOption(page).getAttribute('id');
  await page.keyboard.press('ArrowUp');
  await expect(activeOption(page)).not.toHaveAttribute('id', first!);
  await page.keyboard.press('ArrowDown');
  await expect(activeOption(page)).toHaveAttribute('id', first!);

  const presses = await arrowTo(page, '/stacks/uber/?node=kafka');
  expect(presses).toBeLessThan(3);
  await expect(combobox(page)).toHaveAttribute('aria-activedescendant', (await activeOption(page).getAttribute('id'))!);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/stacks\/uber\/\?node=kafka$/);
  await expect(palette(page)).toHaveCount(0);
  await expect(sel.panelHeading(page)).toHaveText('Kafka');
  await expect(sel.node(page, 'kafka')).toHaveAttribute('aria-pressed', 'true');
});

test('Ctrl+K on a stack page opens the palette; a typo finds Kafka; a result in another view opens that view', async ({ page }) => {
  const requests = countIndexRequests(page);
  await page.goto(stackUrl('linkedin'));
  await hydrated(page);
  await ready(page);
  expect(requests.count).toBe(0);

  await page.keyboard.press('Control+k');
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.type('kafak');
  const components = listbox(page).getByRole('group', { name: 'Components' });
  await expect(components.getByRole('option').first()).toContainText('Kafka');
  await expect(listbox(page).getByRole('group', { name: 'Technologies' }).getByRole('option', { name: /Apache Kafka/ })).toBeVisible();

  await combobox(page).fill('schema registry');
  await expect(activeOption(page)).toHaveAttribute('data-href', '/stacks/linkedin/?view=kafka-ecosystem&node=schema-registry');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/stacks\/linkedin\/\?view=kafka-ecosystem&node=schema-registry$/);
  await expect(sel.tab(page, 'Kafka Ecosystem')).toHaveAttribute('aria-selected', 'true');
  await expect(sel.panelHeading(page)).toHaveText('Schema Registry');
  // One download per page load, however often the palette opens.
  await page.keyboard.press('/');
  await expect(combobox(page)).toBeFocused();
  expect(requests.count).toBe(1);
});

test('Esc closes the palette and returns focus to where it was; the button opens it too', async ({ page }) => {
  await page.goto('/tech/');
  await ready(page);
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Concepts' });
  await link.focus();
  await page.keyboard.press('/');
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toHaveCount(0);
  await expect(link).toBeFocused();

  const button = searchButton(page);
  await button.click();
  await expect(combobox(page)).toBeFocused();
  // Typing keys do not leave the dialog: "/" here is text, not the shortcut.
  await page.keyboard.type('no/such thing zzzq');
  await expect(palette(page).getByRole('status')).toHaveText('No results for “no/such thing zzzq”');
  await expect(combobox(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(listbox(page)).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('Esc in the palette does not also close the open component beneath it', async ({ page }) => {
  await page.goto(stackUrl('uber', 'node=kafka'));
  await hydrated(page);
  await ready(page);
  await expect(sel.panelHeading(page)).toHaveText('Kafka');
  await page.keyboard.press('Control+k');
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toHaveCount(0);
  await expect(sel.panelHeading(page)).toHaveText('Kafka');
});

test('shows a loading state, an error state with a retry, then results', async ({ page, consoleErrors }) => {
  let fail = true;
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(INDEX, async (route) => {
    await held;
    if (fail) await route.fulfill({ status: 500, body: 'no' });
    else await route.continue();
  });
  await page.goto('/');
  await ready(page);
  await page.keyboard.press('/');
  await expect(palette(page).getByRole('status')).toHaveText('Loading the search index…');
  release();
  await expect(palette(page).getByRole('alert')).toHaveText('The search index could not be loaded.');
  fail = false;
  await palette(page).getByRole('button', { name: 'Try again' }).click();
  await combobox(page).fill('netflix');
  await expect(listbox(page).getByRole('group', { name: 'Stacks' }).getByRole('option').first()).toContainText('Netflix');
  // The failed request is logged by the browser; that is the point of this test.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 500/.test(e)));
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the open palette with results (${scheme}) has no serious or critical violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(stackUrl('uber'));
    await hydrated(page);
    await ready(page);
    await page.keyboard.press('/');
    await combobox(page).fill('kafka');
    await expect(listbox(page).getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    expect(serious).toEqual([]);
  });
}

test('fits a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await ready(page);
  await searchButton(page).click();
  await combobox(page).fill('flink');
  await expect(listbox(page).getByRole('option').first()).toBeVisible();
  const box = (await palette(page).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await listbox(page).getByRole('option').first().click();
  await expect(page).toHaveURL(/\/(stacks|tech)\//);
});
