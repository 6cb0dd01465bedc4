import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../src/host/browserHost';
import { openService } from '../../../src/service/service';
import { createProjectFile } from '../../../src/store/projectFile';
import { makeTmp, nfaProject, rmTmp } from '../helpers';

const TOKEN = 'test-token-malformed-0123456789';
let dir: string;
let host: BrowserHost;

beforeAll(async () => {
  dir = makeTmp('cmo-host-url-');
  const staticDir = path.join(dir, 'static');
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>x</title>');
  const file = path.join(dir, 'p.cmo.json');
  await createProjectFile(file, nfaProject());
  host = await startBrowserHost({ service: await openService(file, { user: 't' }), staticDir, token: TOKEN });
});
afterAll(async () => {
  await host?.close();
  rmTmp(dir);
});

function request(method: string, p: string, api = false): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${host.port}` };
    if (api) Object.assign(headers, { 'X-CMO-Token': TOKEN, 'Content-Type': 'application/json' });
    const req = http.request({ host: '127.0.0.1', port: host.port, method, path: p, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(api ? '{}' : undefined);
  });
}

describe('browser host: a malformed URL is a bad request (400), not a server error (500)', () => {
  it.each(['/%', '/%E0%A4%A', '/assets/%ZZ.js', '/%%%'])('GET %s → 400', async (p) => {
    const r = await request('GET', p);
    expect(r.status).toBe(400);
    expect(r.body).toBe('malformed URL');
  });

  it('POST /api/% with a good token → 400 with a JSON refusal', async () => {
    const r = await request('POST', '/api/%', true);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toEqual({ ok: false, kind: 'invalid', error: 'malformed URL' });
  });

  it('well-formed URLs are served as before', async () => {
    expect((await request('GET', '/')).status).toBe(200);
    expect((await request('GET', '/n%C3%A6ste.js')).status).toBe(404);
    expect((await request('POST', '/api/project.info', true)).status).toBe(200);
  });
});
