import { test, expect } from './fixtures';
import { interactive, sel, stackUrl } from './selectors';

test.describe('URL state is untrusted', () => {
  const hostile = [
    { name: 'markup', query: `node=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}` },
    { name: 'script in view', query: `view=${encodeURIComponent('"><script>window.__pwned=1</script>')}` },
    // Static hosts refuse request lines much over 8 kB (Node: 16 kB of headers), so stay under that.
    { name: 'very long values', query: `view=${'v'.repeat(2000)}&node=${'n'.repeat(2000)}&flow=${'f'.repeat(2000)}` },
    { name: 'an id from another stack', query: 'node=keystone-router' },
    { name: 'a flow id used as a node and junk flow', query: 'node=kafka-to-flink&flow=%00%ff%fe' },
    { name: 'prototype keys', query: 'node=__proto__&view=constructor' },
    { name: 'repeated params', query: 'node=kafka&node=flink&view=kafka-hub&view=big-data' },
  ];
  for (const { name, query } of hostile) {
    test(`no crash and nothing rendered as HTML: ${name}`, async ({ page }) => {
      await page.goto(stackUrl('uber', query));
      await interactive(page);
      await expect(sel.nodes(page).first()).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
      const notice = (await sel.status(page).textContent()) ?? '';
      expect(notice.length).toBeLessThan(400);
      // The page still works after the hostile load.
      await sel.node(page, 'rider-app').click();
      await expect(page.getByRole('complementary', { name: 'Rider App' })).toBeVisible();
    });
  }
});

test('a strict CSP is in every page and blocks injected inline script', async ({ page, consoleErrors }) => {
  await page.goto(stackUrl('uber'));
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(policy).toContain("object-src 'none'");
  const blocked = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
        const script = document.createElement('script');
        script.textContent = 'window.__injected = 1';
        document.body.append(script);
        setTimeout(() => resolve(false), 500);
      }),
  );
  expect(blocked).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
  // The browser reports the blocked script: expected here, and only here.
  expect(consoleErrors).toEqual([expect.stringContaining('violates the following Content Security Policy directive')]);
  consoleErrors.length = 0;
});

test('external links open safely', async ({ page }) => {
  for (const path of [stackUrl('uber'), '/tech/kafka/']) {
    await page.goto(path);
    const external = page.locator('a[href^="http"]');
    expect(await external.count()).toBeGreaterThan(0);
    for (const link of await external.all()) await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('transitions are off', async ({ page }) => {
    await page.goto(stackUrl('uber'));
    await interactive(page);
    await expect.poll(() => sel.node(page, 'kafka').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
  });
});

test('without reduced motion, selection changes animate', async ({ page }) => {
  await page.goto(stackUrl('uber'));
  await interactive(page);
  await expect
    .poll(() => sel.node(page, 'kafka').evaluate((el) => getComputedStyle(el).transitionDuration))
    .toMatch(/[1-9]/);
});

test('sitemap, robots.txt, titles, descriptions and a share image per stack', async ({ page, request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of ['/stacks/uber/', '/stacks/netflix/', '/tech/kafka/', '/concepts/asynchronous/', '/docs/authoring/']) {
    expect(sitemap).toContain(`${path}</loc>`);
  }
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
  await page.goto(stackUrl('uber'));
  await expect(page).toHaveTitle("Uber's Big Data Stack · Stack Atlas");
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain('Uber');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  const response = await request.get(new URL(image!).pathname);
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
});
