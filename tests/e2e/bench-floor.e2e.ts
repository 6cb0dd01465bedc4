/**
 * The bench's floor under a coding action (samples/bench/metrics/domFloor.ts) in the real window:
 * the DOM changes of one coding action, found by comparing the page before and after it, put
 * back and applied again by hand. Checked here so the figure it gives measures that change and
 * nothing else: going back shows the new-coding panel, its field focused as the researcher left it, and no new
 * highlight; going forward shows the coded passage selected and the focus out of the panel, twice over.
 */
import { test, expect } from './fixtures';
import { floorArm, floorBefore, floorReset, floorStep } from '../../samples/bench/metrics/domFloor';

test("bench floor: one coding action's DOM changes are undone and redone by hand", async ({ page, app }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(app.url);
  await expect(page.locator('.transcript-text p').first()).toBeVisible();

  // three words after the first respondent's label, selected as a mouse would
  await page.evaluate(() => {
    for (const p of document.querySelectorAll('.transcript-text p')) {
      const label = p.querySelector('.tx-speaker');
      if (!label || /interview/i.test(label.textContent ?? '')) continue;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!(n instanceof Text) || label.contains(n) || n.parentElement?.closest('mark')) continue;
        const m = /\p{L}+\s+\p{L}+\s+\p{L}+/u.exec(n.data);
        if (!m) continue;
        const range = document.createRange();
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
    }
    throw new Error('no uncoded words after a respondent label');
  });
  const fresh = page.locator('section[aria-label="Ny kodning"]');
  await expect(fresh).toBeVisible();
  await page.keyboard.press('m');
  await page.keyboard.type('4a');
  await page.keyboard.press('Enter');
  await expect(fresh.locator('.chip.chosen').first()).toBeVisible();

  // the focus is part of the screen change: a field of the panel before, nowhere in the panel after
  const focusedBefore = await page.evaluate(() => document.activeElement?.id ?? '');
  expect(focusedBefore).not.toBe('');
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  await floorBefore(page);
  await page.keyboard.press('Enter');
  const details = page.locator('section[aria-label="Valgt kodning"]');
  await expect(details).toBeVisible();
  const id = (await details.getAttribute('data-segment-id'))!;
  const marks = page.locator(`.transcript-text mark.is-selected[data-segment-ids~="${id}"]`);
  await expect(marks.first()).toBeAttached();
  const stripes = page.locator(`.tx-stripe[data-segment-id="${id}"]`);
  await expect(stripes.first()).toBeAttached();

  const focusedAfter = await page.evaluate(() => document.activeElement?.tagName);
  expect(focusedAfter).toBe('BODY');
  const { ops, nodes, list } = await floorArm(page);
  expect(list.at(-1)).toMatch(/^focus .* → blurred$/);
  expect(ops).toBeGreaterThan(5);
  // a handful of nodes, not whole panels or the stripes beside the new one
  expect(nodes).toBeGreaterThan(0);
  expect(nodes).toBeLessThan(40);

  for (let round = 0; round < 2; round++) {
    await floorReset(page, 0);
    await expect(fresh).toBeAttached();
    expect(await focusedId()).toBe(focusedBefore);
    await expect(details).toHaveCount(0);
    await expect(marks).toHaveCount(0);
    await expect(stripes).toHaveCount(0);
    await floorStep(page);
    await expect(details).toHaveAttribute('data-segment-id', id);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await expect(fresh).toHaveCount(0);
    await expect(marks.first()).toBeAttached();
    await expect(stripes.first()).toBeAttached();
  }
  expect(pageErrors).toEqual([]);
});
