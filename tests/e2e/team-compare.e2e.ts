/**
 * Compare coders by keyboard alone, at 1024×700 and 1920×1080: Karen and Mads coded Case 01 (through the API, as
 * two windows would); Tab to the weakest row, Enter opens the passages side by side with the heading focused and
 * the characters only one coded marked; Tab to "Overtag Karens kodning", Enter; the consensus list shows it; Escape
 * closes and gives the focus back to the row; the workbook is saved by keyboard and holds the coders' names; "Skriv
 * konsensus i teksten" makes Konsensus the coder and opens the transcript. Screenshots of each size.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { apiCall, test, expect } from './fixtures';

const SRC = 'Case 01 - Leder';
const CODINGS: [string, string, 'C' | 'M' | 'O', string][] = [
  ['Karen', 'Hun kom uanmeldt en tirsdag formiddag', 'M', '#4a'],
  ['Mads', 'Hun kom uanmeldt en tirsdag formiddag, tror jeg', 'M', '#4a'],
  ['Karen', 'vi vidste jo godt, at det med pladerne ikke var i orden', 'M', '#4a'],
  ['Mads', 'vi vidste jo godt, at det med pladerne ikke var i orden', 'M', '#4a'],
  ['Mads', 'hun stoppede ret hurtigt ved klippemaskinen', 'C', '#4a'],
];

/** Tab (at most 40 times) until the focused element's accessible text matches; fails when it is never reached. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return `${el?.getAttribute('aria-label') ?? ''} ${el?.textContent ?? ''}`;
    });
    if (name.test(text)) return;
  }
  throw new Error(`${name} is not reachable with Tab`);
}

for (const [width, height] of [
  [1024, 700],
  [1920, 1080],
] as const) {
  test(`Compare coders by keyboard at ${width}×${height}: weakest row, passages, adopt, Escape, Excel, write`, async ({
    page,
    app,
    shot,
  }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.setViewportSize({ width, height });
    await page.goto(app.url);
    for (const [coder, text, kind, pt] of CODINGS)
      await apiCall(page, 'segment.codeText', { source: SRC, text, kind, pt: [pt], coder });
    await page.getByRole('tab', { name: 'Sammenlign kodere' }).focus();
    await page.keyboard.press('Enter');
    const view = page.locator('#panel-compare');
    await view.getByLabel('Koder A').selectOption('Karen');
    await view.getByLabel('Koder B').selectOption('Mads');
    const rows = view.locator('.compare-table tbody tr');
    await expect(rows).toHaveCount(2);
    // weakest first: Mads alone coded C #4a; the coders' names head the columns; Danish decimals
    await expect(rows.first()).toContainText('C #4a');
    await expect(view.locator('.compare-table thead')).toContainText('Kun Karen');
    await expect(view.locator('.compare-table thead')).toContainText('Kun Mads');
    await expect(rows.nth(1).locator('td').nth(2)).toHaveText(/^0,\d{3}$/);
    await expect(view.getByText('2 rækker')).toBeVisible();
    await shot(`team-compare-table-${width}`);

    // Tab to the M #4a row and open it with Enter
    await tabTo(page, /M #4a/);
    await expect(rows.nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    const detail = view.getByRole('region', { name: 'Passagerne side om side' });
    await expect(detail.getByRole('heading', { name: `${SRC} · M #4a` })).toBeFocused();
    await expect(detail.getByRole('heading', { name: `${SRC} · M #4a` })).toBeInViewport();
    // Mads's longer passage: ", tror jeg" is his alone, marked; the shared passage has no mark
    await expect(detail.locator('mark.only')).toHaveText([', tror jeg']);
    await expect(detail.locator('.compare-sides li.off')).toHaveCount(2);
    await shot(`team-compare-passages-${width}`);

    await tabTo(page, /Overtag Karens kodning/);
    await page.keyboard.press('Enter');
    await expect(detail.getByRole('heading', { name: 'Konsensus nu (2)' })).toBeVisible();
    await expect(detail.locator('.compare-consensus li')).toHaveCount(2);
    // one of Mads's passages alone, by keyboard
    await tabTo(page, /^ ?Overtag$/);
    await page.keyboard.press('Enter');
    await expect(detail.getByRole('heading', { name: 'Konsensus nu (3)' })).toBeVisible();
    await shot(`team-compare-consensus-${width}`);

    await page.keyboard.press('Escape');
    await expect(detail).toBeHidden();
    await expect(rows.filter({ hasText: 'M #4a' })).toBeFocused();

    // the workbook, by keyboard
    await view.getByLabel('Enhed').focus();
    const download = page.waitForEvent('download');
    await tabTo(page, /Gem som Excel/);
    await page.keyboard.press('Enter');
    const file = await (await download).path();
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(file!) as never);
    const cells = JSON.stringify(wb.worksheets[0]!.getSheetValues());
    expect(cells).toContain('Kun Karen');
    expect(cells).toContain('M #4a');

    // write the consensus: the coder becomes Konsensus and the transcript opens
    await rows.filter({ hasText: 'C #4a' }).focus();
    await page.keyboard.press(' ');
    await tabTo(page, /Skriv konsensus i teksten/);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Koder', { exact: true })).toHaveValue('Konsensus');
    await expect(page.locator('.transcript-text p').first()).toBeVisible();
    expect(pageErrors).toEqual([]);
  });
}
