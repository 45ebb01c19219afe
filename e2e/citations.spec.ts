/**
 * Citations, `inferred`, and coverage on the built site. The elements under test are picked from
 * the content model (the first that fits), so the spec holds as stacks are written and corrected;
 * what the page shows is checked against the source list and the quote itself.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { sel, stackUrl, hydrated } from './selectors';
import { loadAllStacks } from '../lib/content/load';
import { coverage, coverageSentence } from '../lib/model/coverage';
import { LONG_QUOTE_WORDS, RANGE_WORDS } from '../lib/model/text-fragment';

const stacks = await loadAllStacks();
const words = (text: string) => text.trim().split(/\s+/);

/** Reads a `#:~:text=` link back into its terms, to check it against the quote it was made from. */
function fragmentTerms(href: string): string[] {
  const [, directive] = href.split('#:~:text=');
  return directive!.split(',').map((term) => decodeURIComponent(term));
}

function sourceOf(slug: string, id: string) {
  const stack = stacks.find((s) => s.meta.slug === slug)!;
  const index = stack.meta.sources.findIndex((source) => source.id === id);
  return { number: index + 1, ...stack.meta.sources[index]! };
}

/** A component in a stack's first view whose single citation quotes more than LONG_QUOTE_WORDS words. */
const longCited = stacks
  .flatMap((stack) => stack.views[0]!.nodes.map((node) => ({ slug: stack.meta.slug, component: stack.components[node.id]! })))
  .find(({ component }) => component.citations.length === 1 && words(component.citations[0]!.quote).length > LONG_QUOTE_WORDS)!;

/** A cited flow and an uncited (inferred) flow in some stack's first view. */
const firstViewFlows = stacks.flatMap((stack) => stack.views[0]!.flows.map((flow) => ({ slug: stack.meta.slug, flow })));
const citedFlow = firstViewFlows.find(({ flow }) => flow.citations.length === 1 && words(flow.citations[0]!.quote).length <= LONG_QUOTE_WORDS)!;
const uncitedFlow = firstViewFlows.find(({ flow }) => flow.citations.length === 0)!;

/** The first stack whose first view draws inferred flows, and one whose first view draws none. */
const inferredView = stacks.find((stack) => stack.views[0]!.flows.some((flow) => flow.inferred))!;
const plainView = stacks.find((stack) => stack.views[0]!.flows.every((flow) => !flow.inferred));

test.describe('citations', () => {
  test('a component\'s citation: a numbered link in its prose and an entry in the panel\'s list', async ({ page }) => {
    expect(longCited, 'some component cites one long quote').toBeDefined();
    const { slug, component } = longCited;
    const citation = component.citations[0]!;
    const source = sourceOf(slug, citation.source);
    await page.goto(stackUrl(slug, `node=${component.id}`));
    await hydrated(page);
    const panel = sel.panel(page);
    await expect(sel.panelHeading(page)).toHaveText(component.label);
    // In the prose: the superscript number, named after the source.
    const inline = panel.locator('.sa-prose sup a');
    await expect(inline).toHaveCount(1);
    await expect(inline).toHaveText(`[${source.number}]`);
    await expect(inline).toHaveAccessibleName(`Source ${source.number}: ${source.title}`);
    // A long quote is linked by its first and last few words, each side percent-encoded.
    const href = (await inline.getAttribute('href'))!;
    expect(href.startsWith(`${source.url}#:~:text=`)).toBe(true);
    expect(href).not.toMatch(/\s/);
    const quoteWords = words(citation.quote);
    expect(fragmentTerms(href)).toEqual([quoteWords.slice(0, RANGE_WORDS).join(' '), quoteWords.slice(-RANGE_WORDS).join(' ')]);
    // The panel's list: the quote and the same link.
    const list = panel.getByTestId('citations');
    await expect(list.getByRole('heading', { name: 'Cited (1)' })).toBeVisible();
    await expect(list.locator('blockquote')).toHaveText(`“${citation.quote}”`);
    const link = list.getByRole('link', { name: `Source ${source.number}: ${source.title}` });
    await expect(link).toHaveAttribute('href', href);
    await expect(link).toHaveAttribute('target', '_blank');
  });

  test('a flow\'s citation is listed in the panel, with a short quote linked whole', async ({ page }) => {
    expect(citedFlow, 'some flow cites one short quote').toBeDefined();
    const { slug, flow } = citedFlow;
    const source = sourceOf(slug, flow.citations[0]!.source);
    await page.goto(stackUrl(slug, `flow=${flow.id}`));
    await hydrated(page);
    const list = sel.panel(page).getByTestId('citations');
    await expect(list.locator('li')).toHaveCount(1);
    const link = list.getByRole('link', { name: `Source ${source.number}: ${source.title}` });
    const href = (await link.getAttribute('href'))!;
    expect(href.startsWith(`${source.url}#:~:text=`)).toBe(true);
    expect(fragmentTerms(href)).toEqual([words(flow.citations[0]!.quote).join(' ')]);
    // An element without citations has no list.
    expect(uncitedFlow, 'some flow cites nothing (an inferred one)').toBeDefined();
    await page.goto(stackUrl(uncitedFlow.slug, `flow=${uncitedFlow.flow.id}`));
    await hydrated(page);
    await expect(sel.panelHeading(page)).toBeVisible();
    await expect(sel.panel(page).getByTestId('citations')).toHaveCount(0);
  });

  test('axe: a panel with citations has no serious or critical violations (light and dark)', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(stackUrl(longCited.slug, `node=${longCited.component.id}`));
      await hydrated(page);
      await expect(sel.panel(page).getByTestId('citations')).toBeVisible();
      const results = await new AxeBuilder({ page }).include('[data-testid="panel"]').analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
      expect(serious, scheme).toEqual([]);
    }
  });
});

