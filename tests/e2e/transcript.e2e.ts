/**
 * The transcript view end to end, in browser mode on a fresh copy of the sample project:
 * coding stripes in the margin (visible, hover, click selects), the hover card on a highlight,
 * speaker labels, correcting a typo inside a coded passage in edit mode (the coding survives,
 * is flagged, shows up in the review list and is approved), undo of the correction, and the
 * view in English. Independent of the exact sample texts: passages are found in the DOM.
 */
import type { Page } from '@playwright/test';
import { apiCall, test, expect } from './fixtures';

/** Opens the first source under a case that has coded passages. */
async function openCodedSource(page: Page): Promise<void> {
  const items = page.getByRole('navigation', { name: 'Kilder' }).locator('.source-item');
  await expect(items.first()).toBeVisible();
  const n = await items.count();
  for (let i = 0; i < n; i++) {
    await items.nth(i).click();
    await expect(page.locator('.transcript-text p').first()).toBeVisible();
    if ((await page.locator('.transcript-text mark[data-segment-ids]').count()) > 0) return;
  }
  throw new Error('no source with coded passages in the sample');
}

/** A mark covered by exactly one segment with a word of 6+ letters inside it: the segment id and the word. */
async function singleSegmentWord(page: Page): Promise<{ id: string; word: string }> {
  return page.evaluate(() => {
    for (const m of document.querySelectorAll<HTMLElement>('.transcript-text mark[data-segment-ids]')) {
      const ids = (m.dataset.segmentIds ?? '').split(' ');
      if (ids.length !== 1) continue;
      const w = /[A-Za-zæøåÆØÅ]{6,}/.exec(m.textContent ?? '');
      if (w) return { id: ids[0]!, word: w[0] };
    }
    throw new Error('no single-segment mark with a long word');
  });
}

