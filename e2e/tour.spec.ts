/** Tours: stepping through a view with the camera following, shareable steps, reading mode, no-JS outline. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CANVASES, openOn, viewportOf } from './canvas';
import { hydrated, sel, stackUrl } from './selectors';
import { loadAllStacks } from '../lib/content/load';

const TOUR = 'follow-a-trip';
async function tourOf(slug: string, id: string) {
  const stack = (await loadAllStacks()).find((s) => s.meta.slug === slug)!;
  for (const view of stack.views) {
    const tour = view.tours.find((t) => t.id === id);
    if (tour) return { tour, view };
  }
  throw new Error(`no tour ${id}`);
}
const states = (page: Page) =>
  sel.nodes(page).evaluateAll((nodes) => Object.fromEntries(nodes.map((n) => [n.getAttribute('data-node-id'), n.getAttribute('data-state')])));
const expectedFocus = (ids: string[], all: string[]) => Object.fromEntries(all.map((id) => [id, ids.includes(id) ? 'focus' : 'dimmed']));

/** Every focused component lies inside the canvas once the camera has settled. */
/** The canvas less what the panel's drawer covers of its right side (wide screens). */
async function freeArea(page: Page) {
  const canvas = (await sel.diagram(page).boundingBox())!;
  const panel = await page.getByTestId('panel').boundingBox();
  const covered = panel && panel.width > 0 && panel.x < canvas.x + canvas.width ? Math.ceil(canvas.x + canvas.width - panel.x) : 0;
  return { ...canvas, width: canvas.width - covered };
}

async function expectFramed(page: Page, ids: string[]) {
  await expect
    .poll(async () => {
      const canvas = await freeArea(page);
      for (const id of ids) {
        const box = (await sel.node(page, id).boundingBox())!;
        if (box.x < canvas.x - 1 || box.y < canvas.y - 1 || box.x + box.width > canvas.x + canvas.width + 1 || box.y + box.height > canvas.y + canvas.height + 1) return false;
      }
      return true;
    })
    .toBe(true);
}

/** The focused components are centred in the canvas: the camera moved to them (a fit of the whole view is not). */
async function expectCentred(page: Page, ids: string[]) {
  await expect
    .poll(async () => {
      const canvas = await freeArea(page);
      const boxes = await Promise.all(ids.map(async (id) => (await sel.node(page, id).boundingBox())!));
      const left = Math.min(...boxes.map((b) => b.x));
      const right = Math.max(...boxes.map((b) => b.x + b.width));
      const top = Math.min(...boxes.map((b) => b.y));
      const bottom = Math.max(...boxes.map((b) => b.y + b.height));
      return Math.round(Math.max(Math.abs((left + right) / 2 - (canvas.x + canvas.width / 2)), Math.abs((top + bottom) / 2 - (canvas.y + canvas.height / 2))));
    })
    .toBeLessThanOrEqual(2);
}

for (const canvas of CANVASES) {
  test(`${canvas} canvas: Next moves the camera to the step's components, Esc fits the view again`, async ({ page }) => {
    const { tour } = await tourOf('uber', TOUR);
    await openOn(page, canvas, stackUrl('uber'));
    // As drawn, rounded: the first fit is CSS (fit-css.ts), the fit after Esc is numbers.
    const viewport = async () => {
      const { x, y, zoom } = await viewportOf(page);
      return `${x.toFixed(1)} ${y.toFixed(1)} ${zoom.toFixed(4)}`;
    };
    const fitted = await viewport();
    await page.getByRole('button', { name: `${tour.title}, ${tour.steps.length} steps` }).click();
    await expectCentred(page, tour.steps[0]!.focus);
    await page.getByRole('button', { name: 'Next' }).click();
    await expectCentred(page, tour.steps[1]!.focus);
    await page.keyboard.press('ArrowRight');
    await expectCentred(page, tour.steps[2]!.focus);
    await page.keyboard.press('Escape');
    await expect.poll(viewport).toBe(fitted);
  });
}

test('start a tour, step with buttons and arrow keys, Back/Forward walk the steps, Esc ends it and returns focus', async ({ page }) => {
  const { tour, view } = await tourOf('uber', TOUR);
  const all = view.nodes.map((n) => n.id);
  await page.goto(stackUrl('uber'));
  await hydrated(page);
  const start = page.getByRole('button', { name: `${tour.title}, ${tour.steps.length} steps` });
  await start.click();
  await expect(page).toHaveURL(new RegExp(`tour=${TOUR}&step=1$`));
  await expect(sel.panelHeading(page)).toHaveText(tour.steps[0]!.title);
  await expect(page.getByTestId('tour-progress')).toHaveText(`${tour.title} · Step 1 of ${tour.steps.length}`);
  await expect(page.getByTestId('tour-announcer')).toHaveText(`Step 1 of ${tour.steps.length}: ${tour.steps[0]!.title}`);
  await expect.poll(() => states(page)).toEqual(expectedFocus(tour.steps[0]!.focus, all));
  await expect(page.getByRole('button', { name: 'Previous' })).toBeDisabled();

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/step=2$/);
  await expect(sel.panelHeading(page)).toHaveText(tour.steps[1]!.title);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/step=3$/);
  await expect.poll(() => states(page)).toEqual(expectedFocus(tour.steps[2]!.focus, all));
  await expectFramed(page, tour.steps[2]!.focus);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/step=2$/);

  await page.goBack();
  await expect(page).toHaveURL(/step=3$/);
  await page.goBack();
  await expect(page).toHaveURL(/step=2$/);
  await page.goForward();
  await expect(sel.panelHeading(page)).toHaveText(tour.steps[2]!.title);

  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/tour=/);
  await expect(page.locator('[data-state="focus"]')).toHaveCount(0);
  await expect(start).toBeFocused();
});

