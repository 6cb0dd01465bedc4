/**
 * The foundation slice end to end, in browser mode against a fresh copy of the sample project:
 * sources and programme theory shown; a passage selected and coded M + #4a; the count in the
 * matrix; the quote in the report's style; undo removes it again. Independent of the exact
 * sample texts: the passage is the first sentence of a speaker's turn found in the DOM.
 */
import type { Page } from '@playwright/test';
import { onCall, test, expect } from './fixtures';

/** Selects the first whole sentence after a speaker label, via a DOM Range; returns its text. */
async function selectFirstSentence(page: Page): Promise<string> {
  const passage = await page.evaluate(() => {
    const root = document.querySelector('.transcript-text');
    if (!root) throw new Error('no transcript');
    for (const p of root.querySelectorAll('p')) {
      const label = p.querySelector('.tx-speaker, strong, b');
      if (!label || /interview/i.test(label.textContent ?? '')) continue;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!(n instanceof Text) || label.contains(n)) continue;
        const text = n.data;
        const m = /\S[^.!?]*[.!?]/.exec(text);
        if (!m || m[0].split(/\s+/).length < 4) continue;
        const range = document.createRange();
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        const sel = document.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return m[0];
      }
    }
    throw new Error('no sentence after a speaker label');
  });
  return passage;
}

/** The number in the case × point cell (zero cells show a faint 0). */
async function cellValue(page: Page, row: string, col: string): Promise<number> {
  const cell = page.locator(`table.matrix td[data-row="${row}"][data-col="${col}"]`);
  await expect(cell).toHaveCount(1);
  return Number((await cell.textContent())?.trim());
}

