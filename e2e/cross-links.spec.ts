/**
 * Every link into a stack, wherever it is (home, technology, concept and compare pages in the built
 * HTML), names a view that holds what it selects. Checked two ways:
 * - all of them against the content model, without a browser (hundreds of links: compare pages
 *   alone link every component of every pair);
 * - a sample in the browser, one link of each kind per stack (a component, a component in another
 *   view, a flow), and the "also used by" links of the panels those open: the page selects what the
 *   link names and shows no "there is no ..." notice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { hydrated, sel } from './selectors';
import { loadAllStacks } from '../lib/content/load';

const outDir = process.env.OUT_DIR ?? 'out';
const basePath = process.env.BASE_PATH ?? '';
const stacks = await loadAllStacks();

/** Links to stack pages in the static HTML of every page, with the first page each is on. */
function staticStackLinks(): Map<string, string> {
  const links = new Map<string, string>();
  const files = readdirSync(outDir, { recursive: true }).map(String).filter((file) => file.endsWith('.html'));
  for (const file of files.sort()) {
    const html = readFileSync(path.join(outDir, file), 'utf8');
    for (const [, href] of html.matchAll(/href="(\/stacks\/[^"]+)"/g)) {
      const decoded = href!.replaceAll('&amp;', '&').replace(basePath, '');
      if (!links.has(decoded)) links.set(decoded, file);
    }
  }
  return links;
}

interface Target {
  slug: string;
  view?: string;
  node?: string;
  flow?: string;
}

function parse(href: string): Target {
  const url = new URL(href, 'http://x');
  const slug = /^\/stacks\/([^/]+)\//.exec(url.pathname)?.[1] ?? '';
  const param = (name: string) => url.searchParams.get(name) ?? undefined;
  return { slug, view: param('view'), node: param('node'), flow: param('flow') };
}

/** What is wrong with the link, or '' when its stack and view hold what it names. */
function problem({ slug, view, node, flow }: Target): string {
  const stack = stacks.find((s) => s.meta.slug === slug);
  if (!stack) return `no stack ${slug}`;
  const shown = view ? stack.views.find((v) => v.id === view) : stack.views[0];
  if (!shown) return `no view ${view} in ${slug}`;
  if (node && !shown.nodes.some((n) => n.id === node)) return `view ${shown.id} of ${slug} has no component ${node}`;
  if (flow && !shown.flows.some((f) => f.id === flow)) return `view ${shown.id} of ${slug} has no flow ${flow}`;
  return '';
}

test('every link into a stack names a view that holds what it selects (all links, against the model)', () => {
  const links = staticStackLinks();
  const selecting = [...links.keys()].filter((href) => /[?&](node|flow)=/.test(href));
  expect(selecting.length, 'links that select something').toBeGreaterThan(50);
  const bad = [...links].map(([href, from]) => [href, from, problem(parse(href))] as const).filter(([, , why]) => why);
  expect(bad.map(([href, from, why]) => `${href} (on ${from}): ${why}`)).toEqual([]);
});

/** Opens the link and checks it shows what it names. Returns the panel's links into other stacks. */
async function follow(page: Page, href: string, from: string): Promise<string[]> {
  await page.goto(href);
  await hydrated(page);
  const { node, flow } = parse(href);
  const context = `${href} (linked from ${from})`;
  await expect(sel.status(page), context).toHaveText('');
  if (node) await expect(sel.node(page, node), context).toHaveAttribute('data-state', 'selected');
  if (flow) await expect(page.locator(`.react-flow__edge[data-id="${flow}"] .sa-edge`), context).toHaveAttribute('data-state', 'selected');
  if (!node) return [];
  return sel.panel(page).locator('a[href*="/stacks/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

/** One link of each kind per stack: a component in the first view, one in another view, a flow. */
function sample(links: Map<string, string>): [string, string][] {
  const kinds = new Map<string, [string, string]>();
  for (const [href, from] of links) {
    const { slug, view, node, flow } = parse(href);
    const kind = `${slug} ${flow ? 'flow' : node ? (view ? 'node in a view' : 'node') : 'page'}`;
    if (!kinds.has(kind)) kinds.set(kind, [href, from]);
  }
  return [...kinds.values()];
}

const SLICES = 2;
test.describe.configure({ mode: 'parallel' });

for (let slice = 0; slice < SLICES; slice++) {
  test(`a link of each kind into every stack opens with it selected, and so do its panel's links (${slice + 1} of ${SLICES})`, async ({ page }) => {
    test.setTimeout(120_000);
    const links = staticStackLinks();
    const mine = sample(links).filter((_, index) => index % SLICES === slice);
    const slugs = new Set(mine.map(([href]) => parse(href).slug));
    expect(slugs.size, 'stacks this slice opens').toBeGreaterThanOrEqual(Math.floor(stacks.length / SLICES));
    const panelLinks = new Map<string, string>();
    for (const [href, from] of mine) {
      for (const found of await follow(page, href, from)) {
        const target = found.replace(basePath, '');
        const kind = `${parse(target).slug} ${parse(target).view ?? ''}`;
        if (!panelLinks.has(kind)) panelLinks.set(kind, target);
      }
    }
    for (const [, href] of panelLinks) await follow(page, href, 'a panel');
  });
}
