import { test, expect } from './fixtures';
import { CANVASES, openOn } from './canvas';
import { sel, stackUrl } from './selectors';

test.use({ viewport: { width: 390, height: 844 } });

for (const canvas of CANVASES) {
  test(`${canvas} canvas: on a narrow screen the panel is a bottom sheet that opens on selection`, async ({ page }) => {
    await openOn(page, canvas, stackUrl('uber'));
    await expect(sel.panelHeading(page)).toBeHidden();
    await sel.node(page, 'rider-app').click();
    const panel = page.getByRole('complementary', { name: 'Rider App' });
    await expect(panel).toBeVisible();
    const box = (await panel.boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(844 - 2);
    expect(box.width).toBeGreaterThan(380);
    await panel.getByRole('button', { name: 'Close panel' }).click();
    await expect(page.getByRole('complementary', { name: 'Rider App' })).toHaveCount(0);
  });
}
