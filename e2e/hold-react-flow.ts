import type { Page } from '@playwright/test';

/**
 * Holds back the lazily loaded React Flow chunk (the one script that draws the minimap), so the
 * static canvas stays on screen until `release()`. Deterministic: no race with the idle-time swap.
 */
export async function holdReactFlow(page: Page): Promise<{ release(): void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('react-flow__minimap')) await released;
    await route.fulfill({ response, body });
  });
  return { release };
}
