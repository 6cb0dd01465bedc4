import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../src/host/browserHost';
import { openService, type Service } from '../../../src/service/service';
import { createProjectFile, openProjectFile } from '../../../src/store/projectFile';
import { makeTmp, nfaProject, rmTmp } from '../helpers';

const TOKEN = 'test-token-0123456789abcdef';
const INDEX = '<!doctype html><html><head><title>CMO Workbench</title></head><body><div id="root"></div></body></html>';
const SECRET = 'hemmeligt indhold uden for static-mappen';

let dir: string;
let staticDir: string;
let file: string;
let svc: Service;
let host: BrowserHost;

beforeAll(async () => {
  dir = makeTmp('cmo-host-');
  staticDir = path.join(dir, 'static');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), INDEX);
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("hej");');
  fs.writeFileSync(path.join(dir, 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(dir, 'package.json'), SECRET);
  file = path.join(dir, 'p.cmo.json');
  await createProjectFile(file, nfaProject());
  svc = await openService(file, { user: 'host-test' });
  host = await startBrowserHost({ service: svc, staticDir, token: TOKEN, maxBody: 64 * 1024 });
});
afterAll(async () => {
  await host?.close();
  rmTmp(dir);
});

interface Res {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so the path and the Host header go out exactly as written. */
function request(o: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  host?: string;
}): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: o.method ?? 'GET',
        path: o.path,
        headers: { Host: o.host ?? `127.0.0.1:${host.port}`, ...o.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    if (o.body !== undefined) req.write(o.body);
    req.end();
  });
}
const api = (method: string, params: unknown, headers: Record<string, string> = {}) =>
  request({
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', 'X-CMO-Token': TOKEN, ...headers },
    body: JSON.stringify(params),
  });

