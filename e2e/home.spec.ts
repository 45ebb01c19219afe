import { test, expect } from './fixtures';
import { loadAllStacks } from '../lib/content/load';

test('home lists every stack with its counts and technologies, and links to it', async ({ page }) => {
  const stacks = await loadAllStacks();
  await page.goto('/');
  await expect(page.getByTestId('stack-list').getByRole('listitem').filter({ has: page.getByRole('heading') })).toHaveCount(stacks.length);
  for (const stack of stacks) await expect(page.getByTestId('stack-list')).toContainText(stack.meta.company);
  const uberStack = stacks.find((stack) => stack.meta.slug === 'uber')!;
  const flows = uberStack.views.reduce((sum, view) => sum + view.flows.length, 0);
  await expect(page).toHaveTitle(/Stack Atlas/);
  const uber = page.getByTestId('stack-list').getByRole('listitem').filter({ hasText: 'Uber' });
  // The technology list is introduced for screen readers by the text just before it.
  await expect(uber.getByText("Technologies in Uber's stack:")).toBeAttached();
  await expect(uber.getByRole('listitem').getByRole('link', { name: 'Apache Kafka' })).toHaveAttribute('href', '/tech/kafka/');
  await expect(uber).toContainText("Uber's Big Data Stack");
  await expect(uber).toContainText(`${Object.keys(uberStack.components).length} components · ${flows} flows · ${uberStack.views.length} views`);
  await uber.getByRole('link', { name: "Uber's Big Data Stack" }).click();
  await expect(page).toHaveURL(/\/stacks\/uber\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Uber's Big Data Stack");
});

test('unknown routes get the 404 page', async ({ page, consoleErrors }) => {
  const response = await page.goto('/stacks/nope/');
  expect(response?.status()).toBe(404);
  // The browser logs the 404 status itself; that one message is expected here.
  expect(consoleErrors).toEqual([expect.stringMatching(/status of 404/)]);
  consoleErrors.length = 0;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not on the map');
  await page.getByRole('link', { name: 'See all stacks' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the technology filter shows only the stacks that use it, in the URL, and All undoes it', async ({ page }) => {
  const stacks = await loadAllStacks();
  const usingKafka = stacks.filter((stack) => Object.values(stack.components).some((c) => c.tech === 'kafka'));
  const usingPinot = stacks.filter((stack) => Object.values(stack.components).some((c) => c.tech === 'pinot'));
  const cards = page.getByTestId('stack-list').getByRole('listitem').filter({ has: page.getByRole('heading') });
  await page.goto('/');
  const filter = page.getByTestId('tech-filter');
  await filter.getByRole('button', { name: /^Apache Pinot/ }).click();
  await expect(filter.getByRole('button', { name: /^Apache Pinot/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(cards).toHaveCount(usingPinot.length);
  await expect(page.getByTestId('stack-count')).toHaveText(`${usingPinot.length} of ${stacks.length} stacks use Apache Pinot.`);
  await expect(page).toHaveURL(/\?tech=pinot$/);
  // A shared link opens filtered.
  await page.goto('/?tech=kafka');
  await expect(cards).toHaveCount(usingKafka.length);
  await filter.getByRole('button', { name: 'All' }).click();
  await expect(cards).toHaveCount(stacks.length);
  await expect(page).toHaveURL(/\/$/);
});
