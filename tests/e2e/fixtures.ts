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
export const test = base.extend<{
  app: { url: string; file: string; host: BrowserHost };
  shot: (name: string) => Promise<void>;
}>({
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
    await use(async (name) => {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
    });
  },
});

export { expect };

/**
 * Steps into the renderer's calls of one method: the window's calls travel in `batch` calls
 * (renderer/src/api.ts) over the host's WebSocket, or over HTTP while it connects, so this looks
 * inside both. `delayMs` holds the call back; `reply` answers that call in place of the host (the
 * host runs a harmless query instead). Set it up before the page loads: a socket already open
 * is not routed.
 */
export async function onCall(
  page: import('@playwright/test').Page,
  method: string,
  o: { delayMs?: number; reply?: unknown },
): Promise<void> {
  type Call = { method: string; params: unknown };
  const hitsIn = (calls: Call[] | undefined) =>
    (calls ?? []).map((c, i) => (c.method === method ? i : -1)).filter((i) => i >= 0);
  const harmless = (calls: Call[]) =>
    calls.map((c) => (c.method === method ? { method: 'history.state', params: {} } : c));
  await page.route('**/api/batch', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as { calls?: Call[] };
    const hits = hitsIn(body.calls);
    if (!hits.length) return route.fallback();
    if (o.delayMs) await new Promise((r) => setTimeout(r, o.delayMs));
    if (o.reply === undefined) return route.fallback();
    const response = await route.fetch({ postData: JSON.stringify({ calls: harmless(body.calls!) }) });
    const json = (await response.json()) as { ok: boolean; result?: unknown[] };
    if (json.ok && json.result) for (const i of hits) json.result[i] = o.reply;
    return route.fulfill({ response, json });
  });
  await page.routeWebSocket('**/api/ws', (ws) => {
    const server = ws.connectToServer();
    const replaced = new Map<number, number[]>();
    ws.onMessage(async (message) => {
      const msg = JSON.parse(String(message)) as { id: number; method: string; params: { calls?: Call[] } };
      const hits = msg.method === 'batch' ? hitsIn(msg.params.calls) : [];
      if (hits.length && o.delayMs) await new Promise((r) => setTimeout(r, o.delayMs));
      if (!hits.length || o.reply === undefined) return server.send(message);
      replaced.set(msg.id, hits);
      server.send(JSON.stringify({ ...msg, params: { calls: harmless(msg.params.calls!) } }));
    });
    server.onMessage((message) => {
      const msg = JSON.parse(String(message)) as { id: number; reply: { ok: boolean; result?: unknown[] } };
      const hits = replaced.get(msg.id);
      if (!hits) return ws.send(message);
      replaced.delete(msg.id);
      if (msg.reply.ok && msg.reply.result) for (const i of hits) msg.reply.result[i] = o.reply;
      ws.send(JSON.stringify(msg));
    });
  });
}

/** Calls the host's API from the page with its token, as the CLI or another window would, behind the window's back. */
export async function apiCall<T = unknown>(
  page: import('@playwright/test').Page,
  method: string,
  params: unknown,
): Promise<T> {
  return page.evaluate(
    async ([m, p]) => {
      const token = sessionStorage.getItem('cmo-token')!;
      const r = await fetch(`api/${m}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CMO-Token': token },
        body: JSON.stringify(p),
      });
      const j = (await r.json()) as { ok: boolean; result: unknown; error?: string };
      if (!j.ok) throw new Error(j.error);
      return j.result;
    },
    [method, params] as const,
  ) as Promise<T>;
}

/** Selects the n-th whole sentence (of 4+ words) after a non-interviewer speaker label; returns its text. */
export async function selectSentence(page: import('@playwright/test').Page, nth: number): Promise<string> {
  return page.evaluate((nth) => {
    const root = document.querySelector('.transcript-text');
    if (!root) throw new Error('no transcript');
    let seen = 0;
    for (const p of root.querySelectorAll('p')) {
      const label = p.querySelector('.tx-speaker, strong, b');
      if (!label || /interview/i.test(label.textContent ?? '')) continue;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!(n instanceof Text) || label.contains(n)) continue;
        const re = /\S[^.!?]*[.!?]/g;
        for (let m = re.exec(n.data); m; m = re.exec(n.data)) {
          if (m[0].split(/\s+/).length < 4 || seen++ < nth) continue;
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const sel = document.getSelection()!;
          sel.removeAllRanges();
          sel.addRange(range);
          return m[0];
        }
      }
    }
    throw new Error(`no sentence #${nth} after a speaker label`);
  }, nth);
}
