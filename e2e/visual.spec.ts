/**
 * Visual snapshots of a stack page's first screen at the four sizes the layout is designed for, in
 * light and dark. The committed images are in visual.spec.ts-snapshots/; after a deliberate change
 * to the page, regenerate them with `npx playwright test e2e/visual.spec.ts --update-snapshots` and
 * look at every image before committing.
 *
 * The tolerance survives font hinting and anti-aliasing (a glyph's edge pixels move by a shade
 * between runs and Chromium builds), not a moved box or a changed colour: a per-pixel colour
 * threshold of 0.3 and at most 1.5% of pixels differing.
 */
import { test, expect } from './fixtures';
import { waitForCanvas } from './canvas';
import { sel, stackUrl } from './selectors';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'laptop', width: 1440, height: 900 },
  { name: 'wide', width: 1920, height: 1080 },
] as const;

for (const size of SIZES) {
  test.describe(`${size.name} (${size.width} x ${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    for (const scheme of ['light', 'dark'] as const) {
      test(`Uber's stack page looks as committed (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        // A component open: the drawer on wide screens, the sheet on narrow ones, the selection's highlight.
        await page.goto(stackUrl('uber', 'node=kafka'));
        if (size.width >= 640) await waitForCanvas(page, 'interactive');
        await expect(sel.panel(page)).toBeVisible();
        await page.waitForLoadState('networkidle');
        await expect(page).toHaveScreenshot(`uber-${size.name}-${scheme}.png`, {
          animations: 'disabled',
          caret: 'hide',
          threshold: 0.3,
          maxDiffPixelRatio: 0.015,
        });
      });
    }
  });
}
