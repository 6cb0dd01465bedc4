import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { test, expect, _electron } from '@playwright/test';
import { buildElectron, ensureRendererBuilt } from '../../scripts/build';
import { buildSampleProject } from '../../samples/sample-project';

function electronBinary(): string | null {
  try {
    const p = createRequire(import.meta.url)('electron') as unknown;
    return typeof p === 'string' && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test('the Electron shell opens the sample project with the API behind IPC', async () => {
  test.skip(!binary, 'no Electron binary installed here (its download needs a network this machine lacks)');
  await ensureRendererBuilt();
  const main = await buildElectron();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmo-electron-'));
  const file = await buildSampleProject(path.join(dir, 'sample.cmo.json'));
  const app = await _electron.launch({ executablePath: binary!, args: [main, file, '--no-sandbox'] });
  try {
    const win = await app.firstWindow();
    await expect(win.locator('body')).toContainText('Programteori', { timeout: 30_000 });
    expect(await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await win.evaluate(() => Object.keys((window as unknown as { cmoBridge: object }).cmoBridge))).toEqual([
      'call',
    ]);
  } finally {
    await app.close();
  }
});
