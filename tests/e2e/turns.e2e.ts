/**
 * Speaker turns repaired in the transcript: the caret put inside a manager's turn, the turn bar
 * splits it there, gives the new turn to a speaker, merges the first with the next — each one
 * undoable step, every coding keeping its text. Screenshots at 1440×900 and 1024×700.
 */
import type { Page } from '@playwright/test';
import { apiCall, test, expect } from './fixtures';

type Turn = { start: number; end: number; speaker: string };
type Detail = { source: { id: string; text: string; turns: Turn[] }; segments: { id: string; text: string }[] };
type Info = { sourceList: { id: string; name: string }[] };

/** The caret put in the transcript just before `phrase` (as a click there would). */
async function caretBefore(page: Page, phrase: string): Promise<void> {
  const ok = await page.evaluate((p) => {
    const root = document.querySelector<HTMLElement>('.transcript-text')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(p);
      if (i < 0) continue;
      root.focus();
      const r = document.createRange();
      r.setStart(n, i);
      r.collapse(true);
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(r);
      return true;
    }
    return false;
  }, phrase);
  expect(ok).toBe(true);
}

test('turns: split at the caret, assign a speaker, merge with the next — undoable, codings keep their text', async ({
  page,
  app,
  shot,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.url);
  const info = await apiCall<Info>(page, 'project.info', {});
  const id = info.sourceList.find((s) => /Leder/.test(s.name))!.id;
  const get = () => apiCall<Detail>(page, 'source.get', { id });
  const before = await get();
  const texts = (d: Detail) => Object.fromEntries(d.segments.map((s) => [s.id, s.text]));
  const codings = texts(before);
  expect(Object.keys(codings).length).toBeGreaterThan(0);
  const text = before.source.text;
  // a manager's turn of two sentences or more: split before its second sentence
  const turn = before.source.turns.find(
    (t) => t.speaker === 'Leder' && /[.!?] \p{Lu}/u.test(text.slice(t.start, t.end).replace(/^Leder: /, '')),
  )!;
  const body = text.slice(turn.start, turn.end);
  const m = /[.!?] (\p{Lu}[^.!?\n]{12,})/u.exec(body.replace(/^Leder: /, ''))!;
  const second = m[1]!.slice(0, 24);
  const splitAt = text.indexOf(second, turn.start);
  const first = body.replace(/^Leder: /, '').slice(0, 20);

  await page.getByRole('navigation', { name: 'Kilder' }).locator('.source-item').first().click();
  await expect(page.locator('.transcript-text p').first()).toBeVisible();
  const bar = page.getByRole('toolbar', { name: 'Taleturen ved markøren' });
  await caretBefore(page, second);
  await expect(bar).toContainText('Taletur: Leder');
  await shot('turns-01-bar-1440');

  // split at the caret: one turn more, starting there
  await bar.getByRole('button', { name: /Del her/ }).click();
  await expect.poll(async () => (await get()).source.turns.length).toBe(before.source.turns.length + 1);
  const afterSplit = await get();
  const added = afterSplit.source.turns.find((t) => t.start === splitAt)!;
  expect(added).toBeTruthy();
  expect(texts(afterSplit)).toEqual(codings);

  // the new turn (the caret is at its start) given back to the manager
  await expect(bar).toContainText(`Taletur: ${added.speaker}`);
  const speaker = bar.getByLabel('Taler');
  if (added.speaker !== 'Leder') {
    await speaker.selectOption('Leder');
    await expect.poll(async () => (await get()).source.turns.find((t) => t.start === splitAt)?.speaker).toBe('Leder');
  }
  await speaker.selectOption('Interviewer');
  await expect
    .poll(async () => (await get()).source.turns.find((t) => t.start === splitAt)?.speaker)
    .toBe('Interviewer');
  await expect(page.locator('.tx-line[data-who*="Interviewer"]', { hasText: second })).toHaveCount(1);
  expect(texts(await get())).toEqual(codings);
  await page.setViewportSize({ width: 1024, height: 700 });
  await shot('turns-02-assigned-1024');

  // the first part merged with the next: the original turn again
  await caretBefore(page, first);
  await expect(bar).toContainText('Taletur: Leder');
  await bar.getByRole('button', { name: /Flet med næste \(Interviewer\)/ }).click();
  await expect.poll(async () => (await get()).source.turns.length).toBe(before.source.turns.length);
  const merged = await get();
  expect(merged.source.turns.find((t) => t.start === turn.start)).toMatchObject({ end: turn.end, speaker: 'Leder' });
  expect(texts(merged)).toEqual(codings);

  // each repair one undoable step: undo the merge, then the assignment
  const undo = page.getByRole('button', { name: '↶ Fortryd' });
  await undo.click();
  await expect.poll(async () => (await get()).source.turns.length).toBe(before.source.turns.length + 1);
  await undo.click();
  await expect
    .poll(async () => (await get()).source.turns.find((t) => t.start === splitAt)?.speaker)
    .not.toBe('Interviewer');
  expect(texts(await get())).toEqual(codings);
  await page.setViewportSize({ width: 1440, height: 900 });
  await shot('turns-03-undone-1440');
  expect(pageErrors).toEqual([]);
});
