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

/**
 * Steps into the renderer's calls of one method: the window's calls travel in `batch` requests
 * (renderer/src/api.ts), so this looks inside them. `delayMs` holds the request back; `reply`
 * answers that call in place of the host (the host runs a harmless query instead).
 */
export async function onCall(page: import('@playwright/test').Page, method: string, o: { delayMs?: number; reply?: unknown }): Promise<void> {
  await page.route('**/api/batch', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as { calls?: { method: string; params: unknown }[] };
    const hits = (body.calls ?? []).map((c, i) => (c.method === method ? i : -1)).filter((i) => i >= 0);
    if (!hits.length) return route.fallback();
    if (o.delayMs) await new Promise((r) => setTimeout(r, o.delayMs));
    if (o.reply === undefined) return route.fallback();
    const calls = body.calls!.map((c) => (c.method === method ? { method: 'history.state', params: {} } : c));
    const response = await route.fetch({ postData: JSON.stringify({ calls }) });
    const json = await response.json() as { ok: boolean; result?: unknown[] };
    if (json.ok && json.result) for (const i of hits) json.result[i] = o.reply;
    return route.fulfill({ response, json });
  });
}

/** Calls the host's API from the page with its token, as the CLI or another window would, behind the window's back. */
export async function apiCall<T = unknown>(page: import('@playwright/test').Page, method: string, params: unknown): Promise<T> {
  return page.evaluate(async ([m, p]) => {
    const token = sessionStorage.getItem('cmo-token')!;
    const r = await fetch(`api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CMO-Token': token }, body: JSON.stringify(p) });
    const j = await r.json() as { ok: boolean; result: unknown; error?: string };
    if (!j.ok) throw new Error(j.error);
    return j.result;
  }, [method, params] as const) as Promise<T>;
}
