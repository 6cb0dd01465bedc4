/**
 * Transcripts in, through the import dialog, in browser mode on a fresh copy of the sample
 * project: files generated here (a UTF-8 Danish interview named `Case 03 - Leder.txt`, a
 * Windows-1252 text, a Teams-style .vtt with <v Name> voices, junk with a .docx name, a copy of
 * the first file and a PDF) are picked with the file input; the name preview fills case and role;
 * the batch imports with progress and one result per file (junk: a clear error, copy: duplicate,
 * the rest imported); a speaker is mapped to a participant and their turns auto-coded (one undo
 * step). In English: files dropped on the sidebar, and Cancel stopping after the file under way.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from '@playwright/test';
import { onCall, test, expect } from './fixtures';

const LEDER = [
  'Interviewer: Kan du fortælle, hvordan aftaleforløbet startede hos jer?',
  '',
  'IP: Tilsynet kom på besøg i foråret. Vi fik at vide, at løftene ved pakkebordet var et problem, og jeg ' +
    'blev faktisk lettet, for vi havde snakket om det længe.',
  '',
  'Interviewer: Hvad gjorde I så?',
  '',
  'IP: Vi lavede en plan sammen med arbejdsmiljørepræsentanten. Det gik hurtigere, end jeg havde troet, ' +
    'fordi den tilsynsførende gav os tid til at finde vores egen løsning.',
  '',
].join('\n');

const TF_1252 = [
  'I: Hvordan oplevede du mødet med virksomheden?',
  '',
  'TF: Det var et godt møde. Lederen var åben, og arbejdsmiljørepræsentanten sagde ærligt, hvad der var ' +
    'svært. Vi blev enige om én fælles plan før næste besøg.',
  '',
  'I: Blev fristen overholdt?',
  '',
  'TF: Ja, de nåede det hele. Det så jeg ikke så tit før aftaleforløbene — før skrev vi bare påbud.',
  '',
].join('\r\n');

const TEAMS_VTT = `WEBVTT

00:00:01.000 --> 00:00:06.000
<v Taler 1>Tak fordi du ville være med. Kan du fortælle om tilsynsbesøget?</v>

00:00:06.500 --> 00:00:15.000
<v Taler 2>Ja. Vi kom ud til virksomheden i marts, og det første, vi så, var de tunge løft ved pakkebåndet.</v>

00:00:15.500 --> 00:00:22.000
<v Taler 2>Lederen var åben over for at lave en aftale med os i stedet for et påbud.</v>

00:00:22.500 --> 00:00:26.000
<v Taler 1>Hvordan reagerede arbejdsmiljørepræsentanten?</v>

00:00:26.500 --> 00:00:35.000
<v Taler 2>Hun var glad. Hun havde prøvet at få det op i flere år, og nu blev det taget alvorligt.</v>
`;

/** Writes the test files to a fresh temporary folder; returns their paths by name. */
function makeFiles(): { dir: string; file: (name: string) => string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmo-import-e2e-'));
  const put = (name: string, data: string | Buffer) => fs.writeFileSync(path.join(dir, name), data);
  put('Case 03 - Leder.txt', LEDER);
  put('Case 03 - Leder (kopi).txt', LEDER);
  put('case7_TF.txt', iconv.encode(TF_1252, 'win1252'));
  put('C14 møde (Teams).vtt', TEAMS_VTT);
  // binary junk with a Word name (deterministic bytes, not a zip archive)
  put('Case 05 - Leder.docx', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 251)));
  put('noter.pdf', '%PDF-1.4\n% not a transcript\n');
  return { dir, file: (name) => path.join(dir, name) };
}

/** Makes every source.import answer slowly, so progress (and Cancel) can be seen. */
async function slowImports(page: Page, ms: number) {
  await onCall(page, 'source.import', { delayMs: ms });
}

