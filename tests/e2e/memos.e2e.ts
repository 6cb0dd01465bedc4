/**
 * Memos beyond one coding, end to end in browser mode on a fresh copy of the sample project: the
 * PT point's memo beside its hypothesis in the evidence view, memos on the project, a source and
 * its case in "Cases og deltagere", kept across a reload, undoable, and found by the search.
 */
import { test, expect } from './fixtures';

test('a PT point memo beside its hypothesis, project/source/case memos, kept on reload and searchable', async ({
  page,
  app,
  shot,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('navigation', { name: 'Kilder' })).toBeVisible();

  // the evidence view: #10's memo stands under its hypothesis
  await page.getByRole('tab', { name: 'Evidens' }).click();
  await page.getByLabel('Programteoripunkt', { exact: true }).selectOption('#10');
  const ptMemo = page.getByRole('region', { name: 'Memo om punktet' });
  await expect(ptMemo).toBeVisible();
  const head = await page.locator('.hypothesis-grid').boundingBox();
  const box = await ptMemo.boundingBox();
  expect(box!.y).toBeGreaterThan(head!.y);
  await ptMemo
    .getByRole('textbox', { name: 'Nyt memo' })
    .fill('Kontrolbesøget virker som bekræftelse, ikke som drivkraft.');
  await ptMemo.getByRole('button', { name: 'Gem memo' }).click();
  await expect(ptMemo.locator('.memo-text')).toHaveText('Kontrolbesøget virker som bekræftelse, ikke som drivkraft.');
  await expect(ptMemo.locator('.memo-byline')).toContainText('e2e');
  await expect(ptMemo.getByRole('textbox', { name: 'Nyt memo' })).toHaveValue('');
  await shot('memos-evidence-pt');

  // the project, the source and its case, in "Cases og deltagere"
  await page.getByRole('tab', { name: 'Cases og deltagere' }).click();
  const project = page.getByRole('region', { name: 'Memoer om projektet' });
  await project.getByRole('textbox', { name: 'Nyt memo' }).fill('Analysenoter: tilsynets dobbeltrolle.');
  await project.getByRole('textbox', { name: 'Nyt memo' }).press('Control+Enter');
  await expect(project.locator('.memo-text')).toHaveText('Analysenoter: tilsynets dobbeltrolle.');
  const source = page.getByRole('region', { name: 'Memoer om kilden' });
  await source.getByRole('textbox', { name: 'Nyt memo' }).fill('Interviewet blev afbrudt efter 40 minutter.');
  await source.getByRole('button', { name: 'Gem memo' }).click();
  await expect(source.locator('.memo-text')).toHaveCount(1);
  const kase = page.getByRole('region', { name: 'Memoer om casen' });
  await kase.getByRole('textbox', { name: 'Nyt memo' }).fill('Skiftede AMR undervejs.');
  await kase.getByRole('button', { name: 'Gem memo' }).click();
  await expect(kase.locator('.memo-text')).toHaveText('Skiftede AMR undervejs.');
  await shot('memos-cases');

  // edit, then undo the edit from the header
  await kase.getByRole('button', { name: /^Ret memoet/ }).click();
  await kase.getByRole('textbox', { name: 'Memotekst' }).fill('Skiftede AMR to gange.');
  await kase.getByRole('button', { name: 'Gem ændring' }).click();
  await expect(kase.locator('.memo-text')).toHaveText('Skiftede AMR to gange.');
  await page.getByRole('button', { name: '↶ Fortryd' }).click();
  await expect(kase.locator('.memo-text')).toHaveText('Skiftede AMR undervejs.');

  // kept across a reload
  await page.reload();
  await page.getByRole('tab', { name: 'Cases og deltagere' }).click();
  await expect(page.getByRole('region', { name: 'Memoer om projektet' }).locator('.memo-text')).toHaveText(
    'Analysenoter: tilsynets dobbeltrolle.',
  );

  // searchable: a memo hit, and a PT memo hit opens the point
  await page.getByRole('tab', { name: 'Søg' }).click();
  await page.getByRole('searchbox', { name: 'Søg i projektet' }).fill('dobbeltrolle');
  const others = page.locator('.hit-group.others');
  await expect(others).toContainText('Memo: projektet');
  await page.getByRole('searchbox', { name: 'Søg i projektet' }).fill('drivkraft');
  await expect(others.locator('.note-hit')).toContainText('Memo: #10');
  await shot('memos-search');
});

test('a memo being typed survives a reload (a new one and an edit), and goes once saved', async ({
  page,
  app,
  shot,
}) => {
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Cases og deltagere' }).click();
  const project = () => page.getByRole('region', { name: 'Memoer om projektet' });
  const source = () => page.getByRole('region', { name: 'Memoer om kilden' });
  await project().getByRole('textbox', { name: 'Nyt memo' }).fill('Halvt skrevet: tilsynet som');
  await source().getByRole('textbox', { name: 'Nyt memo' }).fill('Gemt memo om kilden.');
  await source().getByRole('button', { name: 'Gem memo' }).click();
  await source()
    .getByRole('button', { name: /^Ret memoet/ })
    .click();
  await source().getByRole('textbox', { name: 'Memotekst' }).fill('Gemt memo om kilden, ændret men ikke gemt.');

  await page.reload();
  await expect(page.getByRole('tab', { name: 'Cases og deltagere' })).toHaveAttribute('aria-selected', 'true');
  await expect(project().getByRole('textbox', { name: 'Nyt memo' })).toHaveValue('Halvt skrevet: tilsynet som');
  await expect(source().getByRole('textbox', { name: 'Memotekst' })).toHaveValue(
    'Gemt memo om kilden, ændret men ikke gemt.',
  );
  await shot('memos-draft-after-reload');

  // saved: the draft is gone, and stays gone after another reload
  await project().getByRole('button', { name: 'Gem memo' }).click();
  await expect(project().locator('.memo-text')).toHaveText('Halvt skrevet: tilsynet som');
  await source().getByRole('button', { name: 'Gem ændring' }).click();
  await expect(source().locator('.memo-text')).toHaveText('Gemt memo om kilden, ændret men ikke gemt.');
  await page.reload();
  await expect(project().getByRole('textbox', { name: 'Nyt memo' })).toHaveValue('');
  await expect(source().getByRole('textbox', { name: 'Memotekst' })).toHaveCount(0);
});
