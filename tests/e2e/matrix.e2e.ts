/**
 * Matrices, CMO configurations and the evidence view end to end, on a fresh copy of the sample
 * project: a matrix cell leads to its passage in the transcript; the heatmap draws the same
 * numbers and saves as SVG/PNG; rows by Privat/offentlig and a filter to public cases; a CMO
 * configuration built from three passages of one case shows up in the matrix (measure cmoc) and
 * in the evidence view; a framework summary is written and exported to Excel with the matrix.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const cell = (page: Page, row: string, col: string) =>
  page.locator(`table.matrix td[data-row="${row}"][data-col="${col}"]`);
const value = async (page: Page, row: string, col: string) =>
  Number((await cell(page, row, col).textContent())?.trim());
const saved = async (d: Download) => fs.readFileSync((await d.path())!);

test('matrix: cell to passage, heatmap and its downloads, rows and filters by Privat/offentlig', async ({
  page,
  app,
  shot,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Matrix' }).click();
  const table = page.getByRole('table', { name: 'Matrix' });
  await expect(table).toBeVisible();
  // all 20 cases in template order, empty ones kept; 21 PT points
  await expect(table.locator('tbody tr')).toHaveCount(20);
  await expect(table.locator('tbody th').first()).toHaveText('Case 1');
  await expect(table.locator('tbody th').nth(19)).toHaveText('Case 20');
  await expect(table.locator('thead th')).toHaveCount(23); // the corner, 21 points, "I alt"
  // hand-counted from samples/sample-coding.json
  expect(await value(page, 'Case 1', '#4a')).toBe(1);
  expect(await value(page, 'Case 14', '#15')).toBe(3);
  // totals count each coding once: Case 14's seven codings, though its cells add up to 10
  await expect(table.locator('thead th').last()).toHaveText('I alt');
  await expect(table.locator('td.total-col[data-row="Case 14"]')).toHaveText('7');
  await expect(table.locator('tfoot tr.total-row th')).toHaveText('I alt');
  expect(await value(page, 'Case 2', '#4a')).toBe(0);
  await shot('matrix-01-table');

  // click a cell → its passage → one click to its place in the transcript
  await cell(page, 'Case 1', '#4a').getByRole('button').click();
  const panel = page.getByRole('region', { name: 'Kodninger i cellen' });
  await expect(panel.locator('.passage')).toHaveCount(1);
  const text = (await panel.locator('.passage-text').textContent())!.replace(/^\u201d|\u201d$/g, '');
  await expect(panel).toContainText('(Leder, case 1)');
  await shot('matrix-02-cell');
  await panel.getByRole('button', { name: /Vis i transskriptionen/ }).click();
  await expect(page.getByRole('tab', { name: 'Kodning' })).toHaveAttribute('aria-selected', 'true');
  const marks = page.locator('.transcript-text mark.is-selected');
  await expect(marks.first()).toBeInViewport();
  expect((await marks.allTextContents()).join('').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));

  // heatmap: the same matrix in SVG, a cell per row × column, values as in the table
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await page.getByRole('button', { name: 'Heatmap' }).click();
  const svg = page.locator('svg.heatmap');
  await expect(svg).toBeVisible();
  await expect(svg.locator('.hm-cell')).toHaveCount(20 * 21);
  await expect(svg.locator('.hm-cell[data-row="Case 14"][data-col="#15"]')).toHaveAttribute('data-value', '3');
  await expect(svg.locator('.hm-cell[data-row="Case 14"][data-col="#15"]')).toHaveAttribute(
    'aria-label',
    'Case 14, #15: 3 kodninger',
  );
  await shot('matrix-03-heatmap');
  await svg.locator('.hm-cell[data-row="Case 14"][data-col="#15"]').click();
  await expect(panel.locator('.passage')).toHaveCount(3);
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Heatmap som SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('heatmap-case-pt.svg');
  const svgText = (await saved(svgDownload)).toString('utf8');
  expect(svgText).toMatch(/^<\?xml/);
  expect(svgText).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svgText).toContain('Case 14');
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Heatmap som PNG' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe('heatmap-case-pt.png');
  const png = await saved(pngDownload);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // PNG is drawn at 2×: its width (bytes 16–19) is twice the SVG's
  const svgWidth = Number(await svg.getAttribute('width'));
  expect(png.readUInt32BE(16)).toBe(Math.ceil(svgWidth * 2));

  // rows by the case attribute Privat/offentlig (sample: cases 3, 7, 14 public; 1, 18 private)
  await page.getByRole('button', { name: 'Tabel' }).click();
  await page.getByLabel('Rækker', { exact: true }).selectOption({ label: 'Privat/offentlig' });
  await expect(table.locator('tbody th')).toHaveText(['Privat', 'Offentlig']);
  expect(await value(page, 'Offentlig', '#15')).toBe(5);
  expect(await value(page, 'Privat', '#15')).toBe(0);
  await shot('matrix-04-rows-sektor');

  // filter to public organisations: case rows only for the public cases
  await page.getByLabel('Rækker', { exact: true }).selectOption('case');
  await page.getByLabel('Case-egenskab', { exact: true }).selectOption({ label: 'Privat/offentlig: Offentlig' });
  await expect(table.locator('tbody th')).toHaveText([
    'Case 3',
    'Case 7',
    'Case 8',
    'Case 10',
    'Case 14',
    'Case 15',
    'Case 16',
    'Case 20',
  ]);
  await expect(page.locator('.matrix-caption')).toContainText('12 cases er filtreret fra');
  expect(await value(page, 'Case 14', '#15')).toBe(3);
  await shot('matrix-05-offentlig');
  // the verdict filter: only refuting codings (Case 14 has one: M #12)
  await page.getByRole('group', { name: 'Filtre' }).getByLabel('Bekræfter', { exact: true }).uncheck();
  await page.getByRole('group', { name: 'Filtre' }).getByLabel('Nuancerer', { exact: true }).uncheck();
  await page.getByRole('group', { name: 'Filtre' }).getByLabel('Uafklaret', { exact: true }).uncheck();
  await expect.poll(() => value(page, 'Case 14', '#12')).toBe(1);
  expect(await value(page, 'Case 14', '#15')).toBe(0);
  await page.getByRole('button', { name: 'Nulstil filtre' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(20);
  expect(errors).toEqual([]);
});

test('a CMO configuration of three passages in the matrix and evidence view; framework summary to Excel', async ({
  page,
  app,
  shot,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Matrix' }).click();
  const panel = page.getByRole('region', { name: 'Kodninger i cellen' });

  // pick K and M of Case 14 × #15, then the outcome from Case 14 × #6: three passages of one case, from two cells
  await cell(page, 'Case 14', '#15').getByRole('button').click();
  await expect(panel.locator('.passage')).toHaveCount(3);
  await panel
    .locator('.passage', { has: page.locator('.kind-tag', { hasText: 'Kontekst' }) })
    .getByRole('checkbox')
    .check();
  await panel
    .locator('.passage', { has: page.locator('.kind-tag', { hasText: 'Mekanisme' }) })
    .first()
    .getByRole('checkbox')
    .check();
  await cell(page, 'Case 14', '#6').getByRole('button').click();
  await panel
    .locator('.passage', { has: page.locator('.kind-tag', { hasText: 'Outcome' }) })
    .getByRole('checkbox')
    .check();
  const tray = page.getByRole('region', { name: 'Valgte passager' });
  await expect(tray).toContainText('3 passager valgt fra 1 case');
  await shot('matrix-06-selected');
  await tray.getByRole('button', { name: /Opret CMO-konfiguration/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny CMO-konfiguration' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Programteoripunkt', { exact: true })).toHaveValue('#15');
  for (const k of ['Kontekst', 'Mekanisme', 'Outcome'])
    await expect(dialog.getByRole('region', { name: k }).locator('li')).toHaveCount(1);
  await dialog.getByLabel('Bekræfter', { exact: true }).check();
  const statement = 'Hvis en offentlig arbejdsplads har klare krav, så får de en aftale, fordi lederen tager ejerskab.';
  await dialog.getByLabel('Hvis–så–fordi', { exact: true }).fill(statement);
  await shot('matrix-07-cmoc-editor');
  await dialog.getByRole('button', { name: 'Gem konfiguration' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Valgte passager' })).toHaveCount(0);

  // measure: CMO configurations — counted in Case 14 × #15, nowhere else
  await page.getByLabel('Tal', { exact: true }).selectOption('cmoc');
  await expect.poll(() => value(page, 'Case 14', '#15')).toBe(1);
  expect(await value(page, 'Case 14', '#6')).toBe(0);
  expect(await value(page, 'Case 3', '#15')).toBe(0);
  await cell(page, 'Case 14', '#15').getByRole('button').click();
  await expect(panel.locator('.config-chip')).toContainText(statement);
  await shot('matrix-08-cmoc-measure');

  // the evidence view for #15: hypothesis beside evidence; the configuration under Bekræfter, from Case 14
  await page.getByRole('tab', { name: 'Evidens' }).click();
  await page.getByLabel('Programteoripunkt', { exact: true }).selectOption('#15');
  await expect(page.locator('.hypothesis-grid .hyp-card')).toHaveCount(3);
  await expect(page.locator('.verdict-tile[data-verdict="supports"]')).toContainText('1 konfiguration');
  await expect(page.locator('.verdict-tile[data-verdict="supports"]')).toContainText('Case 14');
  const card = page.locator('.cmoc-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(statement);
  await expect(card).toContainText('Cases: Case 14');
  await expect(card).toContainText('K 1 · M 1 · O 1');
  const figure = page.locator('.cmoc-figure svg');
  await expect(figure).toBeVisible();
  await expect(figure.locator('.cmoc-band')).toHaveCount(1);
  await expect(figure).toContainText('Case 14');
  await shot('matrix-09-evidence');
  // edit: the verdict becomes Nuancerer; delete, and undo brings it back
  await card.getByRole('button', { name: 'Redigér' }).click();
  const edit = page.getByRole('dialog', { name: 'Redigér CMO-konfiguration' });
  await expect(edit.getByLabel('Hvis–så–fordi', { exact: true })).toHaveValue(statement);
  await expect(edit.getByRole('region', { name: 'Outcome' }).locator('li')).toHaveCount(1);
  await edit.getByLabel('Nuancerer', { exact: true }).check();
  await edit.getByRole('button', { name: 'Gem konfiguration' }).click();
  await expect(edit).toBeHidden();
  await expect(card.locator('.verdict-tag')).toHaveText('Nuancerer');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.verdict-tile[data-verdict="refines"]')).toContainText('1 konfiguration');
  await card.getByRole('button', { name: 'Slet' }).click();
  await expect(page.locator('.cmoc-card')).toHaveCount(0);
  await page.getByRole('button', { name: /Fortryd/ }).click();
  await expect(page.locator('.cmoc-card')).toHaveCount(1);
  await expect(card.locator('.verdict-tag')).toHaveText('Nuancerer');
  // public organisations only: #6 outcomes from cases 3, 7 and 14 remain, not 1 and 18
  await page.getByLabel('Programteoripunkt', { exact: true }).selectOption('#6');
  const caseRows = page.locator('table.evidence-table tbody th');
  await expect(caseRows).toHaveText(['Case 1', 'Case 3', 'Case 7', 'Case 14', 'Case 18']);
  await page.getByLabel('Cases', { exact: true }).selectOption({ label: 'Privat/offentlig: Offentlig' });
  await expect(caseRows).toHaveText(['Case 3', 'Case 7', 'Case 14']);
  await expect(page.locator('.evidence-head')).toContainText('Filter: Privat/offentlig: Offentlig');
  await shot('matrix-10-evidence-offentlig');

  // framework mode: write a summary for Case 14 × #15, see it in the cell, export XLSX with it
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await page.getByLabel('Tal', { exact: true }).selectOption('segments');
  await page.getByLabel(/Rammematrix/).check();
  await cell(page, 'Case 14', '#15').getByRole('button').click();
  const summary = 'Lederen og AMR: kravene er tydelige; tillid til den tilsynsførende.';
  await page.getByLabel('Sammenfatning af cellen', { exact: true }).fill(summary);
  await page.getByRole('button', { name: 'Gem sammenfatning' }).click();
  await expect(cell(page, 'Case 14', '#15').locator('.fw-text')).toHaveText(summary);
  await expect(page.locator('.summary-state')).toHaveText('Gemt');
  await shot('matrix-11-framework');
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Excel (XLSX)' }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe('matrix-case-pt.xlsx');
  // the matrix to Word too: a real table with the totals
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Word (DOCX)' }).click(),
  ]);
  expect(docx.suggestedFilename()).toBe('matrix-case-pt.docx');
  expect((await saved(docx)).subarray(0, 2).toString()).toBe('PK');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await saved(xlsx)) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toContain('Sammenfatninger');
  const sheet = wb.getWorksheet('Sammenfatninger')!;
  let found = '';
  sheet.eachRow((r) => {
    if (r.getCell(1).value === 'Case 14')
      r.eachCell((c) => {
        if (c.value === summary) found = String(c.value);
      });
  });
  expect(found).toBe(summary);
  const counts = wb.getWorksheet('Kodninger')!;
  let c14 = 0,
    c14total = 0,
    totalCol = 0;
  counts.eachRow((r) =>
    r.eachCell((c, col) => {
      if (c.value === 'I alt' && !totalCol) totalCol = col;
    }),
  );
  counts.eachRow((r) => {
    if (r.getCell(1).value === 'Case 14')
      r.eachCell((c, col) => {
        if (typeof c.value === 'number') {
          if (col === totalCol) c14total = c.value;
          else c14 += c.value;
        }
      });
  });
  // Case 14's seven codings counted under each of their points: #15 ×3, #9, #4a, #5, #12, #14, #13, #6
  expect(c14).toBe(10);
  expect(c14total).toBe(7); // …and once each in the row's total
  // undo takes the summary away again
  await page.keyboard.press('Control+z');
  await expect(cell(page, 'Case 14', '#15').locator('.fw-text')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('in English: matrix heatmap and evidence view', async ({ page, app, shot }) => {
  await page.addInitScript(() => localStorage.setItem('cmo-lang', 'en'));
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await page.getByLabel('Columns', { exact: true }).selectOption('pt-kind');
  await page.getByRole('button', { name: 'Heatmap' }).click();
  await expect(page.locator('svg.heatmap .hm-cell[data-row="Case 14"][data-col="#15 M"]')).toHaveAttribute(
    'aria-label',
    'Case 14, #15 M: 2 codings',
  );
  await shot('matrix-12-en-heatmap');
  await page.getByRole('tab', { name: /Evidens|Evidence/ }).click();
  await page.getByLabel('Programme theory point', { exact: true }).selectOption('#10');
  await expect(page.locator('.verdict-tile[data-verdict="refines"]')).toContainText('Refines');
  await shot('matrix-13-en-evidence');
});