test('import: name preview, batch with progress and per-file results, speaker mapping and auto-coding', async ({
  page,
  app,
  shot,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const files = makeFiles();
  await slowImports(page, 400);

  await page.goto(app.url);
  const sidebar = page.getByRole('navigation', { name: 'Kilder' });
  await expect(sidebar.getByText('Case 1', { exact: true })).toBeVisible();
  const sourcesBefore = await sidebar.locator('.source-item').count();

  // (1) the dialog and the file picker
  await sidebar.getByRole('button', { name: /Importér/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Importér transskriptioner' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Vælg filer…' })).toBeVisible();
  await shot('import-01-pick');

  await dialog
    .locator('input.import-file-input')
    .setInputFiles(
      [
        'Case 03 - Leder.txt',
        'case7_TF.txt',
        'C14 møde (Teams).vtt',
        'Case 05 - Leder.docx',
        'Case 03 - Leder (kopi).txt',
        'noter.pdf',
      ].map(files.file),
    );

  // (2) the preview: case and role read from each name; the PDF marked and left out
  const row = (file: string) => dialog.locator(`tr[data-file="${file}"]`);
  await expect(row('Case 03 - Leder.txt').getByLabel('Case for Case 03 - Leder.txt')).toHaveValue('case-03');
  await expect(row('Case 03 - Leder.txt').getByLabel('Rolle for Case 03 - Leder.txt')).toHaveValue('leder');
  await expect(row('Case 03 - Leder.txt')).toContainText('læst af „Case 03“');
  await expect(row('Case 03 - Leder.txt')).toContainText('læst af „Leder“');
  await expect(row('case7_TF.txt').getByLabel('Case for case7_TF.txt')).toHaveValue('case-07');
  await expect(row('case7_TF.txt').getByLabel('Rolle for case7_TF.txt')).toHaveValue('tilsynsforende');
  await expect(row('case7_TF.txt')).toContainText('læst af „TF“');
  await expect(row('C14 møde (Teams).vtt').getByLabel('Case for C14 møde (Teams).vtt')).toHaveValue('case-14');
  await expect(row('C14 møde (Teams).vtt').getByLabel('Rolle for C14 møde (Teams).vtt')).toHaveValue('');
  await expect(row('noter.pdf')).toContainText('PDF understøttes ikke');
  await expect(row('noter.pdf').getByRole('checkbox')).toBeDisabled();
  await expect(row('noter.pdf').getByRole('checkbox')).not.toBeChecked();
  await expect(dialog.getByText('6 filer')).toBeVisible();
  // the preview looks inside each file: the junk named .docx and the copy are shown as such, not as ready
  await expect(row('Case 05 - Leder.docx')).toContainText(
    'Ikke hvad filendelsen siger — Case 05 - Leder.docx: er ikke en gyldig .docx-fil',
  );
  await expect(row('Case 03 - Leder (kopi).txt')).toContainText(
    'Samme tekst som en anden valgt fil — Case 03 - Leder.txt',
  );
  await expect(row('Case 03 - Leder.txt').locator('.import-ready')).toHaveText('Klar');
  await expect(dialog.getByText('3 kan ikke læses')).toBeVisible();
  // the researcher corrects what the name could not say: the Teams file's source name
  await row('C14 møde (Teams).vtt')
    .getByLabel('Kildenavn for C14 møde (Teams).vtt')
    .fill('Case 14 - Tilsynsførende (Teams)');
  const importButton = dialog.getByRole('button', { name: 'Importér 3 filer' });
  await expect(importButton).toBeEnabled();
  await shot('import-02-preview');

  // (3) import with progress, one file after another
  await importButton.click();
  const progress = dialog.getByRole('status').filter({ hasText: /af 3 filer/ });
  await expect(progress).toBeVisible();
  await expect(dialog.locator('progress.import-bar')).toHaveAttribute('max', '3');
  await expect(progress).toContainText(/1 af 3 filer|2 af 3 filer/);
  await shot('import-03-progress');
  await expect(dialog.getByText('Færdig:')).toBeVisible({ timeout: 20_000 });

  // (4) one result per file imported (the copy and the junk were left out in the preview)
  const result = (file: string) => dialog.locator(`li.import-result[data-file="${file}"]`);
  await expect(dialog.locator('.import-summary')).toHaveText('Færdig: 3 importeret');
  await expect(result('Case 03 - Leder.txt')).toContainText('Importeret');
  await expect(result('Case 03 - Leder.txt')).toContainText('IP → Leder, Case 3');
  await expect(result('Case 03 - Leder.txt')).toContainText('Interviewer → ingen deltager');
  await expect(result('Case 03 - Leder.txt')).toContainText('4 ture');
  await expect(result('case7_TF.txt')).toContainText('TF → Tilsynsførende, Case 7');
  await expect(result('C14 møde (Teams).vtt')).toContainText('som „Case 14 - Tilsynsførende (Teams)“');
  await expect(result('C14 møde (Teams).vtt')).toContainText('Case 14');
  // Teams' "Taler 1"/"Taler 2" could not be placed by name or label: the list says so
  await expect(result('C14 møde (Teams).vtt')).toContainText('Tjek talerne: Taler 1, Taler 2 har ingen rolle endnu.');
  await expect(sidebar.locator('.source-item')).toHaveCount(sourcesBefore + 3);
  await shot('import-04-results');

  // (5) the Teams speakers: "Taler 1" is the interviewer, "Taler 2" the labour inspector of case 14
  await result('C14 møde (Teams).vtt').getByRole('button', { name: 'Talere…' }).click();
  await expect(page.getByRole('dialog', { name: 'Talere og deltagere' })).toBeVisible();
  const speakers = page.getByRole('dialog', { name: 'Talere og deltagere' });
  const sp = (label: string) => speakers.locator(`tr[data-speaker="${label}"]`);
  await expect(sp('Taler 1')).toContainText('2 ture');
  await expect(sp('Taler 2')).toContainText('2 ture'); // consecutive cues of one speaker are one turn
  await expect(sp('Taler 2')).toContainText('Vi kom ud til virksomheden i marts');
  await speakers.getByLabel('Hvem er Taler 1').selectOption({ label: 'Interviewer / ingen deltager' });
  await speakers.getByLabel('Hvem er Taler 2').selectOption({ label: 'Tilsynsførende' });
  await expect(speakers.getByLabel('Case for Taler 2')).toHaveValue('case-14');
  await expect(sp('Taler 2')).toContainText('ændret — ikke gemt');
  await shot('import-05-speakers-edit');
  await speakers.getByRole('button', { name: 'Gem talere' }).click();
  await expect(sp('Taler 2').locator('.col-participant')).toHaveText('Tilsynsførende, Case 14');
  await expect(sp('Taler 1').locator('.col-participant')).toHaveText('ingen (interviewer)');

  // (6) auto-code every turn of the inspector as M #4a: one step
  await sp('Taler 2').getByRole('button', { name: 'Autokod …' }).click();
  const auto = speakers.getByRole('group', { name: 'Autokod Taler 2' });
  await expect(auto).toContainText('Kod alle 2 ture af Tilsynsførende, Case 14 (Taler 2) som:');
  await auto.getByRole('radio', { name: /Mekanisme/ }).click();
  await auto.getByLabel('Programteoripunkt').selectOption('#4a');
  await auto.getByRole('button', { name: 'Kod 2 ture som M #4a' }).click();
  await expect(auto.getByRole('status')).toContainText('2 ture kodet som M #4a.');
  await shot('import-06-autocode');

  // back in the results, the file now shows who is who; open the source from there
  await speakers.getByRole('button', { name: '← Tilbage til resultaterne' }).click();
  await expect(result('C14 møde (Teams).vtt')).toContainText(
    'Taler 1 → ingen deltager · Taler 2 → Tilsynsførende, Case 14',
  );
  await expect(result('C14 møde (Teams).vtt')).not.toContainText('Tjek talerne');
  await result('C14 møde (Teams).vtt').getByRole('button', { name: 'Åbn' }).click();
  await expect(dialog).toBeHidden();

  // the source, its participant and its two codings in the sidebar; one undo removes both
  const teams = sidebar.locator('.source-item', { hasText: 'Case 14 - Tilsynsførende (Teams)' });
  await expect(teams).toContainText('Tilsynsførende · 2 kodninger');
  await expect(page.locator('.transcript-text')).toContainText('Lederen var åben over for at lave en aftale');
  await page
    .getByRole('button', { name: /Fortryd/ })
    .first()
    .click();
  await expect(teams).toContainText('0 kodninger');

  // (7) the mapping is reachable later from the source on screen
  await sidebar.getByRole('button', { name: 'Talere…' }).click();
  const later = page.getByRole('dialog', { name: 'Talere og deltagere' });
  await expect(later.locator('tr[data-speaker="Taler 2"] .col-participant')).toHaveText('Tilsynsførende, Case 14');
  await shot('import-07-speakers-later');
  await later.getByRole('button', { name: 'Luk' }).last().click();
  await expect(later).toBeHidden();

  // (8) the Windows-1252 text reads with its æ, ø, å intact
  await sidebar.locator('.source-item', { hasText: 'case7_TF' }).click();
  await expect(page.locator('.transcript-text')).toContainText(
    'arbejdsmiljørepræsentanten sagde ærligt, hvad der var svært. Vi blev enige om én fælles plan',
  );
  await expect(page.locator('.transcript-text')).toContainText('før skrev vi bare påbud');
  await shot('import-08-cp1252-source');

  expect(pageErrors).toEqual([]);
  fs.rmSync(files.dir, { recursive: true, force: true });
});

