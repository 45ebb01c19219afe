import { test, expect } from './fixtures';

test('home lists every stack with its counts and technologies, and links to it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('stack-list').getByRole('listitem').filter({ has: page.getByRole('heading') })).toHaveCount(3);
  for (const company of ['Uber', 'Netflix', 'LinkedIn']) {
    await expect(page.getByTestId('stack-list')).toContainText(company);
  }
  await expect(page).toHaveTitle(/Stack Atlas/);
  const uber = page.getByTestId('stack-list').getByRole('listitem').filter({ hasText: 'Uber' });
  // The technology list is introduced for screen readers by the text just before it.
  await expect(uber.getByText("Technologies in Uber's stack:")).toBeAttached();
  await expect(uber.getByRole('listitem').getByRole('link', { name: 'Apache Kafka' })).toHaveAttribute('href', '/tech/kafka/');
  await expect(uber).toContainText("Uber's Big Data Stack");
  await expect(uber).toContainText(/24 components · 39 flows · 2 views/);
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
