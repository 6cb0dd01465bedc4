/** Keyboard all the way: one tab stop for the tab bar and for the PT tree, arrows within them. */
import { test, expect } from './fixtures';

test('the tab bar and the programme theory tree are one tab stop each, moved through with the arrow keys', async ({
  page,
  app,
  shot,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(app.url);
  const tabs = page.getByRole('tablist', { name: 'Visninger' });
  await expect(tabs.locator('[role=tab][tabindex="0"]')).toHaveCount(1);
  await page.getByRole('tab', { name: 'Kodning' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Matrix' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Matrix' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Log' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight'); // wraps
  await expect(page.getByRole('tab', { name: 'Kodning' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.getByRole('tab', { name: 'Kodning' })).toHaveAttribute('aria-selected', 'true');

  const tree = page.getByRole('tree', { name: 'Programteori' });
  await expect(tree.locator('.pt-item[tabindex="0"]')).toHaveCount(1);
  await tree.locator('.pt-item[tabindex="0"]').focus();
  await page.keyboard.press('ArrowDown');
  await expect(tree.locator('li[data-pt="#1"] > .pt-row .pt-item')).toBeFocused();
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
  await expect(tree.locator('li[data-pt="#3"] > .pt-row .pt-item')).toBeFocused();
  await page.keyboard.press('ArrowLeft'); // closes #3
  await expect(tree.locator('li[data-pt="#3"]')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown'); // #3a is hidden now: on to #4
  await expect(tree.locator('li[data-pt="#4"] > .pt-row .pt-item')).toBeFocused();
  await page.keyboard.press('ArrowRight'); // open already: to its first child
  await expect(tree.locator('li[data-pt="#4a"] > .pt-row .pt-item')).toBeFocused();
  await page.keyboard.press('ArrowLeft'); // to the parent
  await expect(tree.locator('li[data-pt="#4"] > .pt-row .pt-item')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tree.locator('li[data-pt="#4"]')).toHaveAttribute('aria-selected', 'true');
  await expect(tree.locator('.pt-item[tabindex="0"]')).toHaveCount(1);
  await shot('keyboard-pt-tree-1024x700');

  // ? opens the sheet of every key; Escape closes it
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Tastatur' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('komma tilføjer flere');
  await shot('keyboard-shortcut-sheet-1024x700');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});
