import { test, expect } from './fixtures';
import { hydrated, interactive, sel, stackUrl } from './selectors';

test('every stack renders all its components, in two or more views', async ({ page }) => {
  for (const slug of ['netflix', 'linkedin']) {
    await page.goto(stackUrl(slug));
    await interactive(page);
    await expect(sel.nodes(page).first()).toBeVisible();
    expect(await sel.nodes(page).count()).toBeGreaterThanOrEqual(5);
    expect(await page.getByRole('tab').count()).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeVisible();
  }
});

test('the technology index and a technology page link into every stack that uses it', async ({ page }) => {
  await page.goto('/tech/');
  await page.getByRole('link', { name: 'Apache Kafka' }).click();
  await expect(page).toHaveURL(/\/tech\/kafka\/$/);
  const usages = page.getByTestId('tech-usages');
  for (const company of ['Uber', 'Netflix', 'LinkedIn']) await expect(usages).toContainText(company);
  await expect(usages).toContainText('layer: Ingestion');
  // "Open in <view>" opens the diagram with the component selected.
  await usages.getByRole('listitem').filter({ hasText: 'Uber: Kafka' }).getByRole('link', { name: 'Open in Kafka at the Centre' }).click();
  await expect(page).toHaveURL(/\/stacks\/uber\/\?view=kafka-hub&node=kafka/);
  await expect(page.getByRole('complementary', { name: 'Kafka' })).toBeVisible();
});

test('the component panel links to its technology and to other companies using it', async ({ page }) => {
  await page.goto(stackUrl('uber', 'node=kafka'));
  await hydrated(page);
  const panel = page.getByRole('complementary', { name: 'Kafka' });
  await expect(panel.getByRole('link', { name: 'Apache Kafka', exact: true })).toHaveAttribute('href', '/tech/kafka/');
  await panel.getByRole('link', { name: /^Netflix: / }).first().click();
  await expect(page).toHaveURL(/\/stacks\/netflix\/\?node=/);
  await expect(page.getByRole('complementary').filter({ has: page.locator('#panel-heading') })).toContainText('Apache Kafka');
});

test('a flow’s mode links to its concept page, which lists flows using it', async ({ page }) => {
  await page.goto(stackUrl('uber', 'flow=kafka-to-flink'));
  await page.getByRole('link', { name: 'About stream' }).click();
  await expect(page).toHaveURL(/\/concepts\/stream-processing\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Stream/);
  await expect(page.getByTestId('concept-flows')).toContainText('Uber: Kafka → Flink');
});

test('concepts: the index lists all ten; asynchronous draws the Python app; fire-and-forget shows code', async ({ page }) => {
  await page.goto('/concepts/');
  await expect(page.getByTestId('concept-list').getByRole('listitem')).toHaveCount(10);
  await page.getByRole('link', { name: 'Asynchronous', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Asynchronous');
  await interactive(page);
  await expect(page.getByLabel('Everyday example')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Kafka Producer,/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^HTTP Requester,/ })).toBeVisible();
  await page.getByRole('button', { name: /^Kafka Producer,/ }).click();
  await expect(page.getByRole('complementary', { name: 'Kafka Producer' })).toBeVisible();

  await page.goto('/concepts/fire-and-forget/');
  const code = page.locator('pre code.language-python');
  await expect(code.first()).toContainText('produce(');
  await expect(code.first().locator('.hljs-keyword').first()).toBeVisible();
});

test('the authoring reference documents every element, attribute and mode', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Add a stack' }).click();
  await expect(page).toHaveURL(/\/docs\/authoring\/$/);
  for (const element of ['Diagram', 'Layer', 'Component', 'Flow']) {
    await expect(page.getByRole('heading', { name: `<${element}>` })).toBeVisible();
  }
  for (const mode of ['sync', 'async', 'fire-and-forget', 'stream', 'batch', 'cdc']) {
    // Typography styles wrap inline code in decorative backticks, which count in the accessible name.
    await expect(page.getByRole('table', { name: 'Flow modes' }).getByRole('cell', { name: new RegExp(`^\`?${mode}\`?$`) })).toBeVisible();
  }
  await expect(page.getByRole('table', { name: 'Attributes of Flow' })).toContainText('from');
  await expect(page.getByRole('table', { name: 'Frontmatter fields' })).toContainText('summary');
  await expect(page.getByText('npm run new-stack').first()).toBeVisible();
});
