import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { hydrated, sel, stackUrl } from './selectors';

/** Clicks a download button (or presses Enter on it) and returns the file's name and bytes. */
async function download(page: Page, kind: 'SVG' | 'PNG', how: 'click' | 'keyboard' = 'click'): Promise<{ name: string; bytes: Buffer }> {
  const button = page.getByRole('button', { name: `Download ${kind}` });
  const waiting = page.waitForEvent('download');
  if (how === 'keyboard') {
    await button.focus();
    await page.keyboard.press('Enter');
  } else await button.click();
  const file: Download = await waiting;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** What the page's diagram shows: each component's label and state, each flow label and state. */
async function diagramOnPage(page: Page) {
  return page.evaluate(() => {
    const diagram = document.querySelector('[data-testid="diagram"]')!;
    return {
      nodes: Object.fromEntries(
        [...diagram.querySelectorAll<HTMLElement>('[data-node-id]')].map((node) => [
          node.dataset.nodeId!,
          { label: node.querySelector('.sa-node-label')!.textContent!, state: node.dataset.state! },
        ]),
      ),
      flows: [...diagram.querySelectorAll('.react-flow__edge')].map((edge) => ({
        id: edge.getAttribute('data-id')!,
        label: edge.querySelector('.sa-edge-label text')!.textContent!,
        state: edge.querySelector('.sa-edge')!.getAttribute('data-state')!,
      })),
    };
  });
}

/** The downloaded SVG, parsed by the browser's DOMParser: parse errors, labels and states. */
async function parsedInPage(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const words = (element: Element) => [...element.querySelectorAll('tspan')].map((span) => span.textContent).join(' ');
    return {
      error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
      root: root.localName,
      namespace: root.namespaceURI,
      viewBox: root.getAttribute('viewBox'),
      text: root.textContent ?? '',
      nodes: Object.fromEntries(
        [...root.querySelectorAll('g.sa-node')].map((node) => [
          node.getAttribute('data-node-id')!,
          { label: words(node.querySelector('text.sa-node-label')!), state: node.getAttribute('data-state')! },
        ]),
      ),
      flows: [...root.querySelectorAll('g.sa-edge')].map((edge) => ({
        id: edge.getAttribute('data-flow-id')!,
        label: edge.querySelector('.sa-edge-label text')!.textContent!,
        state: edge.getAttribute('data-state')!,
      })),
    };
  }, svg);
}

test.describe('export', () => {
  test('SVG export parses and holds every label of the view', async ({ page }) => {
    await page.goto(stackUrl('uber'));
    await hydrated(page);
    const onPage = await diagramOnPage(page);
    expect(Object.keys(onPage.nodes).length).toBeGreaterThan(5);
    expect(onPage.flows.length).toBeGreaterThan(5);

    const file = await download(page, 'SVG');
    const view = await sel.diagram(page).getAttribute('data-view');
    expect(file.name).toBe(`uber-${view}.svg`);
    const parsed = await parsedInPage(page, file.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.namespace).toBe('http://www.w3.org/2000/svg');
    expect(parsed.viewBox).toMatch(/^0 0 \d+ \d+$/);

    // Every component and flow label the page shows, drawn by the file (wrapped lines rejoined).
    for (const [id, node] of Object.entries(onPage.nodes)) expect(parsed.nodes[id]?.label, id).toBe(node.label);
    expect(Object.keys(parsed.nodes).sort()).toEqual(Object.keys(onPage.nodes).sort());
    expect(parsed.flows.map((flow) => `${flow.id}: ${flow.label}`).sort()).toEqual(onPage.flows.map((flow) => `${flow.id}: ${flow.label}`).sort());
    for (const node of Object.values(parsed.nodes)) expect(node.state).toBe('idle');
    // The title, the legend and the sources line.
    expect(parsed.text).toContain(await page.getByRole('heading', { level: 1 }).innerText());
    expect(parsed.text).toContain('How data moves');
    expect(parsed.text).toContain('Sources:');
  });

  test('the export marks the traced state the canvas shows', async ({ page }) => {
    await page.goto(stackUrl('uber', 'node=kafka&trace=down'));
    await hydrated(page);
    const onPage = await diagramOnPage(page);
    expect(onPage.nodes.kafka?.state).toBe('selected');
    const file = await download(page, 'SVG', 'keyboard');
    const parsed = await parsedInPage(page, file.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(Object.fromEntries(Object.entries(parsed.nodes).map(([id, node]) => [id, node.state]))).toEqual(
      Object.fromEntries(Object.entries(onPage.nodes).map(([id, node]) => [id, node.state])),
    );
    expect(Object.fromEntries(parsed.flows.map((flow) => [flow.id, flow.state]))).toEqual(Object.fromEntries(onPage.flows.map((flow) => [flow.id, flow.state])));
    expect(parsed.nodes.kafka?.state).toBe('selected');
    expect(Object.values(parsed.nodes).map((node) => node.state)).toEqual(expect.arrayContaining(['downstream', 'dimmed']));
    expect(parsed.text).toContain('Traced downstream of Kafka');
  });

  test('Download PNG gives a PNG of non-trivial size', async ({ page }) => {
    await page.goto(stackUrl('uber', 'view=kafka-hub'));
    await hydrated(page);
    const file = await download(page, 'PNG');
    expect(file.name).toBe('uber-kafka-hub.png');
    expect([...file.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(file.bytes.length).toBeGreaterThan(20_000);
    // Drawn at twice the SVG's size: the IHDR width is at least twice the diagram's laid-out width.
    const width = file.bytes.readUInt32BE(16);
    expect(width).toBeGreaterThan(1000);
  });

  test('the buttons are keyboard reachable and load the export code only when used', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.goto(stackUrl('uber'));
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    const group = page.getByRole('group', { name: /^Download the .+ view$/ });
    await expect(group.getByRole('button', { name: 'Download SVG' })).toBeVisible();
    await expect(group.getByRole('button', { name: 'Download PNG' })).toBeVisible();
    // Tab from the SVG button reaches the PNG button.
    await group.getByRole('button', { name: 'Download SVG' }).focus();
    await page.keyboard.press('Tab');
    await expect(group.getByRole('button', { name: 'Download PNG' })).toBeFocused();
    const before = scripts.length;
    await download(page, 'SVG');
    // The click fetched at least one more chunk: the builder was not in the page's JS.
    expect(scripts.length).toBeGreaterThan(before);
  });
});
