import os from 'node:os';
import { watchFile, unwatchFile } from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import './zodLocale';
import { toReply, unknownMethod } from './reply';
import {
  contract,
  isMethod,
  type BatchReply,
  type HistoryState,
  type Method,
  type Reply,
  type Result,
} from '../api/contract';
import type { Project } from '../cmo/model';
import { DomainError } from '../cmo/segments';
import { applyPatch, diff, type Patch } from '../cmo/history';
import { say, wordsFor, type LogMessage } from '../cmo/logMessages';
import { ProjectFileError, openProjectFile, withLock, type ProjectDb } from '../store/projectFile';
import { ImportError, loadTranscript, type Transcript } from '../import/index';
import { cancelReads, loadTranscriptOffThread } from '../import/offThread';
import { exports, mutations, queries } from './handlers';
import { buildSearchIndex } from '../search/index';
import type { Ctx } from './types';
import { answerCache } from './answers';

export { toReply };

export interface ServiceOptions {
  user?: string;
  /** deterministic time and ids for tests */
  now?: () => string;
  newId?: (prefix: string) => string;
  /** how many steps undo remembers (kept in the project file) */
  undoDepth?: number;
  /** build the search index shortly after opening, so the first keystroke does not pay for it (app hosts) */
  warmSearch?: boolean;
  /** watch the file and take in what other programs save (app hosts); ms between looks */
  watchMs?: number;
  /** another window has the project open (where): every change is refused with that said */
  readOnlyBecause?: string;
  /** read imported files in a worker thread, outside the queue of calls, so the host answers meanwhile (app hosts) */
  offThreadImports?: boolean;
}

export interface Service {
  readonly file: string;
  /** Typed call; throws on error. */
  call<M extends Method>(method: M, params: unknown): Promise<Result<M>>;
  /** Untyped entry for hosts: validates the method name and params, never throws. */
  dispatch(method: string, params: unknown): Promise<Reply<Method>>;
  project(): Project;
  /** Stops watching the file. */
  close(): void;
  /**
   * Ends the service cleanly: stops the file watch and timers, and waits for every call already made
   * (a change in flight is saved, its lock released); resolves only when that is done.
   */
  shutdown(): Promise<void>;
}

export function defaultUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'ukendt';
  }
}

/**
 * Opens a project and serves the contract over it. Commands run one at a time; every mutation
 * is validated, applied as a new immutable state, logged, saved atomically before it returns,
 * and undoable. A failed save rolls the state back, so memory never runs ahead of the disk.
 */
