/** Tracing where a component's data goes and comes from, checked against the closure computed from the model. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CANVASES, openOn } from './canvas';
import { sel, stackUrl } from './selectors';
import { loadAllStacks } from '../lib/content/load';
import { traceFrom, type TraceDirection } from '../lib/model/trace';

async function expected(slug: string, viewIndex: number, node: string, direction: TraceDirection) {
  const stack = (await loadAllStacks()).find((s) => s.meta.slug === slug)!;
  const view = stack.views[viewIndex]!;
  const trace = traceFrom(view.flows, node, direction);
  return Object.fromEntries(
    view.nodes.map(({ id }) => [id, id === node ? 'selected' : trace.downstream.has(id) ? 'downstream' : trace.upstream.has(id) ? 'upstream' : 'dimmed']),
  );
}
const states = (page: Page) =>
  sel.nodes(page).evaluateAll((nodes) => Object.fromEntries(nodes.map((n) => [n.getAttribute('data-node-id'), n.getAttribute('data-state')])));

for (const canvas of CANVASES) {
  test(`${canvas} canvas: tracing from the panel lights the exact closure, and the URL holds it`, async ({ page }) => {
    await openOn(page, canvas, stackUrl('uber', 'node=kafka'));
    const panel = sel.panel(page);
    await panel.getByRole('button', { name: 'Where does its data go?' }).click();
    await expect(page).toHaveURL(/node=kafka&trace=down/);
    await expect(panel.getByRole('button', { name: 'Where does its data go?' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => states(page)).toEqual(await expected('uber', 0, 'kafka', 'down'));
    // The summary counts what the closure holds, split by freshness.
    const down = await expected('uber', 0, 'kafka', 'down');
    const reached = Object.values(down).filter((s) => s === 'downstream').length;
    await expect(panel.getByTestId('trace-down')).toContainText(`Kafka’s data reaches ${reached} components:`);
    await expect(panel.getByTestId('trace-down')).toContainText(/\d+ in real time, \d+ through batch jobs/);
    // Traced components say so in their name.
    await expect(page.getByRole('button', { name: /^Flink, .*downstream of Kafka$/ })).toBeVisible();

    await panel.getByRole('button', { name: 'Where does its data come from?' }).click();
    await expect(page).toHaveURL(/trace=up/);
    await expect.poll(() => states(page)).toEqual(await expected('uber', 0, 'kafka', 'up'));
    // Pressing the pressed one turns the trace off.
    await panel.getByRole('button', { name: 'Where does its data come from?' }).click();
    await expect(page).not.toHaveURL(/trace=/);
    await expect(sel.node(page, 'flink')).toHaveAttribute('data-state', 'neighbour');
  });
}

test('a deep link restores a two-way trace in the second view; Back returns to no trace', async ({ page }) => {
  await page.goto(stackUrl('uber', 'view=kafka-hub&node=flink'));
  await sel.panel(page).getByRole('button', { name: 'Both' }).click();
  await expect(page).toHaveURL(/view=kafka-hub&node=flink&trace=both/);
  await expect.poll(() => states(page)).toEqual(await expected('uber', 1, 'flink', 'both'));
  await page.goBack();
  await expect(sel.node(page, 'flink')).toHaveAttribute('data-state', 'selected');
  await expect(page.locator('[data-state="downstream"], [data-state="upstream"]')).toHaveCount(0);

  await page.goto(stackUrl('uber', 'node=rider-app&trace=down'));
  await expect.poll(() => states(page)).toEqual(await expected('uber', 0, 'rider-app', 'down'));
  await expect(sel.panel(page).getByTestId('trace-down').getByRole('listitem').first()).toContainText('Rider App →');
});

test('a bad trace value gives the quiet notice', async ({ page }) => {
  await page.goto(stackUrl('uber', 'node=kafka&trace=sideways'));
  await expect(sel.status(page)).toContainText('There is no trace “sideways”');
  await expect(sel.node(page, 'kafka')).toHaveAttribute('data-state', 'selected');
});

test('axe: a trace has no serious or critical violations', async ({ page }) => {
  await page.goto(stackUrl('uber', 'node=kafka&trace=both'));
  await expect(sel.panel(page).getByTestId('trace-down')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
