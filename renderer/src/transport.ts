import type { Method, Reply } from '../../src/api/contract';

/** What Electron's preload exposes through contextBridge, and what browser mode builds: one object, one function. */
export interface Bridge {
  call(method: string, params: unknown): Promise<Reply<Method>>;
  /** Electron only: what the shell's menus tell the window (src/api/shellEvents.ts), checked by the listener */
  onShell?(listener: (event: unknown) => void): () => void;
}

/** the part of the DOM's WebSocket this uses */
export interface SocketLike {
  onopen: (() => void) | null;
  onmessage: ((e: { data: unknown }) => void) | null;
  onclose: (() => void) | null;
  send(data: string): void;
  close(): void;
}

export interface SocketBridgeOptions {
  /** opens the host's socket (may throw) */
  open(): SocketLike;
  /** the same call over HTTP: the body is the params as JSON */
  post(method: string, body: string): Promise<Reply<Method>>;
  now?: () => number;
  /** what a call still under way is answered with when the socket drops (in the window's language) */
  droppedMessage?: () => string;
}

/** what the host sends back, as far as it can be trusted before checking */
type Answer = { id?: unknown; reply?: Reply<Method> };

/** calls larger than this (imports carry whole files) go over HTTP and leave the socket free */
export const SOCKET_MAX = 1 << 20;
export const RETRY_MS = 2000;

/**
 * Browser mode: calls travel over the host's WebSocket when it is open (a tenth of the
 * main-thread cost of a fetch, which a coding action feels), over HTTP while it connects, after
 * it dropped (it is opened again on a later call) and for big calls.
 */
export function socketBridge(o: SocketBridgeOptions): Bridge {
  const now = o.now ?? Date.now;
  let socket: SocketLike | null = null;
  let open = false;
  let retryAt = 0;
  let nextId = 1;
  const waiting = new Map<number, (r: Reply<Method>) => void>();
  const dropped = () => {
    socket = null;
    open = false;
    retryAt = now() + RETRY_MS;
    // whether the host ran them is unknown: said so, not sent again behind the user's back
    const error = o.droppedMessage?.() ?? 'Forbindelsen til værten blev afbrudt; se efter om ændringen blev gemt';
    for (const resolve of waiting.values()) resolve({ ok: false, kind: 'internal', error });
    waiting.clear();
  };
  const connect = () => {
    if (socket || now() < retryAt) return;
    let s: SocketLike;
    try {
      s = o.open();
    } catch {
      retryAt = now() + RETRY_MS;
      return;
    }
    socket = s;
    s.onopen = () => {
      if (socket === s) open = true;
    };
    s.onclose = () => {
      if (socket === s) dropped();
    };
    s.onmessage = (e) => {
      let msg: Answer | null = null;
      try {
        msg = JSON.parse(String(e.data)) as Answer;
      } catch {
        /* not JSON: not placeable */
      }
      const id = msg?.id,
        reply = msg?.reply;
      const resolve = typeof id === 'number' ? waiting.get(id) : undefined;
      // not an answer we can place: drop the socket, which fails what waits on it and falls back to HTTP
      if (!resolve || typeof id !== 'number' || typeof reply?.ok !== 'boolean') {
        s.close();
        if (socket === s) dropped();
        return;
      }
      waiting.delete(id);
      resolve(reply);
    };
  };
  connect();
  return {
    call(method, params) {
      const body = JSON.stringify(params ?? {});
      if (!open || !socket || body.length > SOCKET_MAX) {
        connect();
        return o.post(method, body);
      }
      const id = nextId++;
      const s = socket;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        try {
          s.send(`{"id":${id},"method":${JSON.stringify(method)},"params":${body}}`);
        } catch {
          waiting.delete(id);
          dropped();
          resolve(o.post(method, body));
        }
      });
    },
  };
}
