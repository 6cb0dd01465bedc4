/**
 * The one static-file server for the renderer, used by the browser host (HTTP) and by Electron's
 * app:// protocol handler: the MIME table, the guard that keeps every request inside the folder
 * served (no `..`, absolute, backslash or encoded escape), and the security headers (CSP on pages).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { RENDERER_DIST } from '../paths';
import { CSP } from './csp';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/** on every answer, files and API alike */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** on a page besides: what it may load, and that nobody may frame it */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Frame-Options': 'DENY',
};

export const mimeType = (file: string): string =>
  MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** The headers a file is served with: its type, the security headers, and on a page the CSP. */
export function fileHeaders(file: string): Record<string, string> {
  const type = mimeType(file);
  return { 'Content-Type': type, ...SECURITY_HEADERS, ...(type.startsWith('text/html') ? PAGE_HEADERS : {}) };
}

export type Resolved = { ok: true; file: string } | { ok: false; status: 400 | 403 };

/**
 * The file a URL path (as sent, still percent-encoded) names inside `root`, or why not: 400 for a
 * malformed escape, 403 for anything that would leave `root` — `..` (plain or encoded), an absolute
 * or drive path, a backslash, a NUL.
 */
export function resolveStaticPath(root: string, urlPath: string): Resolved {
  const base = path.resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (/[\0\\]/.test(decoded)) return { ok: false, status: 403 };
  const rel = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (rel.split('/').includes('..') || path.isAbsolute(rel) || /^[a-z]:/i.test(rel)) return { ok: false, status: 403 };
  const file = path.resolve(base, rel);
  if (file !== base && !file.startsWith(base + path.sep)) return { ok: false, status: 403 };
  return { ok: true, file };
}

export interface StaticReply {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

const plain = (status: number, body: string): StaticReply => ({
  status,
  headers: { 'Content-Type': 'text/plain', ...SECURITY_HEADERS },
  body,
});

/** Reads the file a URL path names in `root`, with its headers; 400/403/404 as plain text. */
export async function readStatic(root: string, urlPath: string): Promise<StaticReply> {
  const r = resolveStaticPath(root, urlPath);
  if (!r.ok) return r.status === 400 ? plain(400, 'malformed URL') : plain(403, 'forbidden');
  try {
    return { status: 200, headers: fileHeaders(r.file), body: await fs.readFile(r.file) };
  } catch {
    return plain(404, 'not found');
  }
}

/** A fetch-style handler (Electron's `protocol.handle`) serving the built renderer, or `root`. */
export function staticResponder(root: string = RENDERER_DIST): (req: Request) => Promise<Response> {
  return async (req) => {
    let pathname: string;
    try {
      pathname = new URL(req.url).pathname;
    } catch {
      return new Response('malformed URL', { status: 400 });
    }
    const r = await readStatic(root, pathname);
    return new Response(typeof r.body === 'string' ? r.body : new Uint8Array(r.body), {
      status: r.status,
      headers: r.headers,
    });
  };
}
