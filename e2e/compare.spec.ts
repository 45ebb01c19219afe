/** Compare pages: two stacks lined up by layer role, shared technologies marked, links into each stack. */
import { test, expect } from './fixtures';
import { hydrated, sel } from './selectors';
import { loadAllStacks } from '../lib/content/load';

test('Uber vs Netflix: Kafka is in the ingestion row on both sides, marked "in both"', async ({ page }) => {
  await page.goto('/compare/uber/netflix/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uber vs Netflix');
  await expect(page).toHaveTitle(/Uber vs Netflix/);
  const ingestion = page.locator('tr[data-role="ingestion"]');
  await expect(ingestion.getByRole('rowheader')).toContainText('Ingestion');
  const uberKafka = ingestion.locator('[data-side="a"] [data-component-id="kafka"]');
  const netflixKafka = ingestion.locator('[data-side="b"] [data-component-id="fronting-kafka"]');
  for (const item of [uberKafka, netflixKafka]) {
    await expect(item).toHaveAttribute('data-shared', 'true');
    await expect(item).toContainText('in both');
    await expect(item.getByRole('link', { name: 'Apache Kafka' })).toHaveAttribute('href', '/tech/kafka/');
  }
  await expect(page.getByTestId('shared-techs').getByRole('link', { name: 'Apache Kafka' })).toBeVisible();
  // Pinot is Uber's only: listed under "Only Uber", never marked shared.
  await expect(page.getByTestId('only-a')).toContainText('Apache Pinot');
  await expect(page.getByTestId('only-b')).not.toContainText('Apache Pinot');
  await expect(page.locator('[data-side="a"] [data-component-id="pinot"]')).toHaveAttribute('data-shared', 'false');
});

test('rows follow the role vocabulary and every component of both stacks appears exactly once', async ({ page }) => {
  const stacks = await loadAllStacks();
  await page.goto('/compare/netflix/linkedin/');
  const order = ['sources', 'storage', 'ingestion', 'stream-processing', 'batch-processing', 'serving', 'consumers', 'other'];
  const roles = await page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-role')!));
  expect(roles).toEqual([...roles].sort((x, y) => order.indexOf(x) - order.indexOf(y)));
  for (const [side, slug] of [['a', 'netflix'], ['b', 'linkedin']] as const) {
    const ids = await page.locator(`[data-side="${side}"] [data-component-id]`).evaluateAll((items) => items.map((item) => item.getAttribute('data-component-id')!));
    const expected = Object.keys(stacks.find((stack) => stack.meta.slug === slug)!.components);
    expect([...ids].sort()).toEqual([...expected].sort());
  }
});

test('a component link opens its stack with the component selected, in the view that shows it', async ({ page }) => {
  await page.goto('/compare/netflix/uber/');
  // A component first drawn in a later view opens that view.
  await expect(page.locator('[data-side="a"] [data-component-id="mesh-kafka"] a').first()).toHaveAttribute('href', '/stacks/netflix/?view=data-mesh&node=mesh-kafka');
  await page.locator('[data-side="b"] [data-component-id="flink"]').getByRole('link', { name: 'Flink', exact: true }).click();
  await expect(page).toHaveURL(/\/stacks\/uber\/\?node=flink$/);
  await hydrated(page);
  await expect(sel.node(page, 'flink')).toHaveAttribute('data-state', 'selected');
  await expect(sel.panelHeading(page)).toHaveText('Flink');
});

test('"Compare with" from a stack page and from a technology page', async ({ page }) => {
  const stacks = await loadAllStacks();
  const company = new Map(stacks.map((stack) => [stack.meta.slug, stack.meta.company]));
  // Every pair of stacks that run Pinot, each once, in the atlas's order.
  const pinot = stacks.filter((stack) => Object.values(stack.components).some((c) => c.tech === 'pinot')).map((stack) => stack.meta.slug);
  const expectedPairs = pinot.flatMap((a, i) => pinot.slice(i + 1).map((b) => `${company.get(a)} vs ${company.get(b)}`));
  await page.goto('/stacks/linkedin/');
  await page.getByTestId('compare-with').getByRole('link', { name: 'LinkedIn vs Uber' }).click();
  await expect(page).toHaveURL(/\/compare\/linkedin\/uber\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LinkedIn vs Uber');
  await page.getByRole('link', { name: 'Swap sides (Uber first)' }).click();
  await expect(page).toHaveURL(/\/compare\/uber\/linkedin\/$/);

  await page.goto('/tech/pinot/');
  const pairs = page.getByTestId('tech-compare').getByRole('link');
  await expect(pairs).toHaveText(expectedPairs);
  await pairs.filter({ hasText: 'LinkedIn vs Uber' }).click();
  await expect(page).toHaveURL(/\/compare\/linkedin\/uber\/$/);
});

test('an unknown pair is a 404', async ({ page, consoleErrors }) => {
  const response = await page.goto('/compare/uber/no-such-stack/');
  expect(response?.status()).toBe(404);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 404/.test(e)));
});
