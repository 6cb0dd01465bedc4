/**
 * Coder copy and merge from the window (the Projects dialog's team coding): a blind copy for Mads
 * is saved (the sources, none of the other coders' work or names), Mads codes a passage in it (his
 * own service on the copy, as his machine would), the copy is merged back from a file input (the
 * report says what came in), undo and redo take it back and again as one step, and merging it
 * again adds nothing and leaves no undo step or log line. Screenshots at 1440×900 and 1024×700.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { openService } from '../../src/service/service';
import { apiCall, test, expect } from './fixtures';

type Coders = { name: string; segments: number }[];
const count = async (page: Page, name: string) =>
  (await apiCall<Coders>(page, 'coders.list', {})).find((c) => c.name === name)?.segments ?? 0;

async function openTeam(page: Page) {
  await page.getByRole('button', { name: 'Projekter…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Projekter' });
  const team = dialog.getByRole('region', { name: 'Teamkodning' });
  await expect(team).toBeVisible();
  return { dialog, team };
}

test('coder copy and merge from the window: blind copy saved, coded apart, merged once, undone', async ({
  page,
  app,
  shot,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmo-team-files-'));
  try {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(app.url);
    const others = (await apiCall<Coders>(page, 'coders.list', {})).filter((c) => c.segments > 0);
    expect(others.length).toBeGreaterThan(0);
    const { dialog, team } = await openTeam(page);
    await team.getByLabel('Koder', { exact: true }).fill('Mads');
    await expect(team.getByRole('checkbox', { name: /Blind/ })).toBeChecked();
    const download = page.waitForEvent('download');
    await team.getByRole('button', { name: 'Gem koderkopi' }).click();
    const copyFile = path.join(dir, (await download).suggestedFilename());
    await (await download).saveAs(copyFile);
    await expect(team.getByRole('status')).toContainText('Gemt som');
    expect(copyFile).toMatch(/ - Mads\.cmo\.json$/);

    // blind: every source, no one else's codings, and not even their names anywhere in the file
    const raw = fs.readFileSync(copyFile, 'utf8');
    const copy = JSON.parse(raw) as { sources: unknown[]; segments: { coder: string }[] };
    const here = await apiCall<{ sources: number }>(page, 'project.info', {});
    expect(copy.sources.length).toBe(here.sources);
    expect(copy.sources.length).toBeGreaterThan(0);
    expect(copy.segments).toEqual([]);
    for (const o of others) expect(raw).not.toContain(o.name);

    // Mads codes one passage in his copy, on his own machine
    const mads = await openService(copyFile, { user: 'Mads' });
    const src = mads.project().sources[0]!;
    const text = src.text.split(/(?<=[.!?])\s+/).find((x) => x.length > 30 && !x.includes(':'))!;
    await mads.call('segment.codeText', { source: src.id, text, kind: 'M', pt: ['4a'], coder: 'Mads' });
    mads.close();

    // merged back from the file input: the report says what came in
    await team.getByLabel('Vælg en eller flere koderkopier (.cmo.json)').setInputFiles(copyFile);
    const report = team.locator('.merge-report');
    await expect(report).toContainText('er flettet ind');
    await expect(report.locator('.merge-added[data-what="segments"]')).toHaveText(/kodninger: 1/);
    await expect(report).toContainText('Ingen konflikter');
    await expect.poll(() => count(page, 'Mads')).toBe(1);
    await shot('team-files-01-merged-1440');

    // one undoable step: undo takes the merge back, redo brings it again
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: '↶ Fortryd' }).click();
    await expect.poll(() => count(page, 'Mads')).toBe(0);
    await page.getByRole('button', { name: '↷ Gentag' }).click();
    await expect.poll(() => count(page, 'Mads')).toBe(1);

    // the same copy again: nothing new, the coding skipped — and no undo step or log line for it
    const logged = (await apiCall<unknown[]>(page, 'log.list', {})).length;
    const again = await openTeam(page);
    await again.team.getByLabel('Vælg en eller flere koderkopier (.cmo.json)').setInputFiles(copyFile);
    const second = again.team.locator('.merge-report');
    await expect(second).toContainText('Intet nyt');
    await expect(second.locator('.merge-skipped')).not.toHaveText(/: 0$/);
    expect(await count(page, 'Mads')).toBe(1);
    expect((await apiCall<unknown[]>(page, 'log.list', {})).length).toBe(logged);
    await page.setViewportSize({ width: 1024, height: 700 });
    await second.scrollIntoViewIfNeeded();
    await shot('team-files-02-again-1024');
    // the one undo step on top is still the first merge: undo takes Mads's coding away
    await again.dialog.getByRole('button', { name: 'Luk' }).click();
    await page.getByRole('button', { name: '↶ Fortryd' }).click();
    await expect.poll(() => count(page, 'Mads')).toBe(0);
    expect(pageErrors).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
