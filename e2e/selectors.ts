/** Shared selectors: one place to change when markup changes. */
import type { Page } from '@playwright/test';

export const stackUrl = (slug: string, query = '') => `/stacks/${slug}/${query ? `?${query}` : ''}`;

export const sel = {
  diagram: (page: Page) => page.getByTestId('diagram'),
  node: (page: Page, id: string) => page.locator(`[data-node-id="${id}"]`),
  nodes: (page: Page) => page.locator('[data-node-id]'),
  edge: (page: Page, id: string) => page.getByTestId(`rf__edge-${id}`),
  edges: (page: Page) => page.locator('.react-flow__edge'),
  panel: (page: Page) => page.getByRole('complementary', { name: /.+/ }).filter({ has: page.locator('#panel-heading') }),
  panelHeading: (page: Page) => page.locator('#panel-heading'),
  tab: (page: Page, name: string | RegExp) => page.getByRole('tab', { name }),
  status: (page: Page) => page.getByRole('status'),
};

/**
 * Resolves once React has hydrated the diagram (the static HTML says data-hydrated="false"); shown
 * or not (a phone shows the layer list until the Diagram toggle).
 */
export async function hydrated(page: Page): Promise<void> {
  await page.locator('[data-testid="diagram"][data-hydrated="true"]').waitFor({ state: 'attached' });
}

/**
 * Shows intent on the canvas (React Flow loads only then, or long after load) and resolves once React
 * Flow has replaced the static canvas (pan, zoom and the minimap work). The intent is a dispatched
 * `pointerenter`: the real mouse stays where it is, so no hover state changes under the test.
 */
export async function interactive(page: Page): Promise<void> {
  await hydrated(page);
  await page.getByTestId('diagram').dispatchEvent('pointerenter');
  await page.locator('[data-testid="diagram"][data-interactive="true"]').waitFor();
}
