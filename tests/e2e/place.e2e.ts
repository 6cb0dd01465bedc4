/**
 * The window comes back where it was after a reload (tab and source), and a coding being typed is not lost without a
 * question.
 */
import { selectSentence, test, expect } from './fixtures';

test('after a reload the window is back on its tab and source; a typed coding asks before the page goes', async ({
  page,
  app,
  shot,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(app.url);
  const sidebar = page.getByRole('navigation', { name: 'Kilder' });
  const third = sidebar.locator('.source-item').nth(2);
  const name = (await third.locator('.source-name').textContent())!.trim();
  await third.click();
  await expect(page.locator('.source-title')).toHaveText(name);
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Matrix' })).toHaveAttribute('aria-selected', 'true', { timeout: 15_000 });
  await page.getByRole('tab', { name: 'Kodning' }).click();
  await expect(page.locator('.source-title')).toHaveText(name);
  await shot('place-kept-1280x800');

  // a passage selected and a kind chosen: leaving the page asks first
  await selectSentence(page, 1);
  await expect(page.getByRole('region', { name: 'Ny kodning' })).toBeVisible();
  await page.keyboard.press('m');
  let asked = '';
  page.on('dialog', async (d) => {
    asked = d.type();
    await d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe('beforeunload');
});
