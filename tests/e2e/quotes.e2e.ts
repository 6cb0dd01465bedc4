/**
 * Quotes for the report, end to end on a fresh copy of the sample project: filter to PT #10
 * (three quotes, by case number), star and reorder (drag and ↑ ↓, kept after a reload), a
 * report rendition with (…) and [..] (an unmarked cut refused, reset, undo), the pseudonym list
 * with its leak warning and replacement, .docx export read back, rich-text clipboard, the
 * attribution template, English; and a coding-sheet import with a failing row.
 */
import fs from 'node:fs';
import mammoth from 'mammoth';
import type { Page } from '@playwright/test';
import { apiCall, test, expect } from './fixtures';

const attributions = (page: Page) => page.locator('.quote-cards .quote-attribution').allTextContents();
const card = (page: Page, text: string) => page.locator('.quote-card', { hasText: text });

async function openQuotes(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('tab', { name: 'Citater' }).click();
  await expect(page.locator('.quote-card').first()).toBeVisible();
}

test('quotes: filter, star, order, rendition, pseudonyms, export, clipboard, attribution', async ({
  page,
  app,
  shot,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await openQuotes(page, app.url);
  await expect(page.locator('.leak-status')).toContainText('Pseudonymlisten er tom');

  // (1) PT #10: three quotes, ordered by case number, in the report's style
  await page.getByLabel('Programteoripunkt', { exact: true }).selectOption('#10');
  await expect(page.locator('.quote-card')).toHaveCount(3);
  expect(await attributions(page)).toEqual([
    '(Arbejdsmiljørepræsentant, case 3)',
    '(Tilsynsførende, case 7)',
    '(Juridisk ansvarlig, case 18)',
  ]);
  await expect(page.locator('.quote-card .quote-text').first()).toHaveText(/^\u201d.+\u201d$/);
  // more filters: a case attribute narrows it down (case 3 and 7 are public, 18 is private)
  await page.getByRole('button', { name: /Flere filtre/ }).click();
  await page.getByLabel('Privat/offentlig').selectOption('Offentlig');
  await expect(page.locator('.quote-card')).toHaveCount(2);
  await page.getByLabel('Vurdering').selectOption('refines');
  await expect(page.locator('.quote-card')).toHaveCount(2);
  await page.getByLabel('Vurdering').selectOption('supports');
  await expect(page.locator('.empty')).toBeVisible();
  await page.getByLabel('Vurdering').selectOption('');
  await page.getByLabel('Privat/offentlig').selectOption('');
  await page.getByRole('button', { name: /Flere filtre/ }).click();
  await expect(page.locator('.quote-card')).toHaveCount(3);

  // (2) star case 7's quote; the starred filter shows only it
  const q7 = card(page, '(Tilsynsførende, case 7)');
  await q7.getByRole('button', { name: 'Stjernemarkér' }).click();
  await expect(q7.getByRole('button', { name: 'Fjern stjerne' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Udvalg').selectOption('starred');
  await expect(page.locator('.quote-card')).toHaveCount(1);
  await expect(page.locator('.quote-card .quote-attribution')).toHaveText('(Tilsynsførende, case 7)');
  await page.getByLabel('Udvalg').selectOption('');
  // pick two for the report
  await q7.getByLabel('Til rapporten').check();
  await card(page, 'case 3)').getByLabel('Til rapporten').check();
  await expect(page.locator('.list-head')).toContainText('2 valgt til rapporten');

  // (3) order by hand: drag case 18 above case 3, then move case 18 down one
  await page
    .locator('.quote-card', { hasText: 'case 18)' })
    .locator('.drag-handle')
    .dragTo(page.locator('.quote-card', { hasText: 'case 3)' }), { targetPosition: { x: 200, y: 8 } });
  await expect(page.getByLabel('Rækkefølge')).toHaveValue('manual');
  await expect
    .poll(() => attributions(page))
    .toEqual(['(Juridisk ansvarlig, case 18)', '(Arbejdsmiljørepræsentant, case 3)', '(Tilsynsførende, case 7)']);
  await card(page, 'case 18)').getByRole('button', { name: 'Flyt ned' }).click();
  await expect
    .poll(() => attributions(page))
    .toEqual(['(Arbejdsmiljørepræsentant, case 3)', '(Juridisk ansvarlig, case 18)', '(Tilsynsførende, case 7)']);
  await shot('quotes-01-pt10-manual');
  // the order is the project's: still there after a reload
  await openQuotes(page, app.url);
  await page.getByLabel('Programteoripunkt', { exact: true }).selectOption('#10');
  await page.getByLabel('Rækkefølge').selectOption('manual');
  await expect
    .poll(() => attributions(page))
    .toEqual(['(Arbejdsmiljørepræsentant, case 3)', '(Juridisk ansvarlig, case 18)', '(Tilsynsførende, case 7)']);
  await expect(card(page, 'case 7)').getByRole('button', { name: 'Fjern stjerne' })).toBeVisible();

  // (4) the report rendition of case 7's quote
  await card(page, 'case 7)').getByRole('button', { name: 'Redigér rapportudgave' }).click();
  const editor = page.getByRole('region', { name: 'Rapportudgave af citatet' });
  const box = editor.getByLabel('Rapportudgave', { exact: true });
  const original = await box.inputValue();
  expect(original).toContain('Det skrev jeg ned, og vi aftalte, at lederen skulle følge op der. ');
  // a cut without (…) is refused, with the reason
  await box.fill(original.replace('Det skrev jeg ned, og vi aftalte, at lederen skulle følge op der. ', ''));
  await expect(editor.getByRole('alert')).toContainText('Markér udeladelsen');
  await editor.getByRole('button', { name: 'Gem' }).click();
  await expect(editor.getByRole('alert')).toContainText('Markér udeladelsen');
  await shot('quotes-02-rendition-error');
  const edited = original
    .replace('Det skrev jeg ned, og vi aftalte, at lederen skulle følge op der. ', '(…) ')
    .replace('rengøringsassistenten', '[medarbejderen]');
  await box.fill(edited);
  await expect(editor.getByRole('alert')).toBeHidden();
  await expect(editor.locator('.rendition-original del')).toHaveCount(2);
  await shot('quotes-03-rendition-editing');
  await editor.getByRole('button', { name: 'Gem' }).click();
  const text7 = card(page, 'case 7)').locator('.quote-text').first();
  await expect(text7).toContainText('så der stod [medarbejderen] stadig og løftede stole. (…) Jeg synes ikke');
  await expect(card(page, 'case 7)')).toContainText('forkortet/redigeret');
  // reset to the original, then undo brings the rendition back
  await editor.getByRole('button', { name: 'Nulstil til original' }).click();
  await expect(text7).toContainText('rengøringsassistenten stadig');
  await page.getByRole('button', { name: /Fortryd/ }).click();
  await expect(text7).toContainText('[medarbejderen]');
  await editor.getByRole('button', { name: 'Luk' }).click();

  // (5) docx of PT #10 with footnotes: the download's name, a zip, the quotes as the report prints them
  await page.getByLabel('fodnoter', { exact: true }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Word', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('citater-10.docx');
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const docText = (await mammoth.extractRawText({ buffer: bytes })).value;
  expect(docText).toContain('\u201dMen på den tredje skole');
  expect(docText).toContain('[medarbejderen] stadig og løftede stole. (…) Jeg synes ikke');
  expect(docText).toContain('(Tilsynsførende, case 7)');
  expect(docText.indexOf('case 3)')).toBeLessThan(docText.indexOf('case 18)'));
  expect(docText.indexOf('case 18)')).toBeLessThan(docText.indexOf('case 7)'));
  await expect(page.getByRole('status').filter({ hasText: 'citater-10.docx hentet' })).toBeVisible();

  // (6) the clipboard: rich text and plain text
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Kopiér', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '3 citater kopieret' })).toBeVisible();
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const get = async (type: string) => (item!.types.includes(type) ? (await item!.getType(type)).text() : '');
    return { types: item!.types, html: await get('text/html'), text: await get('text/plain') };
  });
  expect(clip.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
  expect(clip.text).toContain('\u201dMen på den tredje skole');
  expect(clip.text).toMatch(/\u201d\n\(Tilsynsførende, case 7\)/);
  expect(clip.html).toContain('<h2>#10');
  expect(clip.html).toContain('(Tilsynsførende, case 7)');
  await page.getByRole('button', { name: 'Kopiér som Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: '3 citater kopieret som Markdown' })).toBeVisible();
  const markdown10 = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown10).toMatch(/^## #10 /m);
  expect(markdown10).toContain('> \u201dMen på den tredje skole');
  expect(markdown10).toContain('> (Tilsynsførende, case 7)');
  await shot('quotes-04-exported');

  // (7) pseudonyms over all quotes: a listed full name whose first word still stands is warned about
  await page.getByLabel('Programteoripunkt', { exact: true }).selectOption('');
  await page.getByRole('button', { name: /Pseudonymer \(0\)/ }).click();
  const ps = page.getByRole('region', { name: 'Pseudonymer' });
  await ps.getByLabel('Navn').fill('Arbejdstilsynet Syd');
  await ps.getByLabel('Erstatning').fill('[myndigheden]');
  await ps.getByRole('button', { name: 'Tilføj' }).click();
  await expect(ps.locator('.pseudonym-table')).toContainText('Arbejdstilsynet Syd');
  await expect(page.locator('.leak-status')).toContainText('⚠ Pseudonymcheck');
  // the export checks first and lists where, with a way to the quote
  await page.getByRole('button', { name: 'Markdown', exact: true }).click();
  const leakDialog = page.getByRole('dialog', { name: /Navne fra pseudonymlisten/ });
  await expect(leakDialog).toBeVisible();
  await expect(leakDialog.locator('.leak-list')).toContainText('Arbejdstilsynet');
  await expect(leakDialog.locator('.leak-list')).toContainText('del af navnet');
  await shot('quotes-05-leak-warning');
  const leakQuote = await leakDialog.locator('.leak-list tbody tr').first().getAttribute('data-quote-id');
  await leakDialog.getByRole('button', { name: 'Gå til citatet' }).first().click();
  await expect(leakDialog).toBeHidden();
  const flashed = page.locator(`.quote-card[data-quote-id="${leakQuote}"]`).first();
  await expect(flashed).toHaveClass(/flash/);
  await expect(flashed).toBeInViewport();
  await expect(flashed.locator('.quote-text')).toContainText('Arbejdstilsynet');
  // list the name itself: replaced everywhere, the check is clear
  await ps.getByLabel('Navn').fill('Arbejdstilsynet');
  await ps.getByLabel('Erstatning').fill('[tilsynet]');
  await ps.getByRole('button', { name: 'Tilføj' }).click();
  await expect(page.locator('.leak-status')).toContainText('✓ Pseudonymcheck');
  await expect(flashed.locator('.quote-text')).toContainText('[tilsynet]');
  await expect(flashed.locator('.quote-text')).not.toContainText('Arbejdstilsynet');
  await expect(ps.locator('.pseudonym-table tr', { hasText: 'Arbejdstilsynet Syd' })).toContainText(
    'ikke i de viste citater',
  );
  await ps.scrollIntoViewIfNeeded();
  await page.locator('.tab-panel:not([hidden])').evaluate((el) => {
    el.scrollTop = 0;
  });
  await shot('quotes-06-pseudonyms');
  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Markdown', exact: true }).click(),
  ]);
  const markdown = fs.readFileSync(await md.path(), 'utf8');
  expect(markdown).toContain('[tilsynet]');
  expect(markdown).not.toMatch(/arbejdstilsynet/i);
  // off: the quotes as transcribed
  await page.getByLabel('Som i rapporten (pseudonymiseret)').uncheck();
  await expect(flashed.locator('.quote-text')).toContainText('Arbejdstilsynet');
  await ps.getByRole('button', { name: 'Luk' }).click();

  // (8) the attribution template, with a live preview and the service's error for an unknown field
  await page.getByLabel('Programteoripunkt', { exact: true }).selectOption('#10');
  await page.getByRole('button', { name: 'Citatformat' }).click();
  const fmt = page.getByRole('region', { name: 'Citatformat' });
  const template = fmt.getByLabel('Tilskrivning');
  await template.fill('({role}, {case}, {foo})');
  await expect(fmt.getByRole('alert')).toContainText('Ukendt felt {foo}');
  await expect(fmt.getByRole('button', { name: 'Gem tilskrivning' })).toBeDisabled();
  await template.fill('({role}, {case}, {attr:sektor}, {attr:ansatte} ansatte)');
  await expect(fmt.getByTestId('attribution-preview').first()).toHaveText(
    '(Arbejdsmiljørepræsentant, case 3, Offentlig, 35-99 ansatte)',
  );
  await shot('quotes-07-attribution');
  await fmt.getByRole('button', { name: 'Gem tilskrivning' }).click();
  await expect(card(page, 'case 7,').locator('.quote-attribution')).toHaveText(
    '(Tilsynsførende, case 7, Offentlig, +100 ansatte)',
  );
  await fmt.getByLabel('Engelsk “…”').check();
  await expect(card(page, 'case 7,').locator('.quote-text')).toHaveText(/^\u201c.+\u201d$/);
  await fmt.getByLabel('Dansk ”…”').check();
  await expect(card(page, 'case 7,').locator('.quote-text')).toHaveText(/^\u201d.+\u201d$/);

  // (9) in English
  await page.getByLabel('Sprog').selectOption('en');
  await expect(page.getByRole('button', { name: 'Quote format' })).toBeVisible();
  await card(page, 'case 7,').getByRole('button', { name: 'Edit report version' }).click();
  await expect(page.getByRole('region', { name: 'Report version of the quote' })).toBeVisible();
  await shot('quotes-08-english');
  await page.getByLabel('Language').selectOption('da');

  expect(pageErrors).toEqual([]);
});

test('coding sheet: preview every row, all-or-nothing blocked by a bad row, valid rows as one undo step', async ({
  page,
  app,
  shot,
}) => {
  await openQuotes(page, app.url);
  const csv = [
    'source;quote;kind;pt;verdict;memo;coder',
    'Case 01 - Leder;"Hun kom uanmeldt en tirsdag formiddag, tror jeg.";C;#1;supports;uanmeldt besøg;Forsker B',
    'Case 01 - Leder;"Det er plader på op til tredive, femogtredive kilo (…) mange gange om dagen.";C;"#1; ' +
      '#7";refines;;',
    'Case 01 - Leder;"Dette citat står ikke i interviewet.";M;#4a;;;',
    'Case 01 - Leder;"Og vi har faktisk bagefter kigget på svejsehallen også, om der er noget derude, der ' +
      'bliver løftet forkert.";O;#8;unclear;;',
  ].join('\r\n');
  await page.getByRole('button', { name: 'Importér kodeark…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importér kodeark' });
  await expect(dialog).toBeVisible();
  await dialog
    .getByTestId('codesheet-file')
    .setInputFiles({ name: 'kodeark.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(dialog.locator('.codesheet-summary')).toHaveText('4 rækker: 2 placeres, 1 springes over, 1 fejler');
  // the failing row first, with its row number and reason
  const failed = dialog.locator('tr.row-failed');
  await expect(failed).toHaveCount(1);
  await expect(failed.locator('td').first()).toHaveText('4');
  // worded in the window from the row's code and data
  await expect(failed.locator('.reason')).toHaveText('citatet findes ikke i kilden ("Case 01 - Leder")');
  await expect(dialog.getByRole('button', { name: /Anvend alle/ })).toBeDisabled();
  await shot('quotes-09-codesheet-failed');
  await dialog.getByRole('radio', { name: /Alle \(4\)/ }).click();
  await expect(dialog.locator('tbody tr')).toHaveCount(4);
  await expect(dialog.locator('tr[data-row="5"]')).toContainText('springes over');
  await expect(dialog.locator('tr[data-row="5"] .muted').first()).toHaveText('allerede kodet sådan');
  await expect(dialog.locator('tr[data-row="3"]')).toContainText('med 1 forkortelse/udskiftning');
  await shot('quotes-10-codesheet-all');
  await dialog.getByRole('button', { name: 'Anvend de gyldige rækker (2)' }).click();
  await expect(dialog.locator('.codesheet-done')).toContainText('2 rækker er kodet som ét skridt');
  await dialog.getByRole('button', { name: 'Luk', exact: true }).first().click();
  await expect(dialog).toBeHidden();
  // in the quotes: the new passages, the sheet's (…) as the report rendition
  await page.getByLabel('Programteoripunkt', { exact: true }).selectOption('#1');
  await expect(card(page, 'Hun kom uanmeldt en tirsdag formiddag')).toHaveCount(1);
  await expect(card(page, 'femogtredive kilo (…) mange gange om dagen')).toHaveCount(1);
  // one undo step takes the whole sheet back
  await page.getByRole('button', { name: /Fortryd/ }).click();
  await expect(card(page, 'Hun kom uanmeldt en tirsdag formiddag')).toHaveCount(0);
  await expect(card(page, 'femogtredive kilo')).toHaveCount(0);
});

test('a long quote list shows a page at a time: more on request, or all', async ({ page, app, shot }) => {
  await page.goto(app.url);
  await expect(page.locator('.transcript-text p').first()).toBeVisible();
  // every "og" and "det" in the sample coded as Outcome #13 (autocode, as `cmo autocode` does): hundreds of quotes
  let created = 0;
  for (const query of ['"og"', '"det"'])
    created += (await apiCall<{ created: unknown[] }>(page, 'search.autocode', { query, kind: 'O', pt: ['13'] }))
      .created.length;
  expect(created).toBeGreaterThan(210);
  await page.reload();
  await page.getByRole('tab', { name: 'Citater' }).click();
  await page.getByLabel('Programteoripunkt', { exact: true }).selectOption('#13');
  const cards = page.locator('.quote-cards > li');
  await expect(cards).toHaveCount(200);
  const total = created + 2; // the sample's own two #13 codings
  const more = page.getByRole('group', { name: `200 af ${total} citater vist` });
  await expect(more).toBeVisible();
  await shot('quotes-paged');
  await more.getByRole('button', { name: `Vis alle ${total}` }).click();
  await expect(cards).toHaveCount(total);
  await expect(page.getByRole('group', { name: /citater vist/ })).toHaveCount(0);
  // another filter starts at one page again; "more" adds the next
  await page.getByLabel('Programteoripunkt', { exact: true }).selectOption('#10');
  await expect(cards).toHaveCount(3);
  await page.getByLabel('Programteoripunkt', { exact: true }).selectOption('#13');
  await expect(cards).toHaveCount(200);
  await page.getByRole('button', { name: `Vis ${Math.min(200, total - 200)} mere` }).click();
  await expect(cards).toHaveCount(Math.min(400, total));
});