test('import in English: files dropped on the sidebar, Cancel stops after the file under way', async ({
  page,
  app,
  shot,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await slowImports(page, 900);
  await page.goto(app.url);
  await page.getByLabel('Sprog').selectOption('en');
  const sidebar = page.locator('nav.sidebar');
  await expect(sidebar.getByRole('button', { name: '+ Import…' })).toBeVisible();
  const sourcesBefore = await sidebar.locator('.source-item').count();

  // drop three files on the sidebar (a DataTransfer built in the page, as a drag from the desktop gives)
  await sidebar.evaluate(
    (nav, texts: [string, string][]) => {
      const dt = new DataTransfer();
      texts.forEach(([name, text]) => dt.items.add(new File([text], name, { type: 'text/plain' })));
      nav.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      nav.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    <[string, string][]>[
      [
        'Case 02 - AMR.txt',
        'Interviewer: Hvad skete der?\n\nAMR: Vi fik en aftale i stedet for et påbud, og det gjorde en forskel.\n',
      ],
      [
        'Case 09 - JA.txt',
        'I: Hvordan var det?\n\nJA: Som ejer var jeg mest optaget af, at det ikke kostede for meget.\n',
      ],
      ['Case 11 - Leder.md', 'Interviewer: Fortæl.\n\nLeder: Vi ændrede vagtplanen, så ingen var alene om natten.\n'],
    ],
  );
  const dialog = page.getByRole('dialog', { name: 'Import transcripts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('tr[data-file="Case 09 - JA.txt"]').getByLabel('Role for Case 09 - JA.txt')).toHaveValue(
    'juridisk-ansvarlig',
  );
  await expect(dialog.locator('tr[data-file="Case 02 - AMR.txt"]')).toContainText('read from “AMR”');
  await expect(dialog.locator('.import-lead')).toHaveText('3 files');
  await shot('import-en-01-dropped');

  // cancel while the first file is under way: it lands, the other two do not
  await dialog.getByRole('button', { name: 'Import 3 files' }).click();
  await expect(dialog.getByText(/0 of 3 files/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel the rest' }).click();
  await expect(dialog.getByRole('button', { name: 'Stopping after this file …' })).toBeDisabled();
  await shot('import-en-02-stopping');
  await expect(dialog.locator('.import-summary')).toHaveText('Done: 1 imported · 2 not imported (cancelled)', {
    timeout: 15_000,
  });
  await expect(dialog.locator('li.import-result[data-file="Case 02 - AMR.txt"]')).toContainText(
    'AMR → Arbejdsmiljørepræsentant, Case 2',
  );
  await expect(dialog.locator('li.import-result[data-file="Case 11 - Leder.md"]')).toContainText(
    'Not imported because the import was cancelled.',
  );
  await expect(sidebar.locator('.source-item')).toHaveCount(sourcesBefore + 1);
  await shot('import-en-03-cancelled');

  // the speaker screen in English
  await dialog
    .locator('li.import-result[data-file="Case 02 - AMR.txt"]')
    .getByRole('button', { name: 'Speakers…' })
    .click();
  const speakers = page.getByRole('dialog', { name: 'Speakers and participants' });
  await expect(speakers.locator('tr[data-speaker="AMR"] .col-participant')).toHaveText(
    'Arbejdsmiljørepræsentant, Case 2',
  );
  await expect(speakers.getByLabel('Who is AMR')).toHaveValue('arbejdsmiljorepraesentant');
  await speakers.locator('tr[data-speaker="AMR"]').getByRole('button', { name: 'Auto-code …' }).click();
  await expect(speakers.getByRole('group', { name: 'Auto-code AMR' })).toContainText(
    'Code 1 turn of Arbejdsmiljørepræsentant, Case 2 (AMR) as:',
  );
  await shot('import-en-04-speakers');
  await speakers.getByRole('button', { name: '← Back to the results' }).click();

  // the two left are still in the list, ready to import
  await dialog.getByRole('button', { name: 'Back to the 2 files that were not imported' }).click();
  await expect(dialog.getByRole('button', { name: 'Import 2 files' })).toBeEnabled();

  // what is wrong with a file, in English too: refused by its name, and by its bytes, before importing
  await dialog.locator('input.import-file-input').setInputFiles([
    { name: 'noter.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% not a transcript\n') },
    {
      name: 'Case 12 - Leder.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('Interviewer: hej\n\nLeder: hej\n'),
    },
    // Windows-1252 bytes (æ ø å as single bytes): imported, with a warning saying how it was read
    {
      name: 'Case 13 - Leder.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        [...'Leder: Vi fik en aftale om l']
          .map((c) => c.charCodeAt(0))
          .concat([0xf8, 0x66, 0x74, 0x20, 0xe6, 0x20, 0xe5, 0x2e, 0x0a]),
      ),
    },
  ]);
  await expect(dialog.locator('tr[data-file="noter.pdf"]')).toContainText(
    'PDF is not supported — export the transcript as .docx or .txt',
  );
  await expect(dialog.locator('tr[data-file="Case 12 - Leder.docx"]')).toContainText(
    'Not what its extension says — Case 12 - Leder.docx: is not a valid .docx file (not a zip archive; it ' +
      'looks like plain text — rename it to .txt)',
  );
  await dialog.getByRole('button', { name: 'Import 3 files' }).click();
  await expect(dialog.locator('li.import-result[data-file="Case 13 - Leder.txt"]')).toContainText(
    'The file was not UTF-8; read as ISO-8859-1',
    { timeout: 15_000 },
  );
  await shot('import-en-05-refusals');
  expect(pageErrors).toEqual([]);
});
