import { test, expect } from './fixtures';
import { loadAllStacks } from '../lib/content/load';
import { loadTechnologies } from '../lib/content/technologies';

test('home lists every stack with its counts and technologies, and links to it', async ({ page }) => {
  const stacks = await loadAllStacks();
  await page.goto('/');
  await expect(page.getByTestId('stack-list').getByRole('listitem').filter({ has: page.getByRole('heading') })).toHaveCount(stacks.length);
  for (const stack of stacks) await expect(page.getByTestId('stack-list')).toContainText(stack.meta.company);
  const uberStack = stacks.find((stack) => stack.meta.slug === 'uber')!;
  const flows = uberStack.views.reduce((sum, view) => sum + view.flows.length, 0);
  await expect(page).toHaveTitle(/Stack Atlas/);
  const uber = page.getByTestId('stack-list').getByRole('listitem').filter({ has: page.getByRole('link', { name: "Uber's Big Data Stack" }) });
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
  // The most shared technology that not every stack uses (so filtering by it leaves a strict subset):
  // by the page's own ranking it is among the filter's buttons.
  const techs = await loadTechnologies();
  const uses = (id: string) => stacks.filter((stack) => Object.values(stack.components).some((c) => c.tech === id));
  const [some] = techs
    .map((tech) => ({ ...tech, users: uses(tech.id) }))
    .filter((tech) => tech.users.length >= 2 && tech.users.length < stacks.length)
    .sort((a, b) => b.users.length - a.users.length || a.name.localeCompare(b.name));
  expect(some, 'a technology some but not all stacks use').toBeDefined();
  const usingSome = some!.users;
  const name = new RegExp(`^${some!.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  const cards = page.getByTestId('stack-list').getByRole('listitem').filter({ has: page.getByRole('heading') });
  await page.goto('/');
  const filter = page.getByTestId('tech-filter');
  await filter.getByRole('button', { name }).click();
  await expect(filter.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
  await expect(cards).toHaveCount(usingSome.length);
  await expect(page.getByTestId('stack-count')).toHaveText(`${usingSome.length} of ${stacks.length} stacks use ${some!.name}.`);
  await expect(page).toHaveURL(new RegExp(`\\?tech=${some!.id}$`));
  // A shared link opens filtered.
  await page.goto('/');
  await expect(cards).toHaveCount(stacks.length);
  await page.goto(`/?tech=${some!.id}`);
  await expect(cards).toHaveCount(usingSome.length);
  await filter.getByRole('button', { name: 'All' }).click();
  await expect(cards).toHaveCount(stacks.length);
  await expect(page).toHaveURL(/\/$/);
});
