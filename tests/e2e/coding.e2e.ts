/**
 * The coding workbench end to end, keyboard first, on a fresh copy of the sample project: code a
 * passage as Mekanisme #4a with a verdict and a memo using only keys (the passage itself is
 * selected with a DOM Range, as a mouse would), see #4a's hypothesis beside it, nudge its
 * boundaries by words, undo and redo; an in-vivo thematic code and a code assigned with K; a
 * source assigned to a case; the audit log; the same views in English.
 */
import fs from 'node:fs';
import { NFA_PROGRAMME_THEORY } from '../../src/cmo/templates/nfa-programteori';
import { nudgeRange } from '../../renderer/src/coding/nudge';
import { apiCall, onCall, selectSentence, test, expect } from './fixtures';

const point4a = NFA_PROGRAMME_THEORY.find((p) => p.id === '#4a')!;

test('coding workbench: keyboard coding beside the hypothesis, nudges, undo/redo, codes, cases, log, English', async ({
  page,
  app,
  shot,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(app.url);
  const sidebar = page.getByRole('navigation', { name: 'Kilder' });
  const firstSource = sidebar.locator('.source-group').first();
  const sourceName = (await firstSource.locator('.source-name').first().textContent())!.trim();
  await firstSource.locator('.source-item').first().click();
  await expect(page.locator('.transcript-text p').first()).toBeVisible();

  // the programme theory is a tree: #4a sits under #4
  const ptTree = page.getByRole('tree', { name: 'Programteori' });
  await expect(ptTree.locator('li[data-pt="#4"] li[data-pt="#4a"]')).toHaveCount(1);

  // (1) select, M, 4a (completion shows #4a and its hypothesis), Enter, verdict 3, N memo, Enter
  const passage = await selectSentence(page, 0);
  const panel = page.getByRole('region', { name: 'Ny kodning' });
  await expect(panel.locator('.selected-text')).toContainText(passage.slice(0, 20));
  await page.keyboard.press('m');
  await page.keyboard.type('4a');
  await expect(panel.getByRole('option', { name: /#4a/ })).toHaveAttribute('aria-selected', 'true');
  const beside = panel.getByRole('complementary', { name: 'Hypotese for #4a' });
  await expect(beside).toContainText(point4a.mechanism);
  await expect(beside).toContainText(point4a.questions[0]!);
  await shot('coding-01-completion-and-hypothesis');
  await page.keyboard.press('Enter'); // adds #4a, focus moves to the verdict
  await expect(panel.locator('.chip.chosen')).toHaveText(/#4a/);
  await expect(page.locator('#seg-verdict')).toBeFocused();
  await page.keyboard.press('3');
  await expect(panel.getByRole('radio', { name: /nuancerer/ })).toHaveAttribute('aria-checked', 'true');
  await expect(beside).toBeVisible(); // still beside while the verdict is chosen
  await page.keyboard.press('n');
  await page.keyboard.type('TF som ekspert, men virksomheden styrer selv');
  await shot('coding-02-ready');
  await page.keyboard.press('Enter');
  await expect(panel).toBeHidden();
  const details = page.getByRole('region', { name: 'Valgt kodning' });
  await expect(details.locator('.kind-tag')).toHaveText('Mekanisme · #4a · nuancerer');
  await expect(details.getByLabel('Memo')).toHaveValue('TF som ekspert, men virksomheden styrer selv');
  await expect(details.getByRole('complementary', { name: 'Hypotese for #4a' })).toContainText(point4a.context);
  const segmentId = (await details.getAttribute('data-segment-id'))!;
  const marks = page.locator(`.transcript-text mark[data-segment-ids~="${segmentId}"]`);
  const marked = async () => (await marks.allTextContents()).join('');
  await expect.poll(marked).toBe(passage);
  // its stripe in the margin too, selected (a frame asked for before the action once kept the stripes from being drawn
  // again)
  await expect(page.locator(`.tx-stripe.is-selected[data-segment-id="${segmentId}"]`)).toBeVisible();
  await shot('coding-03-coded');

  // (2) nudge: Shift+Alt+→ takes the next word into the end, Alt+→ drops the first word
  await page.locator('.transcript-head').click();
  await page.keyboard.press('Shift+Alt+ArrowRight');
  await expect.poll(marked).toMatch(new RegExp(`^${passage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+\\S+`));
  const extended = await marked();
  await page.keyboard.press('Alt+ArrowRight');
  const firstWord = passage.split(/\s+/)[0]!;
  await expect.poll(marked).toBe(extended.slice(extended.indexOf(passage.split(/\s+/)[1]!)));
  await expect(details.getByRole('button', { name: /Start et ord tidligere/ })).toBeEnabled();
  await shot('coding-04-nudged');

  // (3) undo puts the first word back, redo takes it away again
  await page.keyboard.press('Control+z');
  await expect.poll(marked).toBe(extended);
  expect(extended.startsWith(firstWord)).toBe(true);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(marked).not.toBe(extended);
  await expect(page.locator('.save-status')).toContainText('Gemt');

  // (4) a second passage coded only with an in-vivo code (V), no C/M/O
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  const second = await selectSentence(page, 1);
  await expect(panel).toBeVisible();
  await page.keyboard.press('v');
  const inVivoChip = panel.locator('.code-chip');
  await expect(inVivoChip).toHaveCount(1);
  await expect(inVivoChip).not.toHaveText(/^code-/); // the name, once the codebook has been read again
  const codeName = (await inVivoChip.textContent())!.replace('×', '').trim();
  expect(second.replace(/\s+/g, ' ').startsWith(codeName.replace(/…$/, '')), `${codeName} ⊄ ${second}`).toBe(true);
  await page.keyboard.press('Enter');
  await expect(details.locator('.kind-tag')).toHaveText(`Ingen C/M/O · intet punkt · uafklaret · ${codeName}`);
  // and K assigns a codebook code to the selected coding: type to filter, Enter adds, Enter saves
  await page.locator('.transcript-head').click();
  await page.keyboard.press('k');
  await expect(page.locator('#seg-codes')).toBeFocused();
  await page.keyboard.type('alliancebyg');
  await expect(details.getByRole('option', { name: /Alliancebygger/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(details.locator('.kind-tag')).toHaveText(
    `Ingen C/M/O · intet punkt · uafklaret · ${codeName}, Alliancebygger`,
  );
  // the codebook shows both with their counts
  await page.getByRole('button', { name: 'Kodebog' }).click();
  const codebook = page.getByRole('region', { name: 'Kodebog' });
  await codebook.getByRole('searchbox').fill('alliance');
  await expect(codebook.getByRole('treeitem').filter({ hasText: 'Alliancebygger' }).locator('.pt-count')).toHaveText(
    '1',
  );
  await codebook.getByRole('searchbox').fill('');
  await expect(codebook.getByRole('treeitem').filter({ hasText: codeName }).first()).toBeVisible();
  await shot('coding-05-codebook');

  // (5) the source assigned to another case
  await page.getByRole('tab', { name: 'Cases og deltagere' }).click();
  const sourcesTable = page.getByRole('region', { name: 'Kilder og cases' });
  const caseSelect = sourcesTable.getByLabel(`Case: ${sourceName}`);
  const oldCase = await caseSelect.inputValue();
  const newCase = oldCase === 'case-20' ? 'case-19' : 'case-20';
  await caseSelect.selectOption(newCase);
  await expect(caseSelect).toHaveValue(newCase);
  await expect(sidebar.locator('.source-group', { hasText: sourceName }).locator('.case-label')).toHaveText(
    newCase === 'case-20' ? /Case 20/ : /Case 19/,
  );
  await expect(page.getByRole('region', { name: `Talere i "${sourceName}"` })).toBeVisible();
  await shot('coding-06-cases');
  // a new case, and an attribute value set on it
  const casesTable = page.getByRole('region', { name: 'Cases', exact: true });
  await casesTable.getByRole('button', { name: '+ Ny case' }).click();
  await expect(casesTable.locator('tr[data-case="Case 21"]')).toBeVisible();
  await casesTable.getByLabel('Ansatte for Case 21').selectOption('35-99');
  await expect(casesTable.getByLabel('Ansatte for Case 21')).toHaveValue('35-99');
  await page.getByRole('region', { name: 'Roller' }).scrollIntoViewIfNeeded();
  await shot('coding-06b-attributes-roles');

  // (6) the log: who, when (Danish date), what; filter by coder
  await page.getByRole('tab', { name: 'Log' }).click();
  const log = page.locator('.log-table');
  await expect(log.locator('tbody tr').first()).toContainText('Case ændret');
  await expect(log.locator('tbody tr').nth(1)).toContainText('Case oprettet');
  await expect(log.locator('tbody tr').nth(2)).toContainText('Kilde ændret');
  await expect(log.locator('tr[data-command="segment.add"]')).toHaveCount(2);
  await expect(log.locator('tr[data-command="codes.add"]')).toHaveCount(1);
  await expect(log.locator('tbody tr').first().locator('td').nth(1)).toHaveText('e2e');
  await expect(log.locator('tbody tr').first().locator('time')).toHaveText(/^\d{2}\.\d{2}\.\d{4}/);
  const total = await log.locator('tbody tr').count();
  await page.getByRole('combobox', { name: 'Koder', exact: true }).selectOption('e2e');
  await expect
    .poll(async () => [...new Set(await log.locator('tbody tr td:nth-child(2)').allTextContents())])
    .toEqual(['e2e']);
  const mine = await log.locator('tbody tr').count();
  expect(mine).toBeLessThan(total); // the sample's own history is by another coder
  await expect(page.getByRole('status').filter({ hasText: `${mine} af ${total} handlinger` })).toBeVisible();
  await shot('coding-07-log');
  // what is shown, saved as CSV for a report's appendix: oldest first, the action named, the change in words
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Gem som CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^log-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  const csvLines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(csvLines[0]).toBe('Hvornår,ISO 8601,Hvem,Handling,Hvad,Kommando');
  expect(csvLines).toHaveLength(mine + 1);
  expect(csvLines[1]).toMatch(/,e2e,Kodning tilføjet,"?Kodede M #4a i ""Case 01 - Leder""/);

  // (7) English
  await page.getByLabel('Sprog').selectOption('en');
  await expect(page.locator('.log-table thead')).toContainText('When');
  await expect(log.locator('tbody tr').nth(2)).toContainText('Source changed');
  // what was done, in English too (recorded as messages), and the undo button's label
  await expect(log.locator('tr[data-command="segment.add"]').last()).toContainText(
    /^.*Coded M #4a in "Case 01 - Leder"/,
  );
  await expect(log.locator('tr[data-command="history.undo"]').first()).toContainText('Undid: Changed M #4a in');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /^Undo: Case "Case 21": /);
  await shot('coding-08-log-en');
  await page.getByRole('tab', { name: /Kodning|Coding/ }).click();
  await marks.first().click();
  const detailsEn = page.getByRole('region', { name: 'Selected coding' });
  await expect(detailsEn.locator('.kind-tag')).toHaveText('Mechanism · #4a · refines');
  await expect(detailsEn.getByRole('complementary', { name: 'Hypothesis of #4a' })).toBeVisible();
  await page.getByRole('button', { name: 'Programme theory', exact: true }).click();
  await shot('coding-09-coding-en');
  await page.getByRole('tab', { name: /Cases/ }).click();
  await expect(page.getByRole('region', { name: 'Case attributes' })).toBeVisible();
  // a refusal from the host, in English too: a case renamed to a name another case has
  const rename = page.getByLabel('Name of Case 21');
  await rename.fill('Case 20');
  await rename.press('Enter');
  await expect(page.getByRole('alert')).toContainText('There is already a case named "Case 20"');
  await expect(rename).toHaveValue('Case 21'); // the field does not pretend it was renamed
  await shot('coding-10-cases-en');
  await page.getByRole('alert').getByRole('button').click();

  expect(pageErrors).toEqual([]);
});

test('the next passage coded before the last one has landed: both coded as typed, no key lost', async ({
  page,
  app,
  shot,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // each coding takes 700 ms to come back, as on a slow disk: time enough to select and code the next passage
  await onCall(page, 'segment.add', { delayMs: 700 });
  await page.goto(app.url);
  await expect(page.locator('.transcript-text p').first()).toBeVisible();
  const panel = page.getByRole('region', { name: 'Ny kodning' });

  const first = await selectSentence(page, 0);
  await expect(panel.locator('.selected-text')).toContainText(first.slice(0, 20));
  await page.keyboard.press('m');
  await page.keyboard.type('4a');
  await page.keyboard.press('Enter');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  // at once the next passage, while the first is on its way: its form starts empty
  const second = await selectSentence(page, 1);
  await expect(panel.locator('.selected-text')).toContainText(second.slice(0, 20));
  await expect(panel.locator('.chip.chosen')).toHaveCount(0);
  await page.keyboard.press('o');
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');

  // the second is shown as the selected coding once it lands; the first was coded as typed for it
  const details = page.getByRole('region', { name: 'Valgt kodning' });
  await expect(details.locator('.kind-tag')).toHaveText('Outcome · #10 · afkræfter');
  await expect(panel).toBeHidden();
  await shot('coding-20-two-in-quick-succession');
  const info = await apiCall<{ sourceList: { id: string }[] }>(page, 'project.info', {});
  const source = await apiCall<{
    segments: { text: string; kind: string | null; pt: string[]; verdict: string | null }[];
  }>(page, 'source.get', { id: info.sourceList[0]!.id });
  const coded = (passage: string) =>
    source.segments.filter((x) => x.text === passage).map((x) => ({ kind: x.kind, pt: x.pt, verdict: x.verdict }));
  expect(coded(first)).toEqual([{ kind: 'M', pt: ['#4a'], verdict: 'supports' }]);
  expect(coded(second)).toEqual([{ kind: 'O', pt: ['#10'], verdict: 'refutes' }]);
  expect(pageErrors).toEqual([]);
});

test('boundary nudges pressed faster than the answers come back all count', async ({ page, app }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await onCall(page, 'segment.update', { delayMs: 400 });
  await page.goto(app.url);
  await expect(page.locator('.transcript-text p').first()).toBeVisible();
  await selectSentence(page, 0); // a sentence with more of its turn after it
  await expect(page.getByRole('region', { name: 'Ny kodning' })).toBeVisible();
  await page.keyboard.press('c');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Valgt kodning' });
  await expect(details).toBeVisible();
  const id = (await details.getAttribute('data-segment-id'))!;
  const info = await apiCall<{ sourceList: { id: string }[] }>(page, 'project.info', {});
  const segmentNow = async () => {
    const d = await apiCall<{ source: { text: string }; segments: { id: string; start: number; end: number }[] }>(
      page,
      'source.get',
      { id: info.sourceList[0]!.id },
    );
    return { text: d.source.text, seg: d.segments.find((x) => x.id === id)! };
  };
  const { text, seg } = await segmentNow();
  let expected = { start: seg.start, end: seg.end };
  for (let i = 0; i < 3; i++) expected = nudgeRange(text, expected.start, expected.end, 'end', 1) ?? expected;
  expect(expected.end).toBeGreaterThan(seg.end);

  // three words more, pressed before the first answer is back
  await page.locator('.transcript-head').click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Alt+ArrowRight');
  await expect.poll(async () => (await segmentNow()).seg.end, { timeout: 10_000 }).toBe(expected.end);
  await expect(page.locator(`.transcript-text mark[data-segment-ids~="${id}"]`).last()).toContainText(
    text.slice(expected.end - 3, expected.end),
  );
  expect(pageErrors).toEqual([]);
});
