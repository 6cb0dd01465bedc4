/**
 * Source attributes in "Cases og deltagere": a category attribute of the interview itself is
 * defined, a value set beside a source by keyboard, undone with
 * Ctrl+Z, and kept in the project file; the matrix filtered by it; screenshots at a small laptop's size and a
 * full HD one.
 */
import fs from 'node:fs';
import { test, expect } from './fixtures';

test('source attributes: define, set beside a source by keyboard, undo', async ({ page, app, shot }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Cases og deltagere' }).click();
  const section = page.getByRole('region', { name: 'Kilde-egenskaber' });
  await section.scrollIntoViewIfNeeded();

  // a category attribute with two values, and a number
  const form = section.locator('form[data-attribute=""]');
  await form.getByLabel('Ny egenskab').fill('Interviewform');
  await form.getByLabel('Type').selectOption({ label: 'kategori' });
  await form.getByRole('textbox', { name: /Værdier/ }).fill('Fysisk\nTelefon');
  await form.getByRole('button', { name: 'Tilføj' }).click();
  await expect(section.locator('form[data-attribute="interviewform"]')).toBeVisible();
  await form.getByLabel('Ny egenskab').fill('Varighed');
  await form.getByLabel('Type').selectOption({ label: 'tal' });
  await form.getByRole('button', { name: 'Tilføj' }).click();
  await expect(section.locator('form[data-attribute="varighed"]')).toBeVisible();

  // the sources table gains the columns; set one value per source row by keyboard
  const sources = page.getByRole('region', { name: 'Kilder og cases' });
  await expect(sources.getByRole('columnheader', { name: 'Interviewform' })).toBeVisible();
  const first = sources.locator('tbody tr').first();
  const name = (await first.getAttribute('data-source'))!;
  const formSelect = first.getByLabel(`Interviewform for ${name}`);
  await formSelect.focus();
  await formSelect.selectOption('Telefon');
  await expect(formSelect).toHaveValue('Telefon');
  const minutes = first.getByLabel(`Varighed for ${name}`);
  await minutes.fill('45');
  await minutes.press('Enter');
  await expect(minutes).toHaveValue('45');
  await expect.poll(() => stored(app.file, name)).toEqual({ interviewform: 'Telefon', varighed: '45' });
  await shot('source-attributes-1024');

  // undo takes the last value back, in the window and in the file
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(minutes).toHaveValue('');
  await expect.poll(() => stored(app.file, name)).toEqual({ interviewform: 'Telefon' });

  // the matrix counts only the codings of sources with the chosen value: Case 1's (set above), no one else's
  await page.getByRole('tab', { name: 'Matrix' }).click();
  const table = page.getByRole('table', { name: 'Matrix' });
  const total = (row: string) => table.locator(`td.total-col[data-row="${row}"]`);
  await expect(total('Case 14')).toHaveText('7');
  const case1 = (await total('Case 1').textContent())!.trim();
  await page.getByLabel('Kilde-egenskab').selectOption({ label: 'Interviewform: Telefon' });
  await expect(total('Case 14')).not.toHaveText('7');
  expect(['', '0']).toContain((await total('Case 14').textContent())!.trim());
  await expect(total('Case 1')).toHaveText(case1);
  await expect(page.getByLabel('Kilde-egenskab')).toHaveValue('interviewform=Telefon');
  await shot('source-attributes-matrix-1024');
  await page.getByLabel('Kilde-egenskab').selectOption({ label: 'Alle kilder' });
  await expect(total('Case 14')).toHaveText('7');
  await page.getByRole('tab', { name: 'Cases og deltagere' }).click();

  await page.setViewportSize({ width: 1920, height: 1080 });
  await section.scrollIntoViewIfNeeded();
  await shot('source-attributes-1920');
  expect(errors).toEqual([]);
});

function stored(file: string, source: string): Record<string, string> | undefined {
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    sources: { name: string; attributes?: Record<string, string> }[];
  };
  return p.sources.find((s) => s.name === source)?.attributes;
}
