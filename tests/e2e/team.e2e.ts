/**
 * Team coding in the window: say who is coding (the header asks), code a passage as Karen, switch
 * to Mads in the header and code the same passage and another one, open Compare coders (κ per
 * source × unit, weakest first), open a row's passages side by side, adopt Karen's coding as the
 * consensus coder's, and undo it. Screenshots at 1440×900 and 1024×700.
 */
import type { Page } from '@playwright/test';
import { apiCall, selectSentence, test, expect } from './fixtures';

async function codeAs4a(page: Page, nth: number): Promise<void> {
  const passage = await selectSentence(page, nth);
  const panel = page.getByRole('region', { name: 'Ny kodning' });
  await expect(panel.locator('.selected-text')).toContainText(passage.slice(0, 20));
  await page.keyboard.press('m');
  await page.keyboard.type('4a');
  await expect(panel.getByRole('option', { name: /#4a/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(panel.locator('.chip.chosen')).toHaveText(/#4a/);
  await page.keyboard.press('Enter');
  await expect(panel).toBeHidden();
}

async function becomeCoder(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Hvem koder?' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Dit navn').fill(name);
  await dialog.getByRole('button', { name: 'Begynd at kode' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Koder', { exact: true })).toHaveValue(name);
}

type Coders = { name: string; segments: number }[];
const count = async (page: Page, name: string) =>
  (await apiCall<Coders>(page, 'coders.list', {})).find((c) => c.name === name)?.segments ?? 0;

test('team coding: two coders, Compare coders shows κ per unit, a coding adopted as Konsensus and undone', async ({
  page,
  app,
  shot,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Hvem koder?' }).click();
  await shot('team-01-who-is-coding');
  await becomeCoder(page, 'Karen');

  const sidebar = page.getByRole('navigation', { name: 'Kilder' });
  await sidebar.locator('.source-item').first().click();
  await expect(page.locator('.transcript-text p').first()).toBeVisible();
  await codeAs4a(page, 0);
  await expect.poll(() => count(page, 'Karen')).toBe(1);

  // Mads codes the same passage the same way (allowed: another coder), and one more
  await page.getByLabel('Koder', { exact: true }).selectOption({ label: 'Ny koder…' });
  await becomeCoder(page, 'Mads');
  await codeAs4a(page, 0);
  await codeAs4a(page, 2);
  await expect.poll(() => count(page, 'Mads')).toBe(2);
  await shot('team-02-two-coders');
  // the other coders' stripes (Karen's, the sample's Forsker A's) hidden: Mads's two are left, and back
  const stripes = page.locator('.tx-stripe[data-segment-id]');
  const all = await stripes.count();
  await page.getByLabel('Vis kodning af').selectOption({ label: 'Kun mig (Mads)' });
  await expect(stripes).toHaveCount(2);
  await shot('team-02b-only-mine');
  await page.getByLabel('Vis kodning af').selectOption({ label: 'Alle kodere' });
  await expect(stripes).toHaveCount(all);

  await page.getByRole('tab', { name: 'Sammenlign kodere' }).click();
  const view = page.locator('#panel-compare');
  await expect(view.getByRole('heading', { name: 'Sammenlign kodere' })).toBeVisible();
  await view.getByLabel('Koder A').selectOption('Karen');
  await view.getByLabel('Koder B').selectOption('Mads');
  const rows = view.locator('.compare-table tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('M #4a');
  await expect(rows.first()).toBeVisible();
  await expect(view.locator('.compare-overall')).toContainText('κ');
  // Mads coded a second passage Karen did not: the #4a row is below 1
  // shown with a Danish decimal comma
  const kappa = Number((await rows.first().locator('td').nth(2).textContent())!.replace(',', '.'));
  expect(kappa).toBeLessThan(1);
  await shot('team-03-compare-1440');

  await rows.first().click();
  const detail = view.getByRole('region', { name: 'Passagerne side om side' });
  await expect(detail.locator('.compare-sides li')).toHaveCount(3);
  await expect(detail.locator('.compare-sides li.off')).toHaveCount(1);
  await shot('team-04-passages-1440');
  await detail.getByRole('button', { name: 'Overtag Karens kodning' }).click();
  await expect.poll(() => count(page, 'Konsensus')).toBe(1);
  await page.setViewportSize({ width: 1024, height: 700 });
  await shot('team-05-adopted-1024');

  await page.getByRole('button', { name: '↶ Fortryd' }).click();
  await expect.poll(() => count(page, 'Konsensus')).toBe(0);
  expect(await count(page, 'Karen')).toBe(1);
  expect(pageErrors).toEqual([]);
});