test('stripes in the margin: visible, hover shows the coding, click selects it; hover card on a highlight', async ({
  page,
  app,
  shot,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(app.url);
  await openCodedSource(page);

  // speaker turns carry who speaks (role) above them, outside the text itself
  const labelled = page.locator('.transcript-text p[data-who]');
  await expect(labelled.first()).toBeAttached();
  expect((await labelled.first().getAttribute('data-who'))!.length).toBeGreaterThan(1);

  // lanes per PT point, labelled, with stripes
  const stripes = page.locator('.tx-stripes');
  await expect(stripes).toBeVisible();
  const laneLabels = await stripes.locator('.tx-lane-label').allTextContents();
  expect(laneLabels.length).toBeGreaterThan(0);
  expect(laneLabels.some((l) => /^#\d/.test(l) || l === 'Overordnet')).toBe(true);
  const stripe = stripes.locator('.tx-stripe').first();
  await expect(stripe).toBeVisible();
  const id = (await stripe.getAttribute('data-segment-id'))!;

  // hovering a stripe: its card, and its passage marked in the text
  await stripe.hover();
  const card = page.locator('.tx-popover');
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('data-segment-ids', id);
  await expect(card).toContainText(/Kontekst|Mekanisme|Outcome|Tematisk/);
  await expect(card).toContainText('Kodet af');
  await expect(page.locator(`.transcript-text mark.is-hovered[data-segment-ids~="${id}"]`).first()).toBeAttached();
  await shot('transcript-01-stripe-hover');

  // clicking it selects the segment: details on the right, its marks outlined, its stripe too
  await stripe.click();
  const details = page.getByRole('region', { name: 'Valgt kodning' });
  await expect(details).toBeVisible();
  await expect(details).toHaveAttribute('data-segment-id', id);
  await expect(page.locator(`.transcript-text mark.is-selected[data-segment-ids~="${id}"]`).first()).toBeVisible();
  await expect(stripes.locator(`.tx-stripe.is-selected[data-segment-id="${id}"]`).first()).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();

  // hover on a highlight builds its card on the spot (no title attributes on marks)
  const mark = page.locator('.transcript-text mark[data-segment-ids]').first();
  expect(await mark.getAttribute('title')).toBeNull();
  await mark.hover();
  await expect(card).toBeVisible();
  const markIds = (await mark.getAttribute('data-segment-ids'))!;
  await expect(card).toHaveAttribute('data-segment-ids', markIds);
  await expect(card.locator('.tx-popover-item')).toHaveCount(markIds.split(' ').length);
  await shot('transcript-02-mark-hover');
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();

  // lanes per kind instead
  await page.getByLabel('Kodestriber', { exact: true }).selectOption('kind');
  await expect(stripes.locator('.tx-lane-label', { hasText: /^(Kontekst|Mekanisme|Outcome)$/ }).first()).toBeAttached();
  const kindLanes = await stripes.locator('.tx-lane-label').allTextContents();
  expect(kindLanes.filter((l) => ['Kontekst', 'Mekanisme', 'Outcome'].includes(l)).length).toBeGreaterThan(0);
  expect(kindLanes.every((l) => !/^#/.test(l))).toBe(true);
  await shot('transcript-03-lanes-by-kind');
  await page.getByLabel('Kodestriber', { exact: true }).selectOption('pt');

  expect(pageErrors).toEqual([]);
});

test('edit mode: a typo fixed in a coded passage keeps and flags the coding, approval clears it; undo too', async ({
  page,
  app,
  shot,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(app.url);
  await openCodedSource(page);
  const { id, word } = await singleSegmentWord(page);
  const marks = page.locator(`.transcript-text mark[data-segment-ids~="${id}"]`);
  const before = (await marks.allTextContents()).join('');
  const fixed = `${word.slice(0, -1)}x${word.slice(-1)}`; // a one-letter change inside the word

  await page.getByRole('button', { name: /Ret transskription/ }).click();
  const bar = page.getByRole('region', { name: 'Ret transskription' });
  await expect(bar).toBeVisible();
  await expect(page.locator('.transcript-text')).toHaveAttribute('aria-readonly', 'false');
  await expect(page.locator('.tx-stripes')).toHaveCount(0);
  // put the caret before the word's last letter inside the coded passage and type the letter
  await page.evaluate(
    ({ id, word }) => {
      const mark = [...document.querySelectorAll<HTMLElement>(`.transcript-text mark[data-segment-ids~="${id}"]`)].find(
        (m) => m.textContent?.includes(word),
      )!;
      const walker = document.createTreeWalker(mark, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(word);
        if (at < 0) continue;
        (mark.closest('[contenteditable]') as HTMLElement).focus();
        document.getSelection()!.setBaseAndExtent(n, at + word.length - 1, n, at + word.length - 1);
        return;
      }
      throw new Error('word not found in its mark');
    },
    { id, word },
  );
  await page.keyboard.type('x');
  await expect(page.locator('.transcript-text')).toContainText(fixed);
  await shot('transcript-04-editing');
  await bar.getByRole('button', { name: 'Gem rettelser' }).click();

  // the coding is still there, with the corrected text, and flagged for review
  await expect(page.locator('.transcript-text')).toHaveAttribute('aria-readonly', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'markeret til gennemsyn' })).toBeVisible();
  const after = (await marks.allTextContents()).join('');
  expect(after).toBe(before.replace(word, fixed));
  const review = page.getByRole('region', { name: 'Kodninger til gennemsyn' });
  await expect(review).toBeVisible();
  const item = review.locator(`.review-item[data-segment-id="${id}"]`);
  await expect(item).toBeVisible();
  await expect(item.locator('del')).toContainText(word);
  await expect(item.locator('ins')).toContainText(fixed);
  await expect(page.getByRole('button', { name: /Til gennemsyn \(1\)/ })).toBeVisible();
  await shot('transcript-05-flagged-review');

  // jump to it, then approve
  await item.getByRole('button', { name: 'Vis i teksten' }).click();
  await expect(page.getByRole('region', { name: 'Valgt kodning' })).toHaveAttribute('data-segment-id', id);
  await expect(marks.first()).toBeInViewport();
  await item.getByRole('button', { name: 'Godkend' }).click();
  await expect(item).toBeHidden();
  await expect(review).toContainText('Ingen kodninger venter på gennemsyn');
  await expect(page.getByRole('button', { name: /Til gennemsyn/ })).toHaveCount(0);
  await shot('transcript-06-approved');

  // undo: first the approval (flagged again), then the correction itself (the old text back)
  await page.locator('.transcript-head h2').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: /Til gennemsyn \(1\)/ })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: /Til gennemsyn/ })).toHaveCount(0);
  await expect.poll(async () => (await marks.allTextContents()).join('')).toBe(before);
  await expect(page.locator('.transcript-text')).not.toContainText(fixed);
  await expect(page.getByRole('status').filter({ hasText: 'markeret til gennemsyn' })).toHaveCount(0);
  await shot('transcript-07-undone');

  expect(pageErrors).toEqual([]);
});

