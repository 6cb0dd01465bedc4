/**
 * Removing attributes in "Cases og deltagere": a source attribute's Fjern, reached by keyboard, asks first saying
 * how many sources hold a value, and a dismissed confirm changes nothing; the case attribute "Privat/offentlig"
 * refused beforehand while a matrix summary is kept by it, then removed with its value on every case (the confirm
 * saying what becomes of the quotes' attribution), gone from the cases table and the project file; Ctrl+Z brings
 * both back.
 * Screenshot at 1024×700.
 */
import fs from 'node:fs';
import { apiCall, test, expect } from './fixtures';

interface Stored {
  attributeDefs: { id: string }[];
  sourceAttributeDefs?: { id: string }[];
  cases: { attributes: Record<string, string> }[];
  sources: { attributes?: Record<string, string> }[];
}
const stored = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Stored;

test('attributes: removed from the window by keyboard after a confirm, undone with Ctrl+Z', async ({
  page,
  app,
  shot,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(app.url);
  const call = (method: string, params: unknown) => apiCall(page, method, params);
  await call('attributes.define', { on: 'source', label: 'Interviewform', type: 'category', values: ['Telefon'] });
  const { sourceList } = (await call('project.info', {})) as { sourceList: { id: string }[] };
  for (const s of sourceList.slice(0, 2))
    await call('source.update', { id: s.id, attributes: { Interviewform: 'Telefon' } });
  const heldCases = stored(app.file).cases.filter((c) => c.attributes.sektor).length;
  expect(heldCases).toBeGreaterThan(0);
  await page.reload();
  await page.getByRole('tab', { name: 'Cases og deltagere' }).click();

  // the source attribute: the confirm says 2 sources; dismissed, nothing changes
  const said: string[] = [];
  let accept = false;
  page.on('dialog', (d) => {
    said.push(d.message());
    void (accept ? d.accept() : d.dismiss());
  });
  const sourceSection = page.getByRole('region', { name: 'Kilde-egenskaber' });
  const removeForm = sourceSection.getByRole('button', { name: 'Fjern egenskaben "Interviewform"' });
  await removeForm.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => said.length).toBe(1);
  expect(said[0]).toBe(
    'Fjern kilde-egenskaben "Interviewform"? 2 kilder har en værdi i den; værdierne fjernes også. Du kan fortryde det.',
  );
  await expect(sourceSection.locator('form[data-attribute="interviewform"]')).toBeVisible();
  expect(stored(app.file).sourceAttributeDefs?.map((a) => a.id)).toEqual(['interviewform']);
  accept = true;
  await removeForm.focus();
  await page.keyboard.press('Enter');
  await expect(sourceSection.locator('form[data-attribute="interviewform"]')).toHaveCount(0);
  await expect.poll(() => stored(app.file).sources.filter((s) => s.attributes?.interviewform).length).toBe(0);

  // the matrix by Privat/offentlig (its rows kept by the app across tabs)
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await page.locator('#m-rows').selectOption('attr:sektor');
  const table = page.getByRole('table', { name: 'Matrix' });
  await expect(table.locator('td.total-col[data-row="Privat"]')).toBeVisible();
  await page.getByRole('tab', { name: 'Cases og deltagere' }).click();

  // the case attribute, with its value on every case
  const caseSection = page.getByRole('region', { name: 'Case-egenskaber' });
  const sektor = caseSection.locator('form[data-attribute="sektor"]');
  await sektor.scrollIntoViewIfNeeded();
  await caseSection.getByRole('button', { name: 'Fjern egenskaben "Privat/offentlig"' }).focus();
  await shot('attribute-remove-before-1024');
  // a matrix summary kept by it: the window says why it cannot go instead of asking
  const m = (await call('matrix.compute', { rows: 'attr:sektor', cols: 'pt' })) as { rows: { id: string }[] };
  const cell = { rows: 'attr:sektor', cols: 'pt', rowId: m.rows[0]!.id, colId: '#1' };
  await call('framework.set', { ...cell, text: 'Notat' });
  await call('quotes.setSettings', { attribution: '({role}, {case}, {attr:sektor})' });
  await page.keyboard.press('Enter');
  await expect.poll(() => said.length).toBe(3);
  expect(said[2]).toBe(
    '"Privat/offentlig" kan ikke fjernes: 1 opsummering i matricen har den som rækker eller kolonner. ' +
      'Slet opsummeringen først.',
  );
  await expect(sektor).toBeVisible();
  await call('framework.set', { ...cell, text: '' });
  // the confirm says what becomes of the quotes' attribution
  await page.keyboard.press('Enter');
  await expect.poll(() => said.length).toBe(4);
  expect(said[3]).toContain(`${heldCases} cases har en værdi i den`);
  expect(said[3]).toContain('Citaternes kildeangivelse nævner den og bliver "({role}, {case})".');
  await expect(sektor).toHaveCount(0);
  await expect.poll(() => stored(app.file).cases.some((c) => 'sektor' in c.attributes)).toBe(false);
  expect(stored(app.file).attributeDefs.map((a) => a.id)).not.toContain('sektor');
  await caseSection.scrollIntoViewIfNeeded();
  await shot('attribute-remove-1024');
  // the matrix falls back to cases as rows rather than refusing an attribute that is gone
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await expect(page.locator('#m-rows')).toHaveValue('case');
  await expect(table.locator('td.total-col[data-row="Case 14"]')).toHaveText('7');
  await page.getByRole('tab', { name: 'Cases og deltagere' }).click();

  // undo brings the definition and every value back
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(sektor).toBeVisible();
  await expect.poll(() => stored(app.file).cases.filter((c) => c.attributes.sektor).length).toBe(heldCases);

  // the evidence filtered by it when it goes (another window, the CLI): all cases again, not none
  await page.getByRole('tab', { name: 'Evidens' }).click();
  await page.locator('#ev-attr').selectOption('sektor=Privat');
  await expect(page.locator('.filter-note')).toBeVisible();
  await apiCall(page, 'attributes.remove', { on: 'case', id: 'sektor' });
  await expect(page.locator('#ev-attr')).toHaveValue('');
  await expect(page.locator('.filter-note')).toHaveCount(0);
  expect(errors).toEqual([]);
});
