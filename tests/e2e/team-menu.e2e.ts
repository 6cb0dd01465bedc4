/**
 * Electron's File menu for team coding, as the window sees it. Electron cannot run here, so the page
 * gets the bridge Electron's preload gives it (`cmoBridge.call` over the host's HTTP API and
 * `cmoBridge.onShell`), and the test sends what electron/teamMenu.ts sends: "Coder copy…" opens the
 * Projects dialog at the copy form with the coder field focused; "Merge coder copies…" (merged by
 * the shell behind the window's back) opens it at the merge report, and the window follows the
 * merged project at once (its undo takes it back). An event the window does not know opens nothing.
 * Screenshots at 1024×700 and 1920×1080.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { openService } from '../../src/service/service';
import { apiCall, test, expect } from './fixtures';

declare global {
  interface Window {
    __shell?: (event: unknown) => void;
  }
}

/** Electron's preload, in browser mode: calls over HTTP with the page's token, and the shell's listener kept */
async function electronBridge(page: Page) {
  await page.addInitScript(() => {
    const fromUrl = new URLSearchParams(location.search).get('token');
    if (fromUrl) sessionStorage.setItem('cmo-token', fromUrl);
    const token = () => sessionStorage.getItem('cmo-token') ?? '';
    Object.defineProperty(window, 'cmoBridge', {
      value: {
        call: async (method: string, params: unknown) => {
          const r = await fetch(`api/${encodeURIComponent(method)}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-CMO-Token': token() },
            body: JSON.stringify(params ?? {}),
          });
          return r.json();
        },
        onShell: (listener: (event: unknown) => void) => {
          window.__shell = listener;
          return () => {
            window.__shell = undefined;
          };
        },
      },
    });
  });
}
const send = (page: Page, event: unknown) => page.evaluate((e) => window.__shell!(e), event);

type Coders = { name: string; segments: number }[];
const count = async (page: Page, name: string) =>
  (await apiCall<Coders>(page, 'coders.list', {})).find((c) => c.name === name)?.segments ?? 0;

test('File → Coder copy… and Merge coder copies… open the team coding in the window', async ({ page, app, shot }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmo-team-menu-'));
  try {
    await electronBridge(page);
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(app.url);
    await expect(page.getByRole('button', { name: 'Projekter…' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => typeof window.__shell)).toBe('function');
    const dialog = page.getByRole('dialog', { name: 'Projekter' });

    // an event the window does not know: nothing opens
    await send(page, { action: 'deleteEverything' });
    await send(page, { action: 'merged', files: [] });
    await expect(dialog).toBeHidden();

    // Coder copy…: the copy form, its coder field focused, blind checked
    await send(page, { action: 'coderCopy' });
    const team = dialog.getByRole('region', { name: 'Teamkodning' });
    const coder = team.getByLabel('Koder', { exact: true });
    await expect(coder).toBeFocused();
    await expect(coder).toBeInViewport();
    await expect(team.getByRole('checkbox', { name: /Blind/ })).toBeChecked();
    await shot('team-menu-01-copy-1024');
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await expect(dialog).toBeHidden();

    // a copy for Mads, coded on his machine, merged by the shell (main calls coders.merge)
    const copy = await apiCall<{ fileName: string; dataBase64: string }>(page, 'coders.copy', {
      coder: 'Mads',
      blind: true,
    });
    const copyFile = path.join(dir, copy.fileName);
    fs.writeFileSync(copyFile, Buffer.from(copy.dataBase64, 'base64'));
    const mads = await openService(copyFile, { user: 'Mads' });
    const src = mads.project().sources[0]!;
    const text = src.text.split(/(?<=[.!?])\s+/).find((x) => x.length > 30 && !x.includes(':'))!;
    await mads.call('segment.codeText', { source: src.id, text, kind: 'M', pt: ['4a'], coder: 'Mads' });
    await mads.shutdown();
    const dataBase64 = fs.readFileSync(copyFile).toString('base64');
    const report = await apiCall(page, 'coders.merge', { copies: [{ name: copy.fileName, dataBase64 }] });
    await send(page, { action: 'merged', files: [copy.fileName], report });

    // the report in the window, and the window on the merged project: its undo is the merge
    const shown = dialog.locator('.merge-report');
    await expect(shown).toContainText(copy.fileName);
    await expect(shown.locator('.merge-added[data-what="segments"]')).toHaveText(/kodninger: 1/);
    await expect(shown).toBeInViewport();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shot('team-menu-02-merged-1920');
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await expect(page.getByRole('button', { name: '↶ Fortryd' })).toHaveAttribute('title', /Flettede/);
    await page.getByRole('button', { name: '↶ Fortryd' }).click();
    await expect.poll(() => count(page, 'Mads')).toBe(0);
    expect(pageErrors).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
