import { test, expect } from './fixtures';
import { CANVASES, openOn } from './canvas';
import { interactive, sel, stackUrl } from './selectors';
import { uberFirstViewFlows } from './content';


const BIG_DATA_LAYERS: Record<string, string[]> = {
  Sources: ['Rider App', 'Driver App', 'API/Services'],
  Databases: ['Cassandra', 'Schemaless', 'MySQL'],
  Ingestion: ['Kafka', 'Hadoop', 'Amazon S3'],
  'Processing & Analytics': ['Flink', 'Presto', 'Pinot', 'ELK', 'Spark', 'Hive'],
  'End Applications': [
    'Micro-Services',
    'Mobile App',
    'Streaming Analytics & Processing',
    'Machine Learning',
    'ETL & Applications Data Science',
    'Ad-hoc Exploration',
    'Analytics Reporting',
    'Debugging',
  ],
};

test('all 23 components render in their layers, left to right', async ({ page }) => {
  await page.goto(stackUrl('uber'));
  // Measure the settled canvas, not one being swapped for React Flow.
  await interactive(page);
  await expect(sel.nodes(page)).toHaveCount(23);
  let previousRight = -Infinity;
  for (const [layer, labels] of Object.entries(BIG_DATA_LAYERS)) {
    await expect(page.locator('.sa-band-title', { hasText: layer })).toBeVisible();
    const boxes = [];
    for (const label of labels) {
      const node = page.getByRole('button', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, ${layer}`) });
      await expect(node).toBeVisible();
      boxes.push((await node.boundingBox())!);
    }
    const left = Math.min(...boxes.map((b) => b.x));
    expect(left, `${layer} starts right of the previous layer`).toBeGreaterThan(previousRight);
    previousRight = Math.max(...boxes.map((b) => b.x + b.width));
    const ys = boxes.map((b) => b.y);
    expect(ys, `${layer} keeps the file's order top to bottom`).toEqual([...ys].sort((a, b) => a - b));
  }
  await expect(sel.edges(page)).toHaveCount(await uberFirstViewFlows());
});

for (const canvas of CANVASES) {
  test(`${canvas} canvas: clicking Kafka opens its panel with flows and sources; Esc closes it`, async ({ page }) => {
    await openOn(page, canvas, stackUrl('uber'));
    await sel.node(page, 'kafka').click();
    const panel = page.getByRole('complementary', { name: 'Kafka' });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('Layer: Ingestion');
    await expect(panel).toContainText('publish-subscribe');
    await expect(panel.getByRole('heading', { name: /Incoming flows \(\d+\)/ })).toBeVisible();
    await expect(panel.getByRole('link', { name: 'Presto on Apache Kafka at Uber Scale (opens in a new tab)' })).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page).toHaveURL(/[?&]node=kafka/);
    // Neighbours lit, the rest dimmed.
    await expect(sel.node(page, 'kafka')).toHaveAttribute('data-state', 'selected');
    await expect(sel.node(page, 'flink')).toHaveAttribute('data-state', 'neighbour');
    await expect(sel.node(page, 'debugging')).toHaveAttribute('data-state', 'dimmed');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary', { name: 'Kafka' })).toHaveCount(0);
    await expect(page).not.toHaveURL(/node=/);
  });

  test(`${canvas} canvas: clicking a flow opens its panel with mode and explanation`, async ({ page }) => {
    await openOn(page, canvas, stackUrl('uber'));
    await sel.edge(page, 'kafka-to-flink').locator('.sa-edge-label').click();
    const panel = page.getByRole('complementary', { name: 'Kafka → Flink' });
    await expect(panel).toBeVisible();
    await expect(panel.getByTestId('flow-mode')).toContainText('Stream');
    await expect(panel.getByTestId('flow-mode')).toContainText('handled one by one');
    await expect(page).toHaveURL(/[?&]flow=kafka-to-flink/);
    // Its ends are links that select them.
    await panel.getByRole('button', { name: 'Flink' }).click();
    await expect(page.getByRole('complementary', { name: 'Flink' })).toBeVisible();
    await expect(sel.panelHeading(page)).toBeFocused();
  });
}

test('a click paints the panel’s heading and explanation at once, and its lists a frame later', async ({ page }) => {
  await openOn(page, 'static', stackUrl('uber'));
  // What the panel held when its heading first read the name (the frame the reader sees first).
  await page.evaluate(() => {
    const observer = new MutationObserver(() => {
      const panel = document.querySelector('[data-testid="panel"]');
      if (document.getElementById('panel-heading')?.textContent !== 'Kafka' || !panel) return;
      observer.disconnect();
      (window as unknown as { firstPanel: object }).firstPanel = {
        complete: panel.getAttribute('data-complete'),
        prose: panel.querySelector('.sa-prose')?.textContent ?? '',
        layer: panel.textContent?.includes('Layer: Ingestion'),
        sourcesShown: Boolean(panel.querySelector<HTMLElement>('section[aria-label="Sources"]')?.offsetParent),
        subheadings: [...panel.querySelectorAll('h3')].filter((h) => (h as HTMLElement).offsetParent).map((h) => h.textContent),
      };
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await sel.node(page, 'kafka').click();
  const panel = page.getByRole('complementary', { name: 'Kafka' });
  await expect(panel).toHaveAttribute('data-complete', 'true');
  const first = await page.evaluate(
    () => (window as unknown as { firstPanel: { complete: string; prose: string; layer: boolean; sourcesShown: boolean; subheadings: string[] } }).firstPanel,
  );
  // The lists are not in that frame: no flow, citation or sources heading shows yet.
  expect(first).toMatchObject({ complete: 'false', layer: true, sourcesShown: false, subheadings: [] });
  expect(first.prose).toContain('publish-subscribe');
  // Then everything: flows, citations and the stack's sources.
  await expect(panel.getByRole('heading', { name: /Outgoing flows \(\d+\)/ })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Sources' })).toBeAttached();
  await expect(panel.getByRole('region', { name: 'Sources' })).not.toHaveAttribute('hidden');
});

test('a flow link in the component panel selects the flow, and Back returns', async ({ page }) => {
  await page.goto(stackUrl('uber', 'node=rider-app'));
  await interactive(page);
  const panel = page.getByRole('complementary', { name: 'Rider App' });
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: /Rider App → Kafka/ }).click();
  await expect(page.getByRole('complementary', { name: 'Rider App → Kafka' })).toBeVisible();
  // The history entry is written just after the frame that shows the panel (use-url-state.ts).
  await expect(page).toHaveURL(/[?&]flow=/);
  await page.goBack();
  await expect(page.getByRole('complementary', { name: 'Rider App' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('complementary', { name: 'Rider App → Kafka' })).toBeVisible();
});

for (const canvas of CANVASES) {
  test(`${canvas} canvas: a deep link opens the view and the selection it names`, async ({ page }) => {
    await openOn(page, canvas, stackUrl('uber', 'view=kafka-hub&node=kafka'));
    await expect(sel.tab(page, 'Kafka at the Centre')).toHaveAttribute('aria-selected', 'true');
    await expect(sel.diagram(page)).toHaveAttribute('data-view', 'kafka-hub');
    await expect(page.getByRole('complementary', { name: 'Kafka' })).toContainText('Layer: Kafka Clusters');
    await expect(sel.node(page, 'kafka')).toHaveAccessibleName('Kafka, Kafka Clusters, 3 incoming and 9 outgoing flows');
  });

  test(`${canvas} canvas: the view switch changes the diagram and the URL, keeping a shared selection`, async ({ page }) => {
    await openOn(page, canvas, stackUrl('uber', 'node=kafka'));
    await sel.tab(page, 'Kafka at the Centre').click();
    await expect(page).toHaveURL(/view=kafka-hub/);
    await expect(page).toHaveURL(/node=kafka/);
    await expect(sel.nodes(page)).toHaveCount(13);
    await expect(page.getByRole('button', { name: /^Real-time Analytics, Alerts & Dashboards/ })).toBeVisible();
    await sel.tab(page, 'Big Data Stack').click();
    await expect(sel.nodes(page)).toHaveCount(23);
    await expect(page).not.toHaveURL(/view=/);
  });
}

test('unknown ids in the URL give a quiet notice, not a crash', async ({ page }) => {
  await page.goto(stackUrl('uber', 'view=nope&node=kafkaa'));
  await interactive(page);
  await expect(sel.status(page)).toContainText('There is no view “nope”');
  await expect(sel.status(page)).toContainText('There is no component “kafkaa”');
  await expect(sel.nodes(page)).toHaveCount(23);
  // Nothing selected: no panel, and the hint under the diagram says how to open one.
  await expect(sel.panel(page)).toBeHidden();
  await expect(page.getByTestId('explore-hint')).toBeVisible();
});

test('the wheel scrolls the page over the diagram; Ctrl+wheel zooms it', async ({ page }) => {
  await page.goto(stackUrl('uber'));
  await interactive(page);
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  const box = (await sel.diagram(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(await viewport.getAttribute('style')).toBe(before);
  // The page moved under the pointer: aim at the diagram again.
  const moved = (await sel.diagram(page).boundingBox())!;
  await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect.poll(() => viewport.getAttribute('style')).not.toBe(before);
});

test('zoom controls and the minimap are there', async ({ page }) => {
  await page.goto(stackUrl('uber'));
  await interactive(page);
  await expect(page.getByRole('button', { name: /zoom in/i })).toBeVisible();
  await expect(page.getByRole('button', { name: /fit view/i })).toBeVisible();
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
});

test('flow labels hide when zoomed too far out to read, and come back on zooming in', async ({ page }) => {
  await page.goto(stackUrl('uber'));
  await interactive(page);
  const label = page.locator('.sa-edge-label').first();
  await expect(label).toBeVisible();
  const zoomOut = page.getByRole('button', { name: 'Zoom Out' });
  // However far the fit is zoomed, a few steps out reach the far zoom (the minimum is far below it).
  for (let i = 0; i < 8 && (await sel.diagram(page).getAttribute('data-far')) !== 'true'; i++) await zoomOut.click();
  await expect(sel.diagram(page)).toHaveAttribute('data-far', 'true');
  await expect(label).toBeHidden();
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expect(sel.diagram(page)).toHaveAttribute('data-far', 'false');
  await expect(label).toBeVisible();
});
