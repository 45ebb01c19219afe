import { test, expect } from './fixtures';
import { CANVASES, holdReactFlow, waitForCanvas } from './canvas';

/** A reader who only uses the keyboard: focus is never lost to <body> or trapped. On either canvas. */
for (const canvas of CANVASES) {
  test(`${canvas} canvas: keyboard-only journey: open a stack, walk components, open and close panels, follow a flow, switch views`, async ({ page }) => {
    // A long walk of a few hundred key presses: it took 26-29 s of the default 30 on a loaded 2-core machine.
    test.setTimeout(60_000);
    if (canvas === 'static') await holdReactFlow(page);
    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      return el && el !== document.body ? el.getAttribute('data-node-id') ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? el.tagName : 'BODY';
    });
    await page.goto('/');
    // Skip link, brand, nav links, the search button, the technology filter, other cards ... until the Uber card's link.
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      if ((await focused()) === "Uber's Big Data Stack") break;
    }
    expect(await focused()).toBe("Uber's Big Data Stack");
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/stacks\/uber\/$/);
    await waitForCanvas(page, canvas);

    // Tab to the first component.
    for (let i = 0; i < 40 && (await focused()) !== 'rider-app'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('rider-app');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('cassandra');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: 'Cassandra' })).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('cassandra');

    // Open Kafka, then follow one of its flows from the panel.
    for (let i = 0; i < 10 && (await focused()) !== 'kafka'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Kafka' });
    await expect(panel).toBeVisible();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if ((await focused())?.startsWith('Kafka → Flink')) break;
    }
    expect(await focused()).toMatch(/^Kafka → Flink/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: 'Kafka → Flink' })).toBeVisible();
    expect(await focused()).toBe('Kafka → Flink');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary', { name: 'Kafka → Flink' })).toHaveCount(0);
    expect(await focused()).not.toBe('BODY');

    // Switch views from the tablist with the arrow keys.
    for (let i = 0; i < 120 && (await focused()) !== 'Big Data Stack'; i++) await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Big Data Stack');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/view=kafka-hub/);
    expect(await focused()).toBe('Kafka at the Centre');
    // Past the view's tours and its download buttons (before the diagram, in reading order), the first component.
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^Who writes to Kafka.*steps$/);
    for (let i = 0; i < 7 && (await focused()) !== 'rider-app'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('rider-app');
  });
}