test('a coding’s boundaries: drag the end handle over words, move the start by keyboard, undo both', async ({
  page,
  app,
  shot,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(app.url);
  await openCodedSource(page);
  // code three words of uncoded text that more words follow on the same line
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('.transcript-text')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!(n instanceof Text) || n.parentElement?.closest('mark, strong, b, .tx-speaker')) continue;
      const words = [...n.data.matchAll(/[A-Za-zæøåÆØÅ]{2,}/g)];
      if (words.length < 8) continue;
      const r = document.createRange();
      r.setStart(n, words[1]!.index!);
      r.setEnd(n, words[3]!.index! + words[3]![0].length);
      n.parentElement!.scrollIntoView({ block: 'center' });
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      return;
    }
    throw new Error('no plain text with eight words');
  });
  const panel = page.getByRole('region', { name: 'Ny kodning' });
  await expect(panel).toBeVisible();
  await page.keyboard.press('c');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Valgt kodning' });
  await expect(details).toBeVisible();
  const target = { id: (await details.getAttribute('data-segment-id'))!, text: '' };
  const marks = page.locator(`.transcript-text mark[data-segment-ids~="${target.id}"]`);
  const marked = async () => (await marks.allTextContents()).join('');
  await expect.poll(marked).not.toBe('');
  target.text = await marked();
  const end = page.locator('.tx-handle-end');
  await expect(end).toBeVisible();
  await expect(page.locator('.tx-handle-start')).toBeVisible();
  await shot('transcript-08-handles');

  // drag the end handle into the second word after the passage: the coding ends after that word
  const to = await page.evaluate((id) => {
    const all = document.querySelectorAll<HTMLElement>(`mark[data-segment-ids~="${id}"]`);
    // Lexical draws text as spans: the text right after the passage
    const after = all[all.length - 1]!.nextElementSibling!.firstChild as Text;
    const words = [...after.data.matchAll(/\S+/g)];
    const w = words[1]!;
    const r = document.createRange();
    r.setStart(after, w.index! + 1);
    r.setEnd(after, w.index! + 2);
    const box = r.getBoundingClientRect();
    return {
      x: box.left + box.width / 2,
      y: box.top + box.height / 2,
      expect: after.data.slice(0, w.index! + w[0].length).replace(/[.,;:!?…”"')\]]+$/, ''),
    };
  }, target.id);
  const handle = await end.boundingBox();
  await page.mouse.move(handle!.x + handle!.width / 2, handle!.y + handle!.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await expect
    .poll(() =>
      page.evaluate(() => (CSS.highlights.get('cmo-drag') ? [...CSS.highlights.get('cmo-drag')!][0]!.toString() : '')),
    )
    .toContain(to.expect.trim().split(/\s+/).at(-1)!);
  await shot('transcript-09-dragging');
  await page.mouse.up();
  await expect
    .poll(marked)
    .toMatch(
      new RegExp(
        `^${target.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${to.expect.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      ),
    );
  const dragged = await marked();
  await shot('transcript-10-dragged');

  // the start handle, by keyboard: → drops the first word
  await page.locator('.tx-handle-start').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(marked).not.toBe(dragged);
  expect(dragged.endsWith(await marked())).toBe(true);

  // both are undoable steps
  await page.locator('.transcript-head h2').click();
  await page.keyboard.press('Control+z');
  await expect.poll(marked).toBe(dragged);
  await page.keyboard.press('Control+z');
  await expect.poll(marked).toBe(target.text);
  expect(pageErrors).toEqual([]);
});

test('codings to review in other sources: listed from any source, one click opens the passage there', async ({
  page,
  app,
  shot,
}) => {
  await page.goto(app.url);
  await expect(page.locator('.transcript-text p').first()).toBeVisible();
  // a correction in the second source, made behind the window's back (as from the CLI), flags one coding there
  const info = await apiCall<{ sourceList: { id: string; name: string }[] }>(page, 'project.info', {});
  const other = info.sourceList[1]!;
  const detail = await apiCall<{ source: { text: string }; segments: { id: string; start: number; end: number }[] }>(
    page,
    'source.get',
    { id: other.id },
  );
  const seg = detail.segments.find((x) => /[A-Za-zæøå]{5,}/.test(detail.source.text.slice(x.start, x.end)));
  if (!seg) throw new Error('no coding with a long word');
  const word = /[A-Za-zæøå]{5,}/.exec(detail.source.text.slice(seg.start, seg.end))!;
  const at = seg.start + word.index;
  await apiCall(page, 'source.edit', {
    source: other.id,
    text: `${detail.source.text.slice(0, at)}${word[0]}x${detail.source.text.slice(at + word[0].length)}`,
  });
  const flagged = { source: other.name, segment: seg.id };
  await page.reload();
  await expect(page.locator('.source-item').first()).toHaveAttribute('aria-current', 'true');
  const button = page.getByRole('button', { name: /Til gennemsyn i andre kilder \(1\)/ });
  await expect(button).toBeVisible();
  await button.click();
  const review = page.getByRole('region', { name: 'Kodninger til gennemsyn' });
  await expect(review.getByRole('radio', { name: 'Alle kilder (1)' })).toHaveAttribute('aria-checked', 'true');
  await expect(review.locator('.review-source')).toHaveText(flagged.source);
  await shot('transcript-11-review-all-sources');
  await review
    .locator(`.review-item[data-segment-id="${flagged.segment}"]`)
    .getByRole('button', { name: 'Vis i teksten' })
    .click();
  await expect(page.locator('.source-title')).toHaveText(flagged.source);
  await expect(page.getByRole('region', { name: 'Valgt kodning' })).toHaveAttribute('data-segment-id', flagged.segment);
  // the list stays open, now counting this source
  await expect(review.getByRole('radio', { name: 'Denne kilde (1)' })).toHaveCount(0);
  await expect(review.locator(`.review-item[data-segment-id="${flagged.segment}"]`)).toBeVisible();
});

test('the transcript in English', async ({ page, app, shot }) => {
  await page.goto(app.url);
  await openCodedSource(page);
  await page.getByLabel('Sprog').selectOption('en');
  await expect(page.getByRole('button', { name: /Correct transcript/ })).toBeVisible();
  await expect(page.locator('.legend')).toContainText('Mechanism');
  await expect(page.getByLabel('Coding stripes', { exact: true })).toBeVisible();
  const mark = page.locator('.transcript-text mark[data-segment-ids]').first();
  await mark.hover();
  await expect(page.locator('.tx-popover')).toContainText('Coded by');
  await shot('transcript-08-english');
  await page.mouse.move(5, 5);
  await page.getByRole('button', { name: /Correct transcript/ }).click();
  await expect(page.getByRole('button', { name: 'Save corrections' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.transcript-text')).toHaveAttribute('aria-readonly', 'true');
  await page.getByLabel('Language').selectOption('da');
});
