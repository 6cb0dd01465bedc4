import { describe, expect, it } from 'vitest';
import type { Method, Reply } from '../../../src/api/contract';
import { RETRY_MS, SOCKET_MAX, socketBridge, type SocketLike } from '../../../renderer/src/transport';

/** A socket the test drives: it records what was sent and opens, answers or drops on request. */
function fakeSocket() {
  const s: SocketLike & { sent: string[]; closed: boolean } = {
    onopen: null,
    onmessage: null,
    onclose: null,
    sent: [],
    closed: false,
    send(d) {
      this.sent.push(d);
    },
    close() {
      this.closed = true;
    },
  };
  return s;
}

const ok = (result: unknown) => ({ ok: true, result }) as unknown as Reply<Method>;

function setup(droppedMessage?: () => string) {
  let clock = 1000;
  const sockets: ReturnType<typeof fakeSocket>[] = [];
  const posted: { method: string; body: string }[] = [];
  const bridge = socketBridge({
    open: () => {
      const s = fakeSocket();
      sockets.push(s);
      return s;
    },
    post: async (method, body) => {
      posted.push({ method, body });
      return ok('http');
    },
    now: () => clock,
    ...(droppedMessage ? { droppedMessage } : {}),
  });
  return {
    bridge,
    sockets,
    posted,
    tick: (ms: number) => {
      clock += ms;
    },
  };
}

const answer = (s: ReturnType<typeof fakeSocket>, i: number, reply: unknown) => {
  const { id } = JSON.parse(s.sent[i]!) as { id: number };
  s.onmessage!({ data: JSON.stringify({ id, reply }) });
};

describe('socketBridge', () => {
  it('goes over HTTP while the socket connects, then over the socket, answering by id', async () => {
    const { bridge, sockets, posted } = setup();
    expect(sockets).toHaveLength(1);
    expect(await bridge.call('project.info', {})).toEqual({ ok: true, result: 'http' });
    expect(posted).toEqual([{ method: 'project.info', body: '{}' }]);
    const s = sockets[0]!;
    s.onopen!();
    const a = bridge.call('history.state', {}),
      b = bridge.call('source.get', { id: 'ø' });
    expect(s.sent.map((m) => JSON.parse(m) as unknown)).toEqual([
      { id: 1, method: 'history.state', params: {} },
      { id: 2, method: 'source.get', params: { id: 'ø' } },
    ]);
    answer(s, 1, { ok: true, result: 'B' });
    answer(s, 0, { ok: true, result: 'A' });
    expect(await a).toEqual({ ok: true, result: 'A' });
    expect(await b).toEqual({ ok: true, result: 'B' });
    expect(posted).toHaveLength(1);
  });

  it('sends big calls over HTTP', async () => {
    const { bridge, sockets, posted } = setup();
    sockets[0]!.onopen!();
    await bridge.call('source.import', { data: 'x'.repeat(SOCKET_MAX) });
    expect(posted.map((p) => p.method)).toEqual(['source.import']);
    expect(sockets[0]!.sent).toEqual([]);
  });

  it('fails what waits when the socket drops, falls back to HTTP and connects again later', async () => {
    const { bridge, sockets, posted, tick } = setup();
    const s = sockets[0]!;
    s.onopen!();
    const waiting = bridge.call('segment.add', {});
    s.onclose!();
    const r = await waiting;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/afbrudt/);
    // in the window's language when it says which
    const en = setup(() => 'The connection to the host was lost');
    en.sockets[0]!.onopen!();
    const waitingEn = en.bridge.call('segment.add', {});
    en.sockets[0]!.onclose!();
    expect(await waitingEn).toMatchObject({ ok: false, error: 'The connection to the host was lost' });
    await bridge.call('history.state', {});
    expect(posted.map((p) => p.method)).toEqual(['history.state']);
    expect(sockets).toHaveLength(1); // not hammering a host that just went away
    tick(RETRY_MS + 1);
    await bridge.call('history.state', {});
    expect(sockets).toHaveLength(2);
    sockets[1]!.onopen!();
    void bridge.call('project.info', {});
    expect(sockets[1]!.sent).toHaveLength(1);
  });

  it('drops the socket on an answer it cannot place', async () => {
    const { bridge, sockets } = setup();
    const s = sockets[0]!;
    s.onopen!();
    const waiting = bridge.call('history.state', {});
    s.onmessage!({ data: 'not json' });
    expect(s.closed).toBe(true);
    expect((await waiting).ok).toBe(false);
    const other = setup();
    other.sockets[0]!.onopen!();
    const w2 = other.bridge.call('history.state', {});
    other.sockets[0]!.onmessage!({ data: JSON.stringify({ id: 99, reply: { ok: true, result: 1 } }) });
    expect(other.sockets[0]!.closed).toBe(true);
    expect((await w2).ok).toBe(false);
  });

  it('stays on HTTP when the socket cannot even be opened', async () => {
    const posted: string[] = [];
    const bridge = socketBridge({
      open: () => {
        throw new Error('CSP');
      },
      post: async (m) => {
        posted.push(m);
        return ok(null);
      },
    });
    await bridge.call('project.info', {});
    expect(posted).toEqual(['project.info']);
  });
});
