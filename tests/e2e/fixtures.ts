import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { buildSampleProject } from '../../samples/sample-project';
import { openService } from '../../src/service/service';
import { startBrowserHost, type BrowserHost } from '../../src/host/browserHost';
import { ensureRendererBuilt } from '../../scripts/build';
import { RENDERER_DIST } from '../../src/paths';

export const SCREENSHOTS = path.resolve('tests/e2e/screenshots');

/** A fresh copy of the sample project, served in browser mode for one test. */
export const test = base.extend<{ app: { url: string; file: string; host: BrowserHost }; shot: (name: string) => Promise<void> }>({
  app: async ({}, use) => {
    await ensureRendererBuilt();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmo-e2e-'));
    const file = await buildSampleProject(path.join(dir, 'sample.cmo.json'));
    const service = await openService(file, { user: 'e2e' });
    const host = await startBrowserHost({ service, staticDir: RENDERER_DIST });
    await use({ url: host.url, file, host });
    await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  shot: async ({ page }, use) => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await use(async (name) => { await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false }); });
  },
});

export { expect };
