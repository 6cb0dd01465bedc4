/**
 * The transport both hosts share (the browser host's HTTP and WebSocket API, Electron's IPC) and
 * the service's own `call`/`dispatch`: method names checked against the contract, errors turned
 * into replies, and batches — the calls of one tick of the window, run in order in one turn of
 * the service (nothing else runs between them). A query's answer in a batch is sent relative to
 * the answer the client says it holds (`have`, its etag): `same`, or a patch against it
 * (./answerPatch.ts); the answers given are kept here, by etag, to diff against.
 *
 * Pure: it is handed the service's turn (WireTarget) and knows nothing of projects or files.
 */
import { say, wordsFor } from '../cmo/logMessages';
import { answerDiff } from './answerPatch';
import { contract, isMethod, type BatchReply, type Method, type Reply, type Result } from './contract';

/** one call as it arrives: a name to check, params to validate, the etag of the answer the client holds */
export interface WireCall {
  method: string;
  params?: unknown;
  have?: string;
}
export type Failure = Extract<Reply<Method>, { ok: false }>;
/** runs one call inside a turn: params validated, routed on the method's declared kind */
export type RunOne = <M extends Method>(method: M, params: unknown) => Promise<Result<M>>;

/** What the wire needs of a service (or of a host's workspace of services). */
export interface WireTarget {
  /** runs `body` alone, in one turn; `calls` are what it will run (a service reads imported files ahead) */
  turn<T>(calls: readonly WireCall[], body: (run: RunOne) => Promise<T>): Promise<T>;
  /** an error as the reply the user sees; `context`: the call, for the error log */
  toReply(e: unknown, context?: string): Failure;
}

export interface Wire {
  /** Typed call; throws on error. */
  call<M extends Method>(method: M, params: unknown): Promise<Result<M>>;
  /** Untyped entry for hosts: validates the method name and params, never throws. */
  dispatch(method: string, params: unknown): Promise<Reply<Method>>;
}

export interface AnswerCache {
  reply(have: string | undefined, value: unknown): BatchReply;
}

/**
 * The answers last given, by etag, so a client that says which answer it holds gets `same` or a
 * patch instead of the whole answer again. Answers are built from the immutable project state, so
 * they share its unchanged entities: keeping a few dozen costs little memory, and diffing them is
 * mostly pointer comparisons.
 */
export function answerCache(limit = 64): AnswerCache {
  const held = new Map<string, unknown>();
  // etags of one cache never match another's (a new service, a new host)
  const prefix = Math.random().toString(36).slice(2, 10);
  let n = 0;
  const keep = (value: unknown): string => {
    const etag = `${prefix}.${++n}`;
    held.set(etag, value);
    while (held.size > limit) held.delete(held.keys().next().value!);
    return etag;
  };
  return {
    reply(have, value) {
      if (have !== undefined && held.has(have)) {
        const base = held.get(have);
        // most recently used last
        held.delete(have);
        held.set(have, base);
        const ops = answerDiff(base, value);
        if (!ops.length) return { ok: true, same: true, etag: have };
        return { ok: true, patch: ops, etag: keep(value) };
      }
      return { ok: true, result: value, etag: keep(value) };
    },
  };
}

/** A method no host knows (as a refusal with its code, src/service/reply.ts). */
export const unknownMethod = (method: string): Failure => {
  const said = say('errUnknownMethod', { method });
  return { ok: false, kind: 'invalid', error: wordsFor(said, 'da'), code: said.key, data: said.params ?? {} };
};

export function createWire(target: WireTarget): Wire {
  const answers = answerCache();

  /** A batch's calls, in order, in one turn; each with its own reply. Queries answer relative to `have`. */
  const runBatch = (calls: readonly WireCall[]): Promise<BatchReply[]> =>
    target.turn(calls, async (run) => {
      const out: BatchReply[] = [];
      for (const c of calls) {
        if (!isMethod(c.method) || c.method === 'batch') {
          out.push(unknownMethod(c.method));
          continue;
        }
        try {
          const result = await run(c.method, c.params);
          out.push(contract[c.method].kind === 'query' ? answers.reply(c.have, result) : { ok: true, result });
        } catch (e) {
          out.push(target.toReply(e, c.method));
        }
      }
      return out;
    });

  // a batch is the wire's own; every other method is the target's (its result type is the method's, checked there)
  function call<M extends Method>(method: M, params: unknown): Promise<Result<M>>;
  async function call(method: Method, params: unknown): Promise<unknown> {
    if (method === 'batch') return runBatch(contract.batch.params.parse(params ?? {}).calls);
    return target.turn([{ method, params }], (run) => run(method, params));
  }
  return {
    call,
    dispatch: async (method, params) => {
      if (!isMethod(method)) return unknownMethod(method);
      return call(method, params).then(
        (result): Reply<Method> => ({ ok: true, result }),
        (e: unknown) => target.toReply(e, method),
      );
    },
  };
}