export async function openService(file: string, opts: ServiceOptions = {}): Promise<Service> {
  const db: ProjectDb = await openProjectFile(file);
  const user = opts.user ?? defaultUser();
  const ctx: Ctx = {
    now: opts.now ?? (() => new Date().toISOString()),
    newId: opts.newId ?? ((prefix) => `${prefix}-${crypto.randomUUID().slice(0, 13)}`),
    user,
    file: path.resolve(file),
    loadTranscript: (name, bytes, sent) =>
      (sent !== undefined ? preloaded.get(sent) : undefined) ?? loadTranscript(name, bytes),
  };
  /** transcripts read ahead in a worker, by their data as sent (the base64 string) */
  const preloaded = new Map<string, Promise<Transcript>>();
  let revision = 0;
  let savedAt: string | null = null;
  const depth = opts.undoDepth ?? 200;
  let chain: Promise<unknown> = Promise.resolve();
  const answers = answerCache();

  const history = (): HistoryState => {
    const h = db.data.history;
    return {
      canUndo: h.undo.length > 0,
      canRedo: h.redo.length > 0,
      undoLabel: h.undo.at(-1)?.label ?? null,
      redoLabel: h.redo.at(-1)?.label ?? null,
      undoMessage: h.undo.at(-1)?.message ?? null,
      redoMessage: h.redo.at(-1)?.message ?? null,
      revision,
      savedAt,
      user,
    };
  };

  /** Adds the log line; the state the save will write. */
  function logged(next: Project, before: Project, command: string, message: LogMessage): Project {
    const at = ctx.now();
    const summary = wordsFor(message, next.language);
    return { ...next, updatedAt: at, log: [...before.log, { at, who: user, command, summary, message }] };
  }

  /** Takes the file as it now is on disk (another program saved it): a new revision for the window. */
  async function reload(): Promise<void> {
    const fresh = await db.adapter.read();
    db.data = fresh!;
    revision++;
  }

  /**
   * Applies a change and saves it, one writer at a time across processes. The change is computed
   * on the state in memory first; under the file's lock, when another program saved the file
   * since, it is reloaded and the change computed again on the fresh state (commands are named and
   * replayable), so two writers both succeed and neither overwrites the other.
   */
  async function transact<R>(
    change: (base: Project) => Promise<{ next: Project; result: R; command: string; message: LogMessage }>,
  ): Promise<R> {
    if (opts.readOnlyBecause) throw new DomainError(say('errReadOnly', { where: opts.readOnlyBecause }));
    let first: Awaited<ReturnType<typeof change>> | null = null;
    let failed: unknown = null;
    const base = db.data;
    try {
      first = await change(base);
    } catch (e) {
      failed = e;
    }
    return withLock(ctx.file, async (held) => {
      let out = first;
      if (await db.adapter.changedOnDisk()) {
        await reload();
        out = await change(db.data);
      } else if (failed) throw failed;
      const before = db.data;
      const next = logged(out!.next, before, out!.command, out!.message);
      if (held.compromised()) throw new ProjectFileError(ctx.file, say('fileLockLost'));
      db.data = next;
      try {
        await db.write();
      } catch (e) {
        db.data = before;
        throw e;
      }
      revision++;
      savedAt = next.updatedAt;
      return out!.result;
    });
  }

  /** A batch's calls, in order, in this one turn; each with its own reply. Queries answer relative to `have`. */
  async function runBatch(
    calls: readonly { method: string; params?: unknown; have?: string }[],
  ): Promise<BatchReply[]> {
    const out: BatchReply[] = [];
    for (const c of calls) {
      if (!isMethod(c.method) || c.method === 'batch') {
        out.push(unknownMethod(c.method));
        continue;
      }
      try {
        const result = await run(c.method, c.params);
        const query = c.method in queries || c.method === 'history.state';
        out.push(query ? answers.reply(c.have, result) : { ok: true, result });
      } catch (e) {
        out.push(toReply(e, c.method));
      }
    }
    return out;
  }

  async function run(method: Method, raw: unknown): Promise<unknown> {
    if (method === 'batch') return runBatch(contract.batch.params.parse(raw ?? {}).calls);
    const params = contract[method].params.parse(raw ?? {});
    if (method === 'history.state') return history();
    if (method === 'import.cancel') return { cancelled: cancelReads() };
    if (method.startsWith('projects.')) throw new DomainError(say('errProjectsInWindow'));
    if (method === 'history.undo' || method === 'history.redo') {
      const undoing = method === 'history.undo';
      return transact(async (current) => {
        const from = undoing ? current.history.undo : current.history.redo;
        const step = from.at(-1);
        if (!step) throw new DomainError(say(undoing ? 'errNothingToUndo' : 'errNothingToRedo'));
        const restored = applyPatch(current, step, undoing ? 'backward' : 'forward');
        const h = undoing
          ? { undo: current.history.undo.slice(0, -1), redo: [...current.history.redo, step] }
          : { undo: [...current.history.undo, step], redo: current.history.redo.slice(0, -1) };
        // the audit log is never rolled back: undo is itself an entry in it
        const message = say(undoing ? 'undone' : 'redone', { step: step.message ?? step.label });
        return { next: { ...restored, history: h }, result: null, command: method, message };
      }).then(history);
    }
    if (method in queries) {
      const q = queries[method as keyof typeof queries] as (p: Project, params: unknown, ctx: Ctx) => unknown;
      return q(db.data, params, ctx);
    }
    if (method in exports) {
      const x = exports[method as keyof typeof exports] as (p: Project, params: unknown) => Promise<unknown>;
      return x(db.data, params);
    }
    const m = mutations[method as keyof typeof mutations] as (
      p: Project,
      params: unknown,
      ctx: Ctx,
    ) =>
      | Promise<{ project: Project; result: unknown; summary: LogMessage }>
      | { project: Project; result: unknown; summary: LogMessage };
    return transact(async (current) => {
      const out = await m(current, params, ctx);
      const label = wordsFor(out.summary, out.project.language);
      const step: Patch = {
        label,
        message: out.summary,
        command: method,
        at: ctx.now(),
        changes: diff(current, out.project),
      };
      const undo = [...current.history.undo, step].slice(-depth);
      return {
        next: { ...out.project, history: { undo, redo: [] } },
        result: out.result,
        command: method,
        message: out.summary,
      };
    });
  }

  if (opts.watchMs) {
    // another program (a CLI, a second window) saved the file: take it in, so the window refreshes
    // and the next change starts from it. A damaged outside save is left alone; the next change says why.
    const look = () => {
      void serial(async () => {
        if (await db.adapter.changedOnDisk()) await reload().catch(() => {});
      });
    };
    watchFile(ctx.file, { interval: opts.watchMs, persistent: false }, look);
  }
  let warm: ReturnType<typeof setTimeout> | null = null;
  if (opts.warmSearch) {
    const t = (warm = setTimeout(() => {
      try {
        buildSearchIndex(db.data);
      } catch {
        /* a search will report it */
      }
    }, 300));
    t.unref?.();
  }

  /** Reads the files of any imports among the calls ahead, in a worker, before they join the queue. */
  async function readAhead(method: string, raw: unknown): Promise<() => void> {
    if (!opts.offThreadImports) return () => {};
    const calls =
      method === 'batch'
        ? ((raw as { calls?: { method?: string; params?: unknown }[] })?.calls ?? [])
        : [{ method, params: raw }];
    const keys: string[] = [];
    for (const c of calls) {
      if (c?.method !== 'source.import') continue;
      const p = contract['source.import'].params.safeParse(c.params ?? {});
      if (!p.success) continue;
      const read = loadTranscriptOffThread(path.basename(p.data.fileName), Buffer.from(p.data.dataBase64, 'base64'));
      read.catch(() => {});
      preloaded.set(p.data.dataBase64, read);
      keys.push(p.data.dataBase64);
    }
    await Promise.allSettled(keys.map((k) => preloaded.get(k)));
    return () => {
      for (const k of keys) preloaded.delete(k);
    };
  }

  /** every call made and not yet answered, from the moment it is made (shutdown waits for them) */
  const inFlight = new Set<Promise<unknown>>();
  function track<T>(p: Promise<T>): Promise<T> {
    inFlight.add(p);
    const done = () => void inFlight.delete(p);
    p.then(done, done);
    return p;
  }
  const stop = () => {
    if (opts.watchMs) unwatchFile(ctx.file);
    if (warm) clearTimeout(warm);
  };

  function serial<T>(f: () => Promise<T>): Promise<T> {
    const p = chain.then(f, f);
    chain = p.catch(() => {});
    return p;
  }

  /** The host's entry: never throws, a refusal is a reply. */
  async function dispatch(method: string, params: unknown): Promise<Reply<Method>> {
    if (!isMethod(method)) return unknownMethod(method);
    // not queued behind the import it stops
    if (method === 'import.cancel') return { ok: true, result: { cancelled: cancelReads() } };
    const forget = await readAhead(method, params);
    try {
      return await serial(() => run(method, params)).then(
        (result) => ({ ok: true, result }) as Reply<Method>,
        (e: unknown) => toReply(e, method),
      );
    } finally {
      forget();
    }
  }

  return {
    file: ctx.file,
    project: () => db.data,
    close: stop,
    shutdown: async () => {
      stop();
      while (inFlight.size) await Promise.allSettled([...inFlight]);
      await chain;
    },
    call: <M extends Method>(method: M, params: unknown) =>
      track(
        (async () => {
          const forget = await readAhead(method, params);
          try {
            return (await serial(() => run(method, params))) as Result<M>;
          } finally {
            forget();
          }
        })(),
      ),
    dispatch: (method, params) => track(dispatch(method, params)),
  };
}
