import { applyAnswerPatch } from '../../src/api/answerPatch';
import type { BatchReply, CmoApi, Method, Params, Reply, Result } from '../../src/api/contract';
import type { LogMessage, LogParam } from '../../src/cmo/logMessages';
import { SOCKET_PATH, SOCKET_PROTOCOL, tokenProtocol } from '../../src/api/socketProtocol';
import { socketBridge, type Bridge, type SocketLike } from './transport';
import { translate } from './i18n/useTranslation';
import { ns } from './shared/i18n';

declare global {
  interface Window {
    cmoBridge?: Bridge;
  }
}

/**
 * A failed call: `message` is the host's Danish words; a refusal has its `code` (a key of the one
 * message table, src/cmo/logMessages.ts) and `data`, to word it in the window's language and to
 * decide by — never by matching the words.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: string,
    readonly code?: string,
    readonly data: Record<string, LogParam> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** the refusal as a message, when it has a code */
  get said(): LogMessage | undefined {
    return this.code === undefined ? undefined : { key: this.code, params: this.data };
  }
}

function pageToken(): string {
  const q = new URLSearchParams(location.search);
  const fromUrl = q.get('token');
  if (fromUrl) {
    sessionStorage.setItem('cmo-token', fromUrl);
    // keep the token out of the address bar and history once stored
    history.replaceState(null, '', location.pathname);
  }
  return fromUrl ?? sessionStorage.getItem('cmo-token') ?? '';
}

async function post(token: string, method: string, body: string): Promise<Reply<Method>> {
  const res = await fetch(`api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CMO-Token': token },
    body,
  });
  const text = await res.text();
  try {
    return JSON.parse(text) as Reply<Method>;
  } catch {
    return { ok: false, kind: 'internal', error: `HTTP ${res.status}` };
  }
}

function browserBridge(): Bridge {
  const token = pageToken();
  return socketBridge({
    open: () => {
      const url = new URL(SOCKET_PATH, location.href);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      const ws = new WebSocket(url, [SOCKET_PROTOCOL, tokenProtocol(token)]);
      const s: SocketLike = {
        onopen: null,
        onmessage: null,
        onclose: null,
        send: (d) => ws.send(d),
        close: () => ws.close(),
      };
      ws.onopen = () => s.onopen?.();
      ws.onmessage = (e) => s.onmessage?.(e);
      ws.onclose = () => s.onclose?.();
      return s;
    },
    post: (method, body) => post(token, method, body),
    droppedMessage: () => translate(ns)('connectionDropped'),
  });
}

const bridge: Bridge = window.cmoBridge ?? browserBridge();

/**
 * Calls made in the same tick travel together as one `batch` (one round trip, run in order in
 * one turn of the service): after a change, the window's queries ask again all at once. For a
 * query, the client says which answer it holds (its etag) and gets back `same` — then the very
 * same object, so views memoised on it do nothing — or a patch that builds the new answer
 * sharing every unchanged part with the old one.
 */
interface Held {
  etag: string;
  result: unknown;
}
const held = new Map<string, Held>();
const HELD_MAX = 200;
interface Pending {
  method: string;
  params: unknown;
  key: string;
  base: Held | undefined;
  resolve: (r: Reply<Method>) => void;
}
let queue: Pending[] = [];

function hold(key: string, h: Held): void {
  held.delete(key);
  held.set(key, h);
  if (held.size > HELD_MAX) held.delete(held.keys().next().value!);
}

/** The plain reply for one batch answer, the held answer updated. */
function settle(p: Pending, r: BatchReply): Reply<Method> {
  if (!r.ok) return r;
  try {
    const result = 'same' in r ? p.base!.result : 'patch' in r ? applyAnswerPatch(p.base!.result, r.patch) : r.result;
    if (r.etag) hold(p.key, { etag: r.etag, result });
    return { ok: true, result } as Reply<Method>;
  } catch {
    held.delete(p.key);
    return { ok: false, kind: 'internal', error: translate(ns)('answerMismatch', { method: p.method }) };
  }
}

async function flush(): Promise<void> {
  const all = queue;
  queue = [];
  // the same query twice in one tick goes once
  const unique = new Map<string, Pending[]>();
  for (const p of all) unique.set(p.key, [...(unique.get(p.key) ?? []), p]);
  const groups = [...unique.values()];
  for (let i = 0; i < groups.length; i += 64) {
    const part = groups.slice(i, i + 64);
    const calls = part.map(([p]) => ({
      method: p!.method,
      params: p!.params ?? {},
      ...(p!.base ? { have: p!.base.etag } : {}),
    }));
    let replies: BatchReply[] | null = null;
    let failure: Reply<Method> | null = null;
    try {
      const reply = await bridge.call('batch', { calls });
      if (!reply.ok) failure = reply;
      else replies = reply.result as BatchReply[];
    } catch (e) {
      failure = { ok: false, kind: 'internal', error: (e as Error)?.message ?? String(e) };
    }
    part.forEach((ps, j) => {
      const r = replies?.[j];
      const plain =
        failure ??
        (r ? settle(ps[0]!, r) : ({ ok: false, kind: 'internal', error: 'no reply' } satisfies Reply<Method>));
      for (const p of ps) p.resolve(plain);
    });
  }
}

function send(method: string, params: unknown): Promise<Reply<Method>> {
  const key = `${method} ${JSON.stringify(params ?? {})}`;
  return new Promise((resolve) => {
    queue.push({ method, params, key, base: held.get(key), resolve });
    if (queue.length === 1) queueMicrotask(() => void flush());
  });
}

/** The renderer's only way to the project: the typed contract, over IPC, a WebSocket or HTTP. */
export const api: CmoApi = {
  async call<M extends Method>(method: M, params: Params<M>): Promise<Result<M>> {
    const reply = await send(method, params);
    if (!reply.ok) throw new ApiError(reply.error, reply.kind, reply.code, reply.data);
    return reply.result as Result<M>;
  },
};