describe('static files', () => {
  it('serves index.html at / with a strict Content-Security-Policy', async () => {
    const r = await request({ path: '/' });
    expect(r.status).toBe(200);
    expect(r.body).toBe(INDEX);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves assets with their content type and answers 404 for missing files', async () => {
    const js = await request({ path: '/assets/app.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect((await request({ path: '/assets/finnes-ikke.js' })).status).toBe(404);
  });

  it('does not take other methods than GET and HEAD for files', async () => {
    expect((await request({ method: 'POST', path: '/' })).status).toBe(405);
    expect((await request({ method: 'HEAD', path: '/' })).status).toBe(200);
  });

  it.each([
    '/../secret.txt',
    '/../package.json',
    '/%2e%2e/secret.txt',
    '/%2E%2E/package.json',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%2f..%2fsecret.txt',
    '<absolute path, encoded>',
  ])('refuses path traversal: %s', async (p) => {
    const r = await request({ path: p.startsWith('<') ? `/${encodeURIComponent(path.join(dir, 'secret.txt'))}` : p });
    expect([403, 404]).toContain(r.status);
    expect(r.body).not.toContain(SECRET);
  });

  it('keeps serving after a malformed escape in the path', async () => {
    const r = await request({ path: '/%E0%A4%A' });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect((await request({ path: '/' })).status).toBe(200);
  });
});

describe('API', () => {
  it('needs the token: none or a wrong one is 401, the right one 200 with JSON', async () => {
    const none = await request({
      method: 'POST',
      path: '/api/project.info',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(none.status).toBe(401);
    expect(none.body).not.toContain('Testprojekt');
    expect((await api('project.info', {}, { 'X-CMO-Token': 'forkert' })).status).toBe(401);
    expect((await api('project.info', {}, { 'X-CMO-Token': TOKEN.replace(/.$/, 'x') })).status).toBe(401);
    expect((await api('project.info', {}, { 'X-CMO-Token': '' })).status).toBe(401);
    const ok = await api('project.info', {});
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toMatch(/^application\/json/);
    const reply = JSON.parse(ok.body);
    expect(reply).toMatchObject({ ok: true, result: { name: 'Testprojekt', file: path.resolve(file) } });
  });

  it('does not accept the token in the query string', async () => {
    const r = await request({
      method: 'POST',
      path: `/api/project.info?token=${TOKEN}`,
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(r.status).toBe(401);
  });

  it('answers GET on an API path with 405 (POST only)', async () => {
    const r = await request({ path: '/api/project.info', headers: { 'X-CMO-Token': TOKEN } });
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('POST');
  });

  it('needs a JSON body', async () => {
    const r = await request({
      method: 'POST',
      path: '/api/project.info',
      headers: { 'X-CMO-Token': TOKEN, 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(r.status).toBe(415);
    const bad = await request({
      method: 'POST',
      path: '/api/project.info',
      headers: { 'X-CMO-Token': TOKEN, 'Content-Type': 'application/json' },
      body: '{ikke json',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, kind: 'invalid' });
  });

  it('refuses a body over the limit with 413', async () => {
    const r = await api('project.info', { pad: 'x'.repeat(100 * 1024) });
    expect(r.status).toBe(413);
  });

  it('passes errors on as 400 with the reply', async () => {
    const unknown = await api('project.destroy', {});
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, kind: 'invalid' });
    const domain = await api('source.get', { id: 'findes-ikke' });
    expect(domain.status).toBe(400);
    expect(JSON.parse(domain.body)).toMatchObject({ ok: false, kind: 'domain' });
  });

  it('carries out mutations: an import through HTTP is in the project file', async () => {
    const text = 'Leder: Vi fik en god aftale med Arbejdstilsynet.';
    const r = await api('source.import', {
      fileName: 'http.txt',
      dataBase64: Buffer.from(text).toString('base64'),
      caseId: '2',
    });
    expect(r.status).toBe(200);
    const disk = (await openProjectFile(file)).data;
    expect(disk.sources.map((s) => s.text)).toEqual([text]);
  });
});

describe('Host and Origin checks', () => {
  it('refuses a foreign Host header (DNS rebinding) for files and the API', async () => {
    expect((await request({ path: '/', host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await request({ path: '/', host: '127.0.0.1' })).status).toBe(403);
    expect((await request({ path: '/', host: `127.0.0.1:${host.port + 1}` })).status).toBe(403);
    const r = await request({
      method: 'POST',
      path: '/api/project.info',
      host: `evil.example:${host.port}`,
      headers: { 'X-CMO-Token': TOKEN, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(r.status).toBe(403);
    expect(r.body).not.toContain('Testprojekt');
  });

  it('accepts localhost with the right port', async () => {
    expect((await request({ path: '/', host: `localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses a foreign Origin even with the right token', async () => {
    for (const origin of [
      'http://evil.example',
      'null',
      `http://localhost:${host.port + 1}`,
      `https://127.0.0.1:${host.port}`,
    ]) {
      const r = await api('project.info', {}, { Origin: origin });
      expect(r.status, origin).toBe(403);
    }
    expect((await api('project.info', {}, { Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });
});

describe('listening address', () => {
  it('is 127.0.0.1 only', async () => {
    expect(host.url.startsWith(`http://127.0.0.1:${host.port}/`)).toBe(true);
    expect(host.url).toContain(`token=${encodeURIComponent(TOKEN)}`);
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i): i is os.NetworkInterfaceInfo => !!i && !i.internal && i.family === 'IPv4')
      .map((i) => i.address);
    for (const address of [...others, '::1']) {
      const connected = await new Promise<boolean>((resolve) => {
        const s = net.connect({ host: address, port: host.port });
        s.once('connect', () => {
          s.destroy();
          resolve(true);
        });
        s.once('error', () => resolve(false));
      });
      expect(connected, address).toBe(false);
    }
  });

  it('makes a fresh random token when none is given', async () => {
    const other = await startBrowserHost({ service: svc, staticDir });
    try {
      expect(other.token).not.toBe(TOKEN);
      expect(other.token.length).toBeGreaterThanOrEqual(24);
      expect(other.port).not.toBe(host.port);
    } finally {
      await other.close();
    }
  });
});
