/**
 * Quotes by coder, and the export's refusal of a quote in the interviewer's speech: Karen codes an
 * interviewer's question and Mads a manager's answer to PT #3; the quotes filter by coder shows one
 * each; the Markdown export is refused with the refusal's line, and goes through once "allow
 * anyway" is ticked; Mads's quote alone exports without it; evidence and search by coder too.
 * Screenshots at 1440×900 and 1024×700.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { apiCall, test, expect } from './fixtures';

type Info = { sourceList: { id: string; name: string }[] };
type Detail = { source: { text: string } };

async function exportMd(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  return fs.readFileSync((await (await download).path())!, 'utf8');
}

test('quotes: filtered by coder; an export with an interviewer quote is refused until "allow anyway"', async ({
  page,
  app,
  shot,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.url);
  const info = await apiCall<Info>(page, 'project.info', {});
  const src = info.sourceList.find((s) => /Leder/.test(s.name))!;
  const text = (await apiCall<Detail>(page, 'source.get', { id: src.id })).source.text;
  const question = /Interviewer: ([^\n]{20,}\?)/.exec(text)![1]!;
  const answer = /Leder: ([^\n.]{30,}\.)/.exec(text)![1]!;
  const code = { kind: 'M', pt: ['3'] };
  const before = (await apiCall<unknown[]>(page, 'quotes.list', { pts: ['3'] })).length;
  await apiCall(page, 'segment.codeText', { source: src.id, text: question, ...code, coder: 'Karen' });
  await apiCall(page, 'segment.codeText', { source: src.id, text: answer, ...code, coder: 'Mads' });

  await page.getByRole('tab', { name: 'Citater' }).click();
  await page.getByLabel('Programteoripunkt', { exact: true }).selectOption('#3');
  const cards = page.locator('.quote-card');
  await expect(cards).toHaveCount(before + 2);
  await page.getByRole('button', { name: /Flere filtre/ }).click();
  const coder = page.locator('#q-coder');
  await coder.selectOption('Mads');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText(answer.slice(0, 30));
  await coder.selectOption('Karen');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText(question.slice(0, 30));
  await expect(cards.first().getByRole('note')).toContainText('interviewerens tale');
  await shot('quotes-team-01-karen-1440');
  await coder.selectOption('');
  await expect(cards).toHaveCount(before + 2);

  // the export is refused: the refusal's line beside "allow anyway", nothing downloaded
  const bar = page.getByRole('group', { name: 'Eksport' });
  await bar.getByRole('button', { name: 'Markdown', exact: true }).click();
  const notice = bar.getByRole('alert', { name: 'Citater uden en deltagers stemme' });
  await expect(notice).toContainText('interviewerens tale');
  await expect(notice).toContainText(question.slice(0, 30));
  await expect(page.locator('.error-bar')).toHaveCount(0);
  const again = notice.getByRole('button', { name: 'Eksportér alligevel' });
  await expect(again).toBeDisabled();
  await page.setViewportSize({ width: 1024, height: 700 });
  await notice.scrollIntoViewIfNeeded();
  await shot('quotes-team-02-refused-1024');
  await notice.getByRole('checkbox', { name: /Tillad alligevel/ }).check();
  const both = exportMd(page);
  await again.click();
  const md = await both;
  expect(md).toContain(question.slice(0, 30));
  expect(md).toContain(answer.slice(0, 30));
  await expect(notice).toBeHidden();
  await expect(bar.getByRole('status')).toContainText('hentet');
  await page.setViewportSize({ width: 1440, height: 900 });
  await shot('quotes-team-03-allowed-1440');

  // Mads's quote alone is an interviewee's: exported without asking; the allowance does not carry over
  await coder.selectOption('Mads');
  await expect(cards).toHaveCount(1);
  const one = exportMd(page);
  await bar.getByRole('button', { name: 'Markdown', exact: true }).click();
  expect(await one).toContain(answer.slice(0, 30));
  await coder.selectOption('');
  await bar.getByRole('button', { name: 'Markdown', exact: true }).click();
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('checkbox', { name: /Tillad alligevel/ })).not.toBeChecked();

  // the evidence of #3 and search, by coder too
  await page.getByRole('tab', { name: 'Evidens' }).click();
  await page.locator('#ev-pt').selectOption('#3');
  const passages = page.locator('.evidence-view .passage-list li');
  await expect(passages).toHaveCount(before + 2);
  await page.locator('#ev-coder').selectOption('Mads');
  await expect(passages).toHaveCount(1);
  await expect(passages.first()).toContainText(answer.slice(0, 30));
  await page.getByRole('tab', { name: 'Søg' }).click();
  const word = answer
    .split(/\s+/)
    .find((w) => w.length > 6)!
    .replace(/[^\p{L}]/gu, '');
  await page.getByRole('searchbox', { name: 'Søg i projektet' }).fill(word);
  const groups = page.locator('#search-results .hit-group:not(.others)');
  await expect(groups.first()).toBeVisible();
  await page.locator('#search-coder').selectOption('Karen');
  await expect(page.locator('#search-status')).toContainText(/Ingen|0/);
  await page.locator('#search-coder').selectOption('Mads');
  await expect(groups).toHaveCount(1);
  await expect(groups.first()).toContainText('Case 01 - Leder');
  await shot('quotes-team-04-search-by-coder-1440');
  expect(pageErrors).toEqual([]);
});
