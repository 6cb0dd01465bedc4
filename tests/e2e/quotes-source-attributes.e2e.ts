/**
 * The Quotes tab filtered by a source attribute (REFI-QDA source variable): PT #10's three quotes, one of them from
 * a telephone interview; "Kilde-egenskab" under "Flere filtre" keeps that one, the count of more filters says so,
 * the Word export of the filtered list holds only it and says the filter under its title; the reset brings all
 * three back. Screenshot at 1024×700.
 */
import fs from 'node:fs';
import mammoth from 'mammoth';
import { apiCall, test, expect } from './fixtures';

test('quotes: filtered by a source attribute, the export says the filter', async ({ page, app, shot }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(app.url);
  const call = (method: string, params: unknown) => apiCall(page, method, params);
  await call('attributes.define', {
    on: 'source',
    label: 'Interviewform',
    type: 'category',
    values: ['Fysisk', 'Telefon'],
  });
  const quotes = (await call('quotes.list', { pts: ['#10'] })) as { sourceId: string; caseNumber: number }[];
  expect(quotes.map((q) => q.caseNumber)).toEqual([3, 7, 18]);
  for (const q of quotes)
    await call('source.update', {
      id: q.sourceId,
      attributes: { Interviewform: q.caseNumber === 7 ? 'Telefon' : 'Fysisk' },
    });

  await page.reload();
  await page.getByRole('tab', { name: 'Citater' }).click();
  await page.getByLabel('Programteoripunkt', { exact: true }).selectOption('#10');
  const cards = page.locator('.quote-card');
  await expect(cards).toHaveCount(3);
  await page.getByRole('button', { name: /Flere filtre/ }).click();
  const filter = page.getByLabel('Kilde-egenskab');
  await expect(filter.locator('option')).toHaveText(['Alle kilder', 'Interviewform: Fysisk', 'Interviewform: Telefon']);
  await filter.selectOption({ label: 'Interviewform: Telefon' });
  await expect(cards).toHaveCount(1);
  await expect(cards.locator('.quote-attribution')).toHaveText('(Tilsynsførende, case 7)');
  await expect(page.getByRole('button', { name: 'Flere filtre (1) ▴' })).toBeVisible();
  await shot('quotes-source-attribute-1024');

  // the Word export holds the filtered list and says which filter under its title
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Word', exact: true }).click(),
  ]);
  const text = (await mammoth.extractRawText({ buffer: fs.readFileSync(await download.path()) })).value;
  expect(text).toContain('Filter: PT-punkter: #10; Kilde-egenskab Interviewform: Telefon');
  expect(text).toContain('(Tilsynsførende, case 7)');
  expect(text).not.toContain('case 3)');

  // Fysisk: the other two; the reset: all three
  await filter.selectOption({ label: 'Interviewform: Fysisk' });
  await expect(cards).toHaveCount(2);
  await page.getByRole('button', { name: 'Nulstil filtre' }).click();
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThan(3);
  expect(errors).toEqual([]);
});
