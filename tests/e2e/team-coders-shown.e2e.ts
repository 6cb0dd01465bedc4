/**
 * Whose coding the transcript shows (#20 "show other coders"): Karen and Mads code a source (Mads
 * on this machine; the sample's Forsker A coded it before), and the transcript head's "Vis kodning
 * af" select shows every coder's marks and stripes, only mine, or one coder's: Karen's alone
 * leaves only her mark and stripe, all brings everyone's back. The select is reached with the
 * keyboard, lists each coder in their colour, and is remembered per project across a reload.
 * Screenshots at 1024×700 and 1920×1080.
 */
import type { Page } from '@playwright/test';
import { apiCall, test, expect } from './fixtures';

type Detail = { source: { id: string; name: string; text: string }; segments: { id: string; coder: string }[] };
type Coders = { name: string; color: string }[];

/**
 * The ids of the segments drawn: marks in the text (every one), stripes in the margin (those of the
 * paragraphs in view: the stripes are laid out only where the browser draws)
 */
async function drawn(page: Page): Promise<{ stripes: string[]; marks: string[] }> {
  return page.evaluate(() => ({
    stripes: [
      ...new Set(
        [...document.querySelectorAll<HTMLElement>('.tx-stripe[data-segment-id]')].map((e) => e.dataset.segmentId!),
      ),
    ].sort(),
    marks: [
      ...new Set(
        [...document.querySelectorAll<HTMLElement>('.transcript-text mark[data-segment-ids]')].flatMap((e) =>
          e.dataset.segmentIds!.split(' '),
        ),
      ),
    ].sort(),
  }));
}

test('the transcript shows every coder, only mine, or one chosen coder; kept per project', async ({
  page,
  app,
  shot,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // Mads codes on this machine
  await page.addInitScript(() => localStorage.setItem('cmo.coder', 'Mads'));
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(app.url);
  const sidebar = page.getByRole('navigation', { name: 'Kilder' });
  await sidebar.locator('.source-item').first().click();
  await expect(page.locator('.transcript-text p').first()).toBeVisible();
  const name = (await sidebar.locator('.source-item').first().locator('.source-name').textContent())?.trim();
  const sources = await apiCall<{ sourceList: { id: string; name: string }[] }>(page, 'project.info', {});
  const id = sources.sourceList.find((s) => s.name === name)?.id ?? sources.sourceList[0]!.id;
  const before = await apiCall<Detail>(page, 'source.get', { id });
  const sentences = before.source.text.split(/(?<=[.!?])\s+/).filter((x) => x.length > 30 && !x.includes(':'));
  const code = (text: string, coder: string) =>
    apiCall<{ id: string }>(page, 'segment.codeText', { source: id, text, kind: 'M', pt: ['4a'], coder });
  // both code one passage the same way; Mads codes one more
  const karen = (await code(sentences[0]!, 'Karen')).id;
  const madsSame = (await code(sentences[0]!, 'Mads')).id;
  const mads = [madsSame, (await code(sentences[3]!, 'Mads')).id].sort();
  const forsker = before.segments.map((s) => s.id);
  const everyone = [...forsker, karen, ...mads].sort();
  expect(forsker.length).toBeGreaterThan(0);

  const select = page.getByLabel('Vis kodning af');
  await expect(select).toHaveValue('all');
  await expect.poll(async () => (await drawn(page)).marks).toEqual(everyone);
  // the passage both coded, in view: both stripes beside it, and only stripes of coded passages
  await page.locator(`.transcript-text mark[data-segment-ids~="${karen}"]`).first().scrollIntoViewIfNeeded();
  const inView = async () => (await drawn(page)).stripes;
  await expect.poll(inView).toEqual(expect.arrayContaining([karen, madsSame]));
  expect((await inView()).every((x) => everyone.includes(x))).toBe(true);

  // the choices: all, only me, each other coder in their stripe colour
  const options = await select
    .locator('option')
    .evaluateAll((os) =>
      (os as HTMLOptionElement[]).map((o) => ({ value: o.value, text: o.text, color: o.style.color })),
    );
  expect(options.map((o) => o.value)).toEqual(['all', 'me', 'coder:Forsker A', 'coder:Karen']);
  expect(options[1]!.text).toBe('Kun mig (Mads)');
  const colors = await apiCall<Coders>(page, 'coders.list', {});
  // #rrggbb (the palette's form) as the browser reports a colour
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  expect(options[3]!.color).toBe(rgb(colors.find((c) => c.name === 'Karen')!.color));

  // only Karen: her one mark and stripe, nobody else's
  await select.selectOption({ label: 'Kun Karen (KA)' });
  await expect.poll(async () => (await drawn(page)).marks).toEqual([karen]);
  await expect.poll(inView).toEqual([karen]);
  await expect(page.locator('.coders-shown .coder-swatch')).toBeVisible();
  await shot('team-shown-01-karen-1024');

  // the keyboard reaches it: focused, an arrow key moves to the next choice (none left after Karen: back up)
  await select.focus();
  await page.keyboard.press('ArrowUp');
  await expect(select).toHaveValue('coder:Forsker A');
  await expect.poll(async () => (await drawn(page)).marks).toEqual(forsker.slice().sort());
  expect((await inView()).every((x) => forsker.includes(x))).toBe(true);
  await page.keyboard.press('ArrowUp');
  await expect(select).toHaveValue('me');
  await expect.poll(async () => (await drawn(page)).marks).toEqual(mads);
  expect((await inView()).every((x) => mads.includes(x))).toBe(true);

  // kept for this project across a reload
  await page.reload();
  await expect(page.locator('.transcript-text p').first()).toBeVisible();
  await expect(page.getByLabel('Vis kodning af')).toHaveValue('me');
  await expect.poll(async () => (await drawn(page)).marks).toEqual(mads);

  // all again: everyone's marks and stripes
  await page.getByLabel('Vis kodning af').selectOption('all');
  await expect.poll(async () => (await drawn(page)).marks).toEqual(everyone);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.locator(`.transcript-text mark[data-segment-ids~="${karen}"]`).first().scrollIntoViewIfNeeded();
  await expect.poll(inView).toEqual(expect.arrayContaining([karen, madsSame]));
  await shot('team-shown-02-all-1920');
  await page.getByLabel('Vis kodning af').selectOption({ label: 'Kun Karen (KA)' });
  await expect.poll(inView).toEqual([karen]);
  await expect.poll(async () => (await drawn(page)).marks).toEqual([karen]);
  await shot('team-shown-03-karen-1920');
  expect(pageErrors).toEqual([]);
});