test.describe('inferred', () => {
  test('an inferred flow: marked in the data, ticked across its line, dashed label, named, explained in panel and legend', async ({ page }) => {
    expect(inferredView, 'some first view draws an inferred flow').toBeDefined();
    const slug = inferredView.meta.slug;
    const flows = inferredView.views[0]!.flows;
    await page.goto(stackUrl(slug));
    await hydrated(page);
    const inferred = page.locator('.sa-edge[data-inferred="true"]');
    await expect(inferred).toHaveCount(flows.filter((flow) => flow.inferred).length);
    const first = inferred.first();
    const ticks = first.locator('path.sa-edge-inferred');
    await expect(ticks).toHaveCount(1);
    // The ticks are a dash pattern of their own, over the mode's line, which keeps its own pattern.
    expect(await ticks.evaluate((el) => getComputedStyle(el).strokeDasharray)).toMatch(/^1\.5(px)?,? 9(px)?$/);
    expect(await first.locator('path.react-flow__edge-path').evaluate((el) => getComputedStyle(el).strokeDasharray)).not.toMatch(/^1\.5(px)?,? 9(px)?$/);
    expect(await first.locator('.sa-edge-label rect').getAttribute('stroke-dasharray')).toBe('3 2');
    // A flow that is not inferred has neither.
    const plain = page.locator('.sa-edge:not([data-inferred])').first();
    await expect(plain.locator('path.sa-edge-inferred')).toHaveCount(0);

    const legend = page.getByTestId('legend-inferred-flow');
    await expect(legend).toContainText('Inferred flow');
    await expect(legend).toContainText('the sources do not state it');

    const flow = flows.find((f) => f.inferred)!;
    await page.goto(stackUrl(slug, `flow=${flow.id}`));
    await hydrated(page);
    await expect(sel.panel(page).getByTestId('inferred-note')).toHaveText(/^Inferred: this flow is drawn as a reading aid; the sources do not state it\.$/);
    await expect(page.locator(`[data-testid="rf__edge-${flow.id}"]`)).toHaveAttribute('aria-label', /, inferred$/);
  });

  test('views without inferred flows have no inferred legend entry', async ({ page }) => {
    expect(plainView, 'some first view draws no inferred flow').toBeDefined();
    await page.goto(stackUrl(plainView!.meta.slug));
    await hydrated(page);
    await expect(page.locator('.sa-edge').first()).toBeVisible();
    await expect(page.getByTestId('legend-inferred-flow')).toHaveCount(0);
    await expect(page.locator('.sa-edge[data-inferred]')).toHaveCount(0);
  });
});

test.describe('coverage', () => {
  test('each stack page says how many components and flows cite a source, and how many are inferred', async ({ page }) => {
    for (const stack of stacks) {
      await page.goto(stackUrl(stack.meta.slug));
      await expect(page.getByTestId('coverage'), stack.meta.slug).toHaveText(`${coverageSentence(coverage(stack))}.`);
    }
  });
});
