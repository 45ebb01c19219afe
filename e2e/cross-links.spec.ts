/**
 * Every link into a stack, wherever it is (home, technology and concept pages in the built HTML,
 * and the "also used by" links of every component panel), opens a view that holds what it names,
 * with it selected, and no "there is no ..." notice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { hydrated, sel } from './selectors';

const outDir = process.env.OUT_DIR ?? 'out';
const basePath = process.env.BASE_PATH ?? '';

/** Links to stack pages in the static HTML of every page, with the page they are on. */
function staticStackLinks(): Map<string, string> {
  const links = new Map<string, string>();
  const files = readdirSync(outDir, { recursive: true }).map(String).filter((file) => file.endsWith('.html'));
  for (const file of files.sort()) {
    const html = readFileSync(path.join(outDir, file), 'utf8');
    for (const [, href] of html.matchAll(/href="(\/stacks\/[^"]+)"/g)) {
      const decoded = href!.replaceAll('&amp;', '&');
      if (!links.has(decoded)) links.set(decoded, file);
    }
  }
  return links;
}

/** Opens the link and checks it shows what it names. Returns the panel's links into other stacks. */
async function follow(page: Page, href: string, from: string): Promise<string[]> {
  await page.goto(href);
  await hydrated(page);
  const url = new URL(href, 'http://x');
  const context = `${href} (linked from ${from})`;
  await expect(sel.status(page), context).toHaveText('');
  const node = url.searchParams.get('node');
  const flow = url.searchParams.get('flow');
  if (node) await expect(sel.node(page, node), context).toHaveAttribute('data-state', 'selected');
  if (flow) await expect(page.locator(`.react-flow__edge[data-id="${flow}"] .sa-edge`), context).toHaveAttribute('data-state', 'selected');
  if (!node) return [];
  return sel.panel(page).locator('a[href*="/stacks/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

const SLICES = 4;
test.describe.configure({ mode: 'parallel' });

// The links are split into slices so the workers share them; each slice also follows the "also
// used by" links of the panels it opens.
for (let slice = 0; slice < SLICES; slice++) {
  test(`every link into a stack opens a view that holds what it names (${slice + 1} of ${SLICES})`, async ({ page }) => {
    test.setTimeout(180_000);
    const links = staticStackLinks();
    const selecting = [...links.keys()].filter((href) => /[?&](node|flow)=/.test(href));
    expect(selecting.length, 'links that select something').toBeGreaterThan(50);

    const mine = [...links].filter((_, index) => index % SLICES === slice);
    const panelLinks = new Map<string, string>();
    for (const [href, from] of mine) {
      for (const found of await follow(page, href.replace(basePath, ''), from)) {
        const target = found.replace(basePath, '');
        if (!links.has(target) && !panelLinks.has(target)) panelLinks.set(target, `the panel of ${href}`);
      }
    }
    for (const [href, from] of panelLinks) await follow(page, href, from);
  });
}
