/**
 * The matrix drill-down opens in view: a cell clicked low in the table (at 1024×700 and 1280×800)
 * shows its passages where the user is — the panel's heading and first passage inside the window,
 * not below the fold — and the page, not a box inside it, is what scrolls to it.
 */
import { test, expect } from './fixtures';

for (const [width, height] of [
  [1024, 700],
  [1280, 800],
] as const) {
  test(`a matrix cell's passages open in view at ${width}×${height}`, async ({ page, app, shot }) => {
    await page.setViewportSize({ width, height });
    await page.goto(app.url);
    await page.getByRole('tab', { name: 'Matrix' }).click();
    const table = page.getByRole('table', { name: 'Matrix' });
    await expect(table).toBeVisible();
    const cell = table.locator('td[data-row="Case 14"][data-col="#15"]').getByRole('button');
    await cell.scrollIntoViewIfNeeded();
    await cell.click();
    const panel = page.getByRole('region', { name: 'Kodninger i cellen' });
    await expect(panel.locator('.passage').first()).toBeVisible();
    await expect(panel.getByRole('heading').first()).toBeInViewport();
    await expect(panel.locator('.passage').first()).toBeInViewport();
    // the panel itself does not scroll inside the page (no box in a box)
    const inner = await panel.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
    expect(inner).toBe(false);
    await shot(`matrix-drilldown-${width}x${height}`);
  });
}
