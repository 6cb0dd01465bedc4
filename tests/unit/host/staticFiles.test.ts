import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileHeaders, readStatic, resolveStaticPath, staticResponder, MIME_TYPES } from '../../../src/host/staticFiles';
import { makeTmp, rmTmp } from '../helpers';

const SECRET = 'uden for mappen';
let dir: string;
let root: string;

beforeAll(() => {
  dir = makeTmp('cmo-static-');
  root = path.join(dir, 'static');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(dir, 'static-other.txt'), SECRET);
});
afterAll(() => rmTmp(dir));

describe('the static-file path guard', () => {
  it('names files inside the folder, / as index.html', () => {
    expect(resolveStaticPath(root, '/')).toEqual({ ok: true, file: path.join(root, 'index.html') });
    expect(resolveStaticPath(root, '/assets/app.js')).toEqual({ ok: true, file: path.join(root, 'assets', 'app.js') });
    expect(resolveStaticPath(root, '/n%C3%A6ste.js')).toEqual({ ok: true, file: path.join(root, 'næste.js') });
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/assets%5c..%5c..%5csecret.txt',
    '/%2f..%2fsecret.txt',
    '/index.html%00.js',
    '/C:%5cWindows%5cwin.ini',
    '/c:/Windows/win.ini',
    '/..',
    '/../static-other.txt',
  ])('refuses %s (403)', (p) => {
    expect(resolveStaticPath(root, p)).toEqual({ ok: false, status: 403 });
  });

  it('reads an encoded absolute path inside the folder, never at its place on disk', async () => {
    const abs = `/${encodeURIComponent(path.join(dir, 'secret.txt'))}`;
    const r = resolveStaticPath(root, abs);
    expect(r.ok && r.file.startsWith(root + path.sep)).toBe(true);
    const read = await readStatic(root, abs);
    expect(read.status).toBe(404);
    expect(String(read.body)).not.toContain(SECRET);
  });

  it.each(['/%', '/%E0%A4%A', '/assets/%ZZ.js'])('a malformed escape %s is a bad request (400)', (p) => {
    expect(resolveStaticPath(root, p)).toEqual({ ok: false, status: 400 });
  });
});

describe('static-file headers', () => {
  it('a page gets the CSP, no framing, no sniffing, no caching', () => {
    const h = fileHeaders('index.html');
    expect(h['Content-Type']).toBe('text/html; charset=utf-8');
    expect(h['Content-Security-Policy']).toContain("default-src 'self'");
    expect(h['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(h['Content-Security-Policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(h['X-Frame-Options']).toBe('DENY');
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Cache-Control']).toBe('no-store');
    expect(h['Referrer-Policy']).toBe('no-referrer');
  });

  it('a script gets its type and the security headers, not the page CSP', () => {
    const h = fileHeaders('assets/app.JS');
    expect(h['Content-Type']).toBe(MIME_TYPES['.js']);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Content-Security-Policy']).toBeUndefined();
    expect(fileHeaders('x.unknown')['Content-Type']).toBe('application/octet-stream');
  });
});

describe('reading static files', () => {
  it('answers 200 with the file, 404, 403 and 400 in plain text, never the secret', async () => {
    const ok = await readStatic(root, '/assets/app.js');
    expect(ok.status).toBe(200);
    expect(String(ok.body)).toBe('console.log(1)');
    expect((await readStatic(root, '/missing.js')).status).toBe(404);
    const no = await readStatic(root, '/..%2fsecret.txt');
    expect([no.status, String(no.body)]).toEqual([403, 'forbidden']);
    expect((await readStatic(root, '/%E0%A4%A')).body).toBe('malformed URL');
  });

  it("serves Electron's app:// requests the same way", async () => {
    const serve = staticResponder(root);
    const page = await serve(new Request('app://cmo/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("object-src 'none'");
    expect(await page.text()).toContain('<title>x</title>');
    const escape = await serve(new Request('app://cmo/assets/..%2f..%2fsecret.txt'));
    expect(escape.status).toBe(403);
    expect(await escape.text()).not.toContain(SECRET);
  });
});