for (const canvas of CANVASES) {
  test(`${canvas} canvas: a deep link to step 3 opens it, framed by the camera`, async ({ page }) => {
    const { tour } = await tourOf('uber', TOUR);
    await openOn(page, canvas, stackUrl('uber', `tour=${TOUR}&step=3`));
    await expect(sel.panelHeading(page)).toHaveText(tour.steps[2]!.title);
    for (const id of tour.steps[2]!.focus) await expect(sel.node(page, id)).toHaveAttribute('data-state', 'focus');
    await expectFramed(page, tour.steps[2]!.focus);
  });
}

test('a component opened during a tour has "Back to the tour"', async ({ page }) => {
  const { tour, view } = await tourOf('uber', TOUR);
  const outside = view.nodes.map((n) => n.id).find((id) => !tour.steps[1]!.focus.includes(id))!;
  await page.goto(stackUrl('uber', `tour=${TOUR}&step=2`));
  await hydrated(page);
  await sel.node(page, outside).click();
  await expect(page).toHaveURL(new RegExp(`tour=${TOUR}&step=2&node=${outside}`));
  await expect(sel.node(page, outside)).toHaveAttribute('data-state', 'selected');
  await sel.panel(page).getByRole('button', { name: /Back to the tour/ }).click();
  await expect(sel.panelHeading(page)).toHaveText(tour.steps[1]!.title);
  await expect(page).toHaveURL(new RegExp(`tour=${TOUR}&step=2$`));
});

test('a bad tour id or step number gives the quiet notice', async ({ page }) => {
  await page.goto(stackUrl('uber', 'tour=no-such-tour'));
  await expect(sel.status(page)).toContainText('There is no tour “no-such-tour”');
  await page.goto(stackUrl('uber', `tour=${TOUR}&step=99`));
  await expect(sel.status(page)).toContainText('has no step “99”; showing step 1');
  await expect(page.getByTestId('tour-progress')).toContainText('Step 1 of');
  // A tour of another view is not found in this one.
  await page.goto(stackUrl('uber', 'view=kafka-hub&tour=follow-a-trip'));
  await expect(sel.status(page)).toContainText('There is no tour “follow-a-trip”');
});

test('reading mode: the step in the middle of the viewport is active and the diagram follows', async ({ page }) => {
  const { tour, view } = await tourOf('uber', TOUR);
  const all = view.nodes.map((n) => n.id);
  await page.goto(stackUrl('uber', `tour=${TOUR}&step=1&read=1`));
  await hydrated(page);
  const article = page.getByTestId('tour-article');
  await expect(article).toBeVisible();
  await expect(article.locator('[data-step="0"]')).toHaveAttribute('aria-current', 'step');
  // Scroll step 4 to the middle of the viewport.
  await article.locator('[data-step="3"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(page).toHaveURL(/step=4&read=1$/);
  await expect(article.locator('[data-step="3"]')).toHaveAttribute('aria-current', 'step');
  await expect.poll(() => states(page)).toEqual(expectedFocus(tour.steps[3]!.focus, all));
  // The diagram stays in view beside the text.
  const box = (await sel.diagram(page).boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(900);
  // Scrolling replaces the history entry rather than adding one per step.
  // Left from where the reader is: a click would scroll the page up to the button first, and the
  // step crossing the middle on the way would become the active one (a race with the click).
  const leave = page.getByRole('button', { name: 'Leave reading mode' });
  await leave.evaluate((button: HTMLElement) => button.focus({ preventScroll: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/step=4$/);
  await expect(sel.panelHeading(page)).toHaveText(tour.steps[3]!.title);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every tour is in the HTML as an ordered list of steps with anchors', async ({ page }) => {
    const { tour } = await tourOf('uber', TOUR);
    await page.goto(stackUrl('uber'));
    const outline = page.getByTestId(`tour-outline-${TOUR}`);
    await outline.locator('summary').click();
    await expect(outline.locator('ol > li')).toHaveCount(tour.steps.length);
    await expect(page.locator(`#tour-${TOUR}-step-1 h3`)).toHaveText(`1. ${tour.steps[0]!.title}`);
    expect(await page.locator(`#tour-${TOUR}-step-1 .sa-prose`).textContent()).toContain(tour.steps[0]!.text.slice(0, 30));
  });
});

test('axe: a tour step and reading mode have no serious or critical violations', async ({ page }) => {
  // Two whole-page axe runs over the stack page: over 30 s on a loaded 2-core machine.
  test.setTimeout(60_000);
  for (const query of [`tour=${TOUR}&step=2`, `tour=${TOUR}&step=2&read=1`]) {
    await page.goto(stackUrl('uber', query));
    await hydrated(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`), query).toEqual([]);
  }
});
