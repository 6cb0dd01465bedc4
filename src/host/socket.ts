import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import type { Method, Reply } from '../api/contract';
import { SOCKET_PATH, SOCKET_PROTOCOL, tokenFrom } from '../api/socketProtocol';

/**
 * The browser host's API over one WebSocket per window, beside the plain HTTP API. A call over
 * HTTP costs the page over a millisecond of main-thread time (Chromium's fetch machinery); a
 * message on an open socket a tenth of that, which a coding action (one round trip) feels.
 *
 * The same guards as the HTTP API, before the upgrade: a Host naming this server, an Origin of
 * this server (browsers do not apply CORS to WebSockets, so without it any page the user opens
 * could talk to the host), and the per-launch token, carried as the second offered subprotocol
 * (src/api/socketProtocol.ts).
 */
/** one call: `{ id, method, params }`; the answer is `{ id, reply }` */
const Message = z.object({
  id: z.number().int().nonnegative(),
  method: z.string().min(1).max(100),
  params: z.unknown(),
});

export interface SocketOptions {
  server: http.Server;
  /** whether a request's Host and Origin both name this server (a browser always sends Origin on an upgrade) */
  allowed(req: http.IncomingMessage): boolean;
  tokenOk(given: string): boolean;
  dispatch(method: string, params: unknown): Promise<Reply<Method>>;
  maxPayload: number;
}

function refuse(socket: Duplex, status: number, why: string) {
  const head = [`HTTP/1.1 ${status} ${why}`, 'Connection: close', 'Content-Type: text/plain'];
  socket.end(`${[...head, `Content-Length: ${Buffer.byteLength(why)}`].join('\r\n')}\r\n\r\n${why}`);
}

export function attachSocket(o: SocketOptions): { close(): void } {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: o.maxPayload,
    perMessageDeflate: false,
    handleProtocols: (offered) => (offered.has(SOCKET_PROTOCOL) ? SOCKET_PROTOCOL : false),
  });

  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== `/${SOCKET_PATH}`) return refuse(socket, 404, 'Not Found');
    if (!o.allowed(req)) return refuse(socket, 403, 'Forbidden');
    const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((s) => s.trim());
    if (!offered.includes(SOCKET_PROTOCOL) || !o.tokenOk(tokenFrom(offered)))
      return refuse(socket, 401, 'Unauthorized');
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws));
  };

  const serve = (ws: WebSocket) => {
    ws.on('message', async (data, isBinary) => {
      let msg: z.infer<typeof Message>;
      try {
        if (isBinary) throw new Error('binary');
        msg = Message.parse(JSON.parse(data.toString()));
      } catch {
        // a message we cannot even tell the id of cannot be answered: the client is not ours
        ws.close(1008, 'expected {"id","method","params"} as JSON text');
        return;
      }
      let reply: Reply<Method>;
      try {
        reply = await o.dispatch(msg.method, msg.params ?? {});
      } catch (e) {
        reply = { ok: false, kind: 'internal', error: String((e as Error)?.message ?? e) };
      }
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: msg.id, reply }));
    });
    ws.on('error', () => ws.terminate());
  };

  o.server.on('upgrade', onUpgrade);
  return {
    close() {
      o.server.off('upgrade', onUpgrade);
      for (const c of wss.clients) c.terminate();
      wss.close();
    },
  };
}
