import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBrowserHost, type BrowserHost } from '../../../src/host/browserHost';
import { openService, type Service } from '../../../src/service/service';
import { createProjectFile } from '../../../src/store/projectFile';
import { makeTmp, nfaProject, rmTmp } from '../helpers';

const TOKEN = 'sock-token_0123456789abcdef';

let dir: string;
let svc: Service;
let host: BrowserHost;

beforeAll(async () => {
  dir = makeTmp('cmo-sock-');
  fs.mkdirSync(path.join(dir, 'static'));
  fs.writeFileSync(path.join(dir, 'static', 'index.html'), '<!doctype html><title>x</title>');
  const file = path.join(dir, 'p.cmo.json');
  await createProjectFile(file, nfaProject());
  svc = await openService(file, { user: 'sock-test' });
  host = await startBrowserHost({
    service: svc,
    staticDir: path.join(dir, 'static'),
    token: TOKEN,
    maxBody: 64 * 1024,
  });
});
afterAll(async () => {
  await host?.close();
  rmTmp(dir);
});

interface Opts {
  token?: string;
  origin?: string | null;
  hostHeader?: string;
  protocols?: string[];
  path?: string;
}

/** Opens a socket as a browser on the host's page would (Origin, Host and protocols as given). */
function connect(o: Opts = {}): Promise<{ ws: WebSocket } | { refused: number }> {
  const origin = o.origin === undefined ? `http://127.0.0.1:${host.port}` : o.origin;
  const ws = new WebSocket(
    `ws://127.0.0.1:${host.port}${o.path ?? '/api/ws'}`,
    o.protocols ?? ['cmo-api', `cmo-token.${o.token ?? TOKEN}`],
    {
      headers: { ...(origin ? { Origin: origin } : {}), ...(o.hostHeader ? { Host: o.hostHeader } : {}) },
    },
  );
  return new Promise((resolve) => {
    ws.once('open', () => resolve({ ws }));
    ws.once('unexpected-response', (_req, res) => {
      resolve({ refused: res.statusCode ?? 0 });
      ws.terminate();
    });
    ws.once('error', () => resolve({ refused: -1 }));
  });
}

const ask = (ws: WebSocket, raw: string): Promise<unknown> =>
  new Promise((resolve) => {
    ws.once('message', (d) => resolve(JSON.parse(d.toString())));
    ws.send(raw);
  });

describe('browser host WebSocket', () => {
  it('answers calls by id, the same replies as the HTTP API', async () => {
    const c = await connect();
    if (!('ws' in c)) throw new Error(`refused ${c.refused}`);
    expect(c.ws.protocol).toBe('cmo-api');
    const info = (await ask(c.ws, JSON.stringify({ id: 7, method: 'project.info', params: {} }))) as {
      id: number;
      reply: { ok: boolean; result: { name: string } };
    };
    expect(info.id).toBe(7);
    expect(info.reply.ok).toBe(true);
    expect(info.reply.result.name).toBe(svc.project().name);
    const batch = (await ask(
      c.ws,
      JSON.stringify({
        id: 8,
        method: 'batch',
        params: {
          calls: [
            { method: 'history.state', params: {} },
            { method: 'no.such', params: {} },
          ],
        },
      }),
    )) as { reply: { ok: boolean; result: { ok: boolean; error?: string }[] } };
    expect(batch.reply.ok).toBe(true);
    expect(batch.reply.result[0]!.ok).toBe(true);
    expect(batch.reply.result[1]!.ok).toBe(false);
    const bad = (await ask(c.ws, JSON.stringify({ id: 9, method: 'segment.add', params: { sourceId: 'nope' } }))) as {
      reply: { ok: boolean; kind: string };
    };
    expect(bad.reply).toMatchObject({ ok: false, kind: 'invalid' });
    c.ws.close();
  });

  it('refuses an upgrade without the token, from another origin or host, or on another path', async () => {
    expect(await connect({ token: 'wrong' })).toEqual({ refused: 401 });
    expect(await connect({ protocols: ['cmo-api'] })).toEqual({ refused: 401 });
    expect(await connect({ protocols: [`cmo-token.${TOKEN}`] })).toEqual({ refused: 401 });
    expect(await connect({ origin: 'http://evil.example' })).toEqual({ refused: 403 });
    expect(await connect({ origin: null })).toEqual({ refused: 403 });
    expect(
      await connect({ hostHeader: `rebind.example:${host.port}`, origin: `http://rebind.example:${host.port}` }),
    ).toEqual({ refused: 403 });
    expect(await connect({ path: '/api/other' })).toEqual({ refused: 404 });
  });

  it('closes on a message it cannot place, and refuses one over the size limit', async () => {
    for (const raw of [
      'not json',
      JSON.stringify({ method: 'project.info' }),
      JSON.stringify({ id: -1, method: 'x', params: {} }),
    ]) {
      const c = await connect();
      if (!('ws' in c)) throw new Error('refused');
      const code = await new Promise<number>((resolve) => {
        c.ws.once('close', (n) => resolve(n));
        c.ws.send(raw);
      });
      expect(code).toBe(1008);
    }
    const c = await connect();
    if (!('ws' in c)) throw new Error('refused');
    const code = await new Promise<number>((resolve) => {
      c.ws.once('close', (n) => resolve(n));
      c.ws.send(JSON.stringify({ id: 1, method: 'project.info', params: { pad: 'x'.repeat(70 * 1024) } }));
    });
    expect(code).toBe(1009);
    // the host still serves the next window
    const again = await connect();
    expect('ws' in again).toBe(true);
    if ('ws' in again) again.ws.close();
  });
});
