/**
 * Who said it, end to end in browser mode on a fresh copy of the sample project: a Teams-style
 * .vtt with `<v Interviewer (NFA)>` and `<v Tilsynsførende>` voices is imported as case 4; the
 * speakers summary shows the interviewer as nobody's participant and is confirmed with one
 * click (the source list's mark goes away); a run-on turn is split at the cursor; "code all hits"
 * of a word both voices say codes only the interviewee's, and says it left the interviewer's out.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const VTT = `WEBVTT

00:00:03.120 --> 00:00:06.480
<v Interviewer (NFA)>Blev I inddraget i løsningen?</v>

00:00:07.000 --> 00:00:12.300
<v Tilsynsførende>Ja, vi blev inddraget fra starten, og løsningen blev bedre af det.</v>

00:00:13.000 --> 00:00:16.000
<v Interviewer (NFA)>Hvordan mærkede I det konkret? Vi holdt møder hver uge med virksomheden.</v>
`;

/** Puts the caret (an empty selection would not open a coding) on the words `from` … `to` in the transcript. */
async function selectWords(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    ([a, b]) => {
      const root = document.querySelector('.transcript-text')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = (n as Text).data;
        const i = t.indexOf(a!),
          j = t.indexOf(b!);
        if (i < 0 || j < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, j + b!.length);
        const sel = document.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return;
      }
      throw new Error(`"${a}" not in the transcript`);
    },
    [from, to],
  );
}

test("speakers: import a Teams VTT, confirm, split a turn, code all hits in the interviewee's speech only", async ({
  page,
  app,
  shot,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmo-speakers-e2e-'));
  const file = path.join(dir, 'Case 04 - Tilsynsførende.vtt');
  fs.writeFileSync(file, VTT);

  await page.goto(app.url);
  const sidebar = page.getByRole('navigation', { name: 'Kilder' });
  await expect(sidebar.getByText('Case 1', { exact: true })).toBeVisible();

  // import: the preview looks inside the file before calling it ready
  await sidebar.getByRole('button', { name: /Importér/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Importér transskriptioner' });
  await dialog.locator('input.import-file-input').setInputFiles([file]);
  const row = dialog.locator('tr[data-file="Case 04 - Tilsynsførende.vtt"]');
  await expect(row.locator('.import-ready')).toHaveText('Klar');
  await dialog.getByRole('button', { name: 'Importér 1 fil' }).click();
  await expect(dialog.getByText('Færdig:')).toBeVisible({ timeout: 20_000 });
  const result = dialog.locator('li.import-result[data-file="Case 04 - Tilsynsførende.vtt"]');
  await expect(result).toContainText('Tilsynsførende → Tilsynsførende, Case 4');
  await expect(result).toContainText('Interviewer (NFA) → ingen deltager');

  // the speakers summary: turns and words per speaker, the interviewer nobody's participant
  await result.getByRole('button', { name: 'Talere…' }).click();
  const speakers = page.getByRole('dialog', { name: 'Talere og deltagere' });
  const check = speakers.getByRole('region', { name: 'Tjek talerne før kodningen' });
  const line = (label: string) => check.locator(`tr[data-check-speaker="${label}"]`);
  await expect(line('Interviewer (NFA)')).toContainText('Interviewer');
  await expect(line('Interviewer (NFA)').locator('td').nth(1)).toHaveText('2');
  await expect(line('Tilsynsførende')).toContainText('Tilsynsførende, Case 4');
  await expect(
    sidebar.locator('.source-item', { hasText: 'Case 04 - Tilsynsførende' }).locator('.unconfirmed-mark'),
  ).toHaveCount(1);
  for (const [w, h] of [
    [1024, 700],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await shot(`speakers-summary-${w}x${h}`);
  }
  await check.getByRole('button', { name: 'Bekræft talerne' }).click();
  await expect(check.getByRole('status')).toHaveText('✓ Talerne er bekræftet');
  await expect(
    sidebar.locator('.source-item', { hasText: 'Case 04 - Tilsynsførende' }).locator('.unconfirmed-mark'),
  ).toHaveCount(0);
  await speakers.getByRole('button', { name: 'Luk' }).last().click();
  await page.keyboard.press('Escape');

  // split the run-on turn: "Vi holdt møder …" is the inspector's answer, not the interviewer's question
  await sidebar.locator('.source-item', { hasText: 'Case 04 - Tilsynsførende' }).click();
  await expect(page.locator('.transcript-text')).toContainText('Vi holdt møder hver uge');
  await selectWords(page, 'Vi holdt', 'uge');
  const tools = page.getByRole('region', { name: 'Taletur: Interviewer (NFA)' });
  await expect(tools).toContainText('Interviewer');
  await tools.getByRole('button', { name: 'Del taleturen her' }).click();
  // the split has landed (the transcript shows the new turn) before the passage is selected again:
  // a selection made while the transcript is drawn anew is lost with the old text nodes
  const turn = page.getByRole('region', { name: 'Taletur: Tilsynsførende' });
  await expect(async () => {
    await selectWords(page, 'Vi holdt', 'uge');
    await expect(turn).toContainText('Tilsynsførende, Case 4', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await page.keyboard.press('Escape');
  await shot('speakers-split-1440x900');

  // code all hits of "inddraget": in both voices, only the inspector's is coded
  await page.getByRole('tab', { name: 'Søg' }).click();
  const box = page.getByRole('searchbox', { name: 'Søg i projektet' });
  await box.fill('inddraget');
  await expect(page.locator('#search-status')).toContainText('2 fund i 1 kilde');
  const codeBox = page.getByRole('region', { name: 'Kod fundene' });
  await codeBox.getByRole('radio', { name: 'Mekanisme' }).click();
  await codeBox.getByLabel('PT-punkt').selectOption('#4a');
  await codeBox.getByRole('button', { name: 'Kod alle 2 fund …' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, kod dem' }).click();
  await expect(codeBox.locator('.code-done')).toContainText('1 passage kodet som M #4a');
  await expect(codeBox.locator('.code-done')).toContainText('1 i interviewerens tale ikke kodet');
  await expect(page.locator('.hit-coded')).toHaveCount(1);
  for (const [w, h] of [
    [1024, 700],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await shot(`speakers-code-all-${w}x${h}`);
  }
  expect(errors).toEqual([]);
  fs.rmSync(dir, { recursive: true, force: true });
});
