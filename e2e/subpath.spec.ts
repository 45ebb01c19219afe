import { test, expect } from './fixtures';

/** Runs only in `npm run test:subpath`, against a build with BASE_PATH=/atlas. */
const base = process.env.BASE_PATH ?? '/atlas';

test('the site works under a sub-path: pages, assets, links, diagram and URL state', async ({ page }) => {
  await page.goto(`${base}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stack Atlas');
  await page.getByRole('link', { name: "Uber's Big Data Stack" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/stacks/uber/$`));
  await page.locator('[data-testid="diagram"][data-hydrated="true"]').waitFor();
  await expect(page.locator('[data-node-id]')).toHaveCount(23);
  await page.locator('[data-node-id="kafka"]').click();
  await expect(page).toHaveURL(new RegExp(`${base}/stacks/uber/\\?node=kafka$`));
  await expect(page.getByRole('complementary', { name: 'Kafka' })).toBeVisible();
  await page.getByRole('complementary', { name: 'Kafka' }).getByRole('link', { name: 'Apache Kafka', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/tech/kafka/$`));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Concepts' }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/concepts/$`));
});

test('a deep link under the sub-path restores the view and selection', async ({ page }) => {
  await page.goto(`${base}/stacks/uber/?view=kafka-hub&flow=kafka-to-flink`);
  await expect(page.getByRole('complementary', { name: 'Kafka → Flink' })).toBeVisible();
});

test('search under the sub-path: the index is fetched from it and results open under it', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('search-index.json')) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto(`${base}/tech/`);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Search', exact: true })).toBeVisible();
  await page.keyboard.press('/');
  await page.getByRole('combobox').fill('schema registry');
  await expect(page.getByRole('option').first()).toHaveAttribute('data-href', '/stacks/linkedin/?view=kafka-ecosystem&node=schema-registry');
  expect(fetched).toEqual([`${base}/search-index.json`]);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${base}/stacks/linkedin/\\?view=kafka-ecosystem&node=schema-registry$`));
  await expect(page.getByRole('complementary', { name: 'Schema Registry' })).toBeVisible();
});
