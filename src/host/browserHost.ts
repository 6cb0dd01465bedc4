import http from 'node:http';
import path from 'node:path';
import crypto from 'node:crypto';
import type { Service } from '../service/service';
import { readStatic, SECURITY_HEADERS } from './staticFiles';
import { attachSocket } from './socket';

export interface BrowserHostOptions {
  service: Service;
  /** the built renderer (vite's outDir) */
  staticDir: string;
  port?: number;
  token?: string;
  /** largest API request body; imports carry whole files as base64 */
  maxBody?: number;
}

export interface BrowserHost {
  url: string;
  port: number;
  token: string;
  /**
   * Stops taking connections; `drain` (the lifecycle's shutdown) runs while those open may still be
   * answered, then they are closed too.
   */
  close(drain?: () => Promise<void>): Promise<void>;
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'application/json; charset=utf-8',
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

/** A URL path decoded, or null when it is malformed (`/%`, `/%E0%A4%A`): a bad request, not a server error. */
const decodePath = (s: string): string | null => {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
};

const safeEqual = (a: string, b: string) => {
  const x = Buffer.from(a),
    y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
};

/**
 * Serves the renderer and the API contract on 127.0.0.1 only, over HTTP and over a WebSocket
 * (./socket.ts). Every API call needs the per-launch token (header `X-CMO-Token`), a Host header
 * naming this server (no DNS rebinding) and, when a browser sends one, an Origin of this server.
 */
export async function startBrowserHost(o: BrowserHostOptions): Promise<BrowserHost> {
  const token = o.token ?? crypto.randomBytes(24).toString('base64url');
  const maxBody = o.maxBody ?? 300 * 1024 * 1024;
  const root = path.resolve(o.staticDir);
  let port = 0;
  const hostOk = (host: string) => host === `127.0.0.1:${port}` || host === `localhost:${port}`;

  const server = http.createServer(async (req, res) => {
    try {
      const host = req.headers.host ?? '';
      if (!hostOk(host)) return send(res, 403, JSON.stringify({ ok: false, error: 'forbidden host' }));
      let url: URL;
      try {
        url = new URL(req.url ?? '/', `http://${host}`);
      } catch {
        return send(res, 400, 'malformed URL', 'text/plain');
      }

      if (url.pathname.startsWith('/api/')) {
        const origin = req.headers.origin;
        if (origin && origin !== `http://${host}`)
          return send(res, 403, JSON.stringify({ ok: false, error: 'forbidden origin' }));
        const given = req.headers['x-cmo-token'];
        if (typeof given !== 'string' || !safeEqual(given, token))
          return send(res, 401, JSON.stringify({ ok: false, error: 'missing or wrong token' }));
        if (req.method !== 'POST')
          return send(res, 405, JSON.stringify({ ok: false, error: 'POST only' }), undefined, { Allow: 'POST' });
        if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
          return send(res, 415, JSON.stringify({ ok: false, error: 'JSON only' }));
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const c of req) {
          size += (c as Buffer).length;
          if (size > maxBody) return send(res, 413, JSON.stringify({ ok: false, error: 'request too large' }));
          chunks.push(c as Buffer);
        }
        let params: unknown;
        try {
          params = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, kind: 'invalid', error: 'body is not JSON' }));
        }
        const method = decodePath(url.pathname.slice(5));
        if (method === null)
          return send(res, 400, JSON.stringify({ ok: false, kind: 'invalid', error: 'malformed URL' }));
        const reply = await o.service.dispatch(method, params);
        return send(res, reply.ok ? 200 : reply.kind === 'internal' ? 500 : 400, JSON.stringify(reply));
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', 'text/plain');
      const file = await readStatic(root, url.pathname);
      res.writeHead(file.status, file.headers);
      res.end(file.body);
      return;
    } catch (e) {
      if (!res.headersSent)
        send(res, 500, JSON.stringify({ ok: false, kind: 'internal', error: String((e as Error).message) }));
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as { port: number }).port;
  const socket = attachSocket({
    server,
    maxPayload: maxBody,
    allowed: (req) => hostOk(req.headers.host ?? '') && req.headers.origin === `http://${req.headers.host}`,
    tokenOk: (given) => safeEqual(given, token),
    dispatch: (method, params) => o.service.dispatch(method, params),
  });
  return {
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(token)}`,
    port,
    token,
    close: async (drain) => {
      const closed = new Promise<void>((r) => server.close(() => r()));
      try {
        await drain?.();
      } finally {
        socket.close();
        server.closeAllConnections?.();
      }
      await closed;
    },
  };
}
