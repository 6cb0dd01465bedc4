/** Keyboard all the way: one tab stop for the tab bar and for the PT tree, arrows within them. */
import { apiCall, selectSentence, test, expect } from './fixtures';

test('the tab bar and the programme theory tree are one tab stop each, moved through with the arrow keys', async ({
  page,
  app,
  shot,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(app.url);
  const tabs = page.getByRole('tablist', { name: 'Visninger' });
  await expect(tabs.locator('[role=tab][tabindex="0"]')).toHaveCount(1);
  await page.getByRole('tab', { name: 'Kodning' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Matrix' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Matrix' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Log' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight'); // wraps
  await expect(page.getByRole('tab', { name: 'Kodning' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.getByRole('tab', { name: 'Kodning' })).toHaveAttribute('aria-selected', 'true');

  const tree = page.getByRole('tree', { name: 'Programteori' });
  await expect(tree.locator('.pt-item[tabindex="0"]')).toHaveCount(1);
  await tree.locator('.pt-item[tabindex="0"]').focus();
  await page.keyboard.press('ArrowDown');
  await expect(tree.locator('li[data-pt="#1"] > .pt-row .pt-item')).toBeFocused();
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
  await expect(tree.locator('li[data-pt="#3"] > .pt-row .pt-item')).toBeFocused();
  await page.keyboard.press('ArrowLeft'); // closes #3
  await expect(tree.locator('li[data-pt="#3"]')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown'); // #3a is hidden now: on to #4
  await expect(tree.locator('li[data-pt="#4"] > .pt-row .pt-item')).toBeFocused();
  await page.keyboard.press('ArrowRight'); // open already: to its first child
  await expect(tree.locator('li[data-pt="#4a"] > .pt-row .pt-item')).toBeFocused();
  await page.keyboard.press('ArrowLeft'); // to the parent
  await expect(tree.locator('li[data-pt="#4"] > .pt-row .pt-item')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tree.locator('li[data-pt="#4"]')).toHaveAttribute('aria-selected', 'true');
  await expect(tree.locator('.pt-item[tabindex="0"]')).toHaveCount(1);
  await shot('keyboard-pt-tree-1024x700');
  // at 1024 px beside the matrix the tree is narrow: long Danish titles wrap, every count stays in view
  await page.getByRole('tab', { name: 'Matrix' }).click();
  const right = await tree.evaluate((t) => t.getBoundingClientRect().right);
  const spill = await tree
    .locator('.pt-title, .pt-count')
    .evaluateAll((els, edge) => els.filter((e) => e.getBoundingClientRect().right > edge + 0.5).length, right);
  expect(spill).toBe(0);
  await shot('keyboard-pt-tree-matrix-1024x700');

  // ? opens the sheet of every key; Escape closes it
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Tastatur' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('komma tilføjer flere');
  await shot('keyboard-shortcut-sheet-1024x700');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('a passage selected with the caret and Shift+arrows, coded M #4a with keys alone; the text stays put', async ({
  page,
  app,
  shot,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Kilder' }).locator('.source-item').first().click();
  const transcript = page.locator('.transcript-text');
  await expect(transcript.locator('p').first()).toBeVisible();
  // a source with no codings yet: the first one must not push the text down
  const title = (await page.locator('.source-title').textContent())!.trim();
  const info = await apiCall<{ sourceList: { id: string; name: string }[] }>(page, 'project.info', {});
  const sourceId = info.sourceList.find((s) => s.name === title)!.id;
  const before = await apiCall<{ segments: { id: string }[]; source: { text: string } }>(page, 'source.get', {
    id: sourceId,
  });
  for (const s of before.segments) await apiCall(page, 'segment.remove', { id: s.id });
  await expect(transcript.locator('mark')).toHaveCount(0); // the window takes in the outside change
  // where the first line sits in the page's content (however far it is scrolled: the caret may scroll it)
  const textTop = () =>
    transcript
      .locator('p')
      .first()
      .evaluate((el) => {
        let y = el.getBoundingClientRect().top;
        for (let a = el.parentElement; a; a = a.parentElement) y += a.scrollTop;
        return y;
      });
  const topBefore = await textTop();

  // the caret goes where a click would put it: at the start of a sentence; from there the keyboard alone
  const sentence = await selectSentence(page, 0);
  await transcript.focus();
  await page.evaluate(() => document.getSelection()!.collapseToStart());
  await expect(transcript).toHaveAttribute('aria-readonly', 'true');
  await page.keyboard.press('x'); // not a key of the window: nothing happens, the text is not changed
  await page.keyboard.press('Backspace');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  const panel = page.getByRole('region', { name: 'Ny kodning' });
  await expect(panel.locator('.selected-text')).toContainText(sentence.split(/\s+/)[0]!);
  // the words the caret went over, from the sentence's start (the quote marks around them aside)
  // the panel follows each key press; wait until it shows more than the first word
  const shownWords = async () => ((await panel.locator('.selected-text').textContent()) ?? '').replace(/^”|”$/g, '');
  await expect.poll(async () => (await shownWords()).split(/\s+/).length).toBeGreaterThanOrEqual(2);
  const words = await shownWords();
  expect(sentence.startsWith(words)).toBe(true);
  await page.keyboard.press('m');
  await page.keyboard.type('4a');
  await page.keyboard.press('Enter'); // adds #4a, on to the verdict
  await page.keyboard.press('Enter'); // codes
  const details = page.getByRole('region', { name: 'Valgt kodning' });
  await expect(details.locator('.kind-tag')).toHaveText('Mekanisme · #4a · uafklaret');
  await expect(transcript.locator('mark')).toHaveCount(1);
  await expect(page.locator('.tx-stripe')).toHaveCount(1);
  expect(Math.abs((await textTop()) - topBefore)).toBeLessThan(1);
  const after = await apiCall<{ segments: { start: number; end: number }[]; source: { text: string } }>(
    page,
    'source.get',
    { id: sourceId },
  );
  expect(after.source.text).toBe(before.source.text);
  expect(after.segments).toHaveLength(1);
  // the words the caret went over (the last ones may have landed after the panel was read)
  const coded = after.source.text.slice(after.segments[0]!.start, after.segments[0]!.end);
  expect(coded.startsWith(words) && sentence.startsWith(coded)).toBe(true);
  // stripes 12 px wide, their letters at least 10 px
  const stripe = page.locator('.tx-stripe').first();
  expect((await stripe.boundingBox())!.width).toBeGreaterThanOrEqual(12);
  await shot('keyboard-coding-caret-1024x700');
  // at 1024 px the panel is narrow: its kind buttons and PT heading wrap rather than spill over its edge
  const kinds = details.locator('.kind-button');
  await kinds.first().scrollIntoViewIfNeeded();
  const edge = (await details.boundingBox())!;
  for (const b of await kinds.all()) {
    const box = (await b.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(edge.x + edge.width + 0.5);
  }
  await shot('keyboard-coding-panel-1024x700');
  // the caret stays at the coded passage's end: Shift+arrows go on from there
  await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(panel).toBeVisible();
});

test('S selects the sentence at the caret and T its speaker turn, by keyboard alone', async ({ page, app }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Kilder' }).locator('.source-item').first().click();
  const transcript = page.locator('.transcript-text');
  await expect(transcript.locator('p').first()).toBeVisible();
  const sentence = await selectSentence(page, 1);
  await transcript.focus();
  // the caret a few words into the sentence
  await page.evaluate(() => document.getSelection()!.collapseToStart());
  for (let i = 0; i < 2; i++) await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('s');
  const panel = page.getByRole('region', { name: 'Ny kodning' });
  const shown = () => panel.locator('.selected-text').textContent();
  await expect(panel.locator('.selected-text')).toBeVisible();
  expect((await shown())!.replace(/^”|”$/g, '').trim()).toBe(sentence.trim());
  await page.keyboard.press('t');
  await expect
    .poll(async () => ((await shown()) ?? '').length, { message: 'the turn holds the sentence and more or as much' })
    .toBeGreaterThanOrEqual(sentence.trim().length);
  expect((await shown())!).toContain(sentence.trim().slice(0, 20));
  // the transcript's text was not changed by the letters
  await expect(transcript).toHaveAttribute('aria-readonly', 'true');
});