test('foundation: code a passage, see it in matrix and quotes, undo it', async ({ page, app, shot }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));

  // (a) sources by case, the programme theory and its points
  await page.goto(app.url);
  const sidebar = page.getByRole('navigation', { name: 'Kilder' });
  await expect(sidebar.getByText('Case 1', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Programteori/ })).toBeVisible();
  await expect(page.locator('.pt-list').getByText('#4a', { exact: true })).toBeVisible();
  await shot('01-start');

  // the source we will code: the first one listed under a case
  const firstSource = sidebar.locator('.source-group').first();
  const caseLabel = (await firstSource.locator('.case-label').textContent())!.trim();
  await firstSource.locator('.source-item').first().click();
  await expect(page.locator('.transcript-text p').first()).toBeVisible();
  const marksBefore = await page.locator('.transcript-text mark').count();

  // the matrix cell before coding
  await page.getByRole('tab', { name: 'Matrix' }).click();
  const before = await cellValue(page, caseLabel, '#4a');
  await page.getByRole('tab', { name: 'Kodning' }).click();
  await expect(page.locator('.transcript-text p').first()).toBeVisible();

  // (b) select a passage and code it M + #4a with the keyboard
  const passage = await selectFirstSentence(page);
  const panel = page.getByRole('region', { name: 'Ny kodning' });
  await expect(panel).toBeVisible();
  await expect(panel.locator('.selected-text')).toContainText(passage.slice(0, 20));
  await shot('02-selected');
  await page.keyboard.press('m');
  await expect(panel.getByRole('radio', { name: /Mekanisme/ })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.type('4a');
  await expect(panel.getByLabel('Programteoripunkt', { exact: true })).toHaveValue('4a');
  await page.keyboard.press('Enter'); // adds #4a
  await expect(panel.locator('.chip.chosen')).toHaveText(/#4a/);
  await shot('03-ready-to-code');
  await page.keyboard.press('Enter'); // codes
  await expect(panel).toBeHidden();
  const details = page.getByRole('region', { name: 'Valgt kodning' });
  await expect(details).toContainText('Mekanisme · #4a');
  const selectedMarks = page.locator('.transcript-text mark.is-selected');
  await expect(selectedMarks.first()).toBeVisible();
  expect((await selectedMarks.allTextContents()).join('')).toBe(passage);
  await expect(selectedMarks.first()).toHaveAttribute('data-kinds', /M/);
  // hover details are built on demand (no title on marks): the card names kind and point
  await selectedMarks.first().hover();
  await expect(page.locator('.tx-popover')).toContainText(/Mekanisme[\s\S]*#4a/);
  await page.mouse.move(5, 5);
  await expect(page.locator('.save-status')).toContainText('Gemt');
  const segmentId = await details.getAttribute('data-segment-id');
  await shot('04-coded');

  // (c) the matrix counts it in this case × #4a, and the cell leads back to the passage
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await expect.poll(() => cellValue(page, caseLabel, '#4a')).toBe(before + 1);
  await page.locator(`table.matrix td[data-row="${caseLabel}"][data-col="#4a"] button`).click();
  const cellList = page.getByRole('region', { name: 'Kodninger i cellen' });
  await expect(cellList.locator('.quote-text', { hasText: passage })).toBeVisible();
  await shot('05-matrix');
  await cellList
    .locator('.quote', { hasText: passage })
    .getByRole('button', { name: /Vis i transskriptionen/ })
    .click();
  await expect(page.getByRole('tab', { name: 'Kodning' })).toHaveAttribute('aria-selected', 'true');
  await expect(selectedMarks.first()).toBeInViewport();

  // (d) the quote in the report's style: ”…” then (Rolle, case N) on its own line
  await page.getByRole('tab', { name: 'Citater' }).click();
  await page.getByLabel('Programteoripunkt', { exact: true }).selectOption('#4a');
  const quote = page.locator('.quote', { hasText: passage });
  await expect(quote.locator('.quote-text')).toHaveText(`\u201d${passage}\u201d`);
  const caseNumber = caseLabel.replace(/\D+/g, '');
  await expect(quote.locator('.quote-attribution')).toHaveText(new RegExp(`^\\([^,()]+, case ${caseNumber}\\)$`));
  await shot('06-quotes');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Kopiér som Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'kopieret som Markdown' })).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain(`> \u201d${passage}\u201d`);
  expect(markdown).toMatch(/^## #4a /m);

  // clicking plain text clears the chosen coding, clicking the highlight shows it again
  await page.getByRole('tab', { name: 'Kodning' }).click();
  await expect(details).toBeVisible();
  await page.locator('.transcript-text .tx-speaker').first().click();
  await expect(details).toBeHidden();
  await page.locator(`.transcript-text mark[data-segment-ids~="${segmentId}"]`).first().click();
  await expect(details).toContainText('Mekanisme · #4a');

  // (e) undo (Ctrl+Z) removes the coding again
  await page.locator('.transcript-head').click();
  await page.keyboard.press('Control+z');
  await expect(details).toBeHidden();
  await expect(page.locator('.transcript-text mark')).toHaveCount(marksBefore);
  await shot('07-undone');
  // redo (Shift+Ctrl+Z) brings it back, the header's Fortryd button takes it away again
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator(`.transcript-text mark[data-segment-ids~="${segmentId}"]`).first()).toBeVisible();
  await page.getByRole('button', { name: /Fortryd/ }).click();
  await expect(page.locator('.transcript-text mark')).toHaveCount(marksBefore);
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await expect.poll(() => cellValue(page, caseLabel, '#4a')).toBe(before);

  expect(pageErrors).toEqual([]);
});

test('an API error is shown in a dismissible message bar, and nothing is coded', async ({ page, app, shot }) => {
  await onCall(page, 'segment.add', { reply: { ok: false, kind: 'domain', error: 'Projektfilen er skrivebeskyttet' } });
  await page.goto(app.url);
  await page.locator('.source-item').first().click();
  await expect(page.locator('.transcript-text p').first()).toBeVisible();
  const marks = await page.locator('.transcript-text mark').count();
  await selectFirstSentence(page);
  const panel = page.getByRole('region', { name: 'Ny kodning' });
  await expect(panel).toBeVisible();
  await page.keyboard.press('c');
  await panel.locator('.pt-grid').getByRole('button', { name: '#1', exact: true }).click();
  await panel.getByRole('button', { name: /^Kod/ }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Projektfilen er skrivebeskyttet');
  await expect(panel).toBeVisible(); // the passage is still selected, ready to try again
  await expect(page.locator('.transcript-text mark')).toHaveCount(marks);
  await shot('08-error');
  await alert.getByRole('button', { name: 'Luk fejlbesked' }).click();
  await expect(alert).toBeHidden();
});
