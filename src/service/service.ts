import os from 'node:os';
import { watchFile, unwatchFile } from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import './zodLocale';
import { toReply } from './reply';
import {
  contract,
  isKind,
  type HistoryState,
  type Method,
  type MutationMethod,
  type ParsedParams,
  type QueryMethod,
  type ExportMethod,
  type Result,
  type SessionMethod,
} from '../api/contract';
import { createWire, type Wire, type WireCall, type WireTarget } from '../api/wire';
import type { Project } from '../cmo/model';
import { DomainError } from '../cmo/segments';
import { applyPatch, diff, type Patch } from '../cmo/history';
import { say, wordsFor, type LogMessage } from '../cmo/logMessages';
import { ProjectFileError, openProjectFile, withLock, type ProjectDb } from '../store/projectFile';
import { loadTranscript, type Transcript } from '../import/index';
import { cancelReads, loadTranscriptOffThread } from '../import/offThread';
import { handlers } from './features/index';
import { buildSearchIndex } from '../search/index';
import type { Ctx, ExportHandlers, MutationHandlers, QueryHandlers } from './types';

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

/**
 * An open project: `call` (typed, throws) and `dispatch` (for hosts, never throws) over the shared
 * transport (src/api/wire.ts); `turn` and `toReply` are what a host's own wire needs of it.
 */
export interface Service extends Wire, WireTarget {
  readonly file: string;
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
    history: () => history(),
  };
  /** transcripts read ahead in a worker, by their data as sent (the base64 string) */
  const preloaded = new Map<string, Promise<Transcript>>();
  let revision = 0;
  let savedAt: string | null = null;
  const depth = opts.undoDepth ?? 200;
  let chain: Promise<unknown> = Promise.resolve();

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
    change: (
      base: Project,
    ) => Promise<{ next: Project; result: R; command: string; message: LogMessage; unchanged?: boolean }>,
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
      // a change that changed nothing (a merge of copies merged before): no save, no log line, no undo step
      if (out!.unchanged) return out!.result;
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

  /** Validated params: the one cast — zod's output for a generic method is not narrowed by TS. */
  const parse = <M extends Method>(method: M, raw: unknown) =>
    contract[method].params.parse(raw ?? {}) as ParsedParams<M>;

  const queries: QueryHandlers = handlers;
  const exportsOf: ExportHandlers = handlers;
  const mutations: MutationHandlers = handlers;

  /** query → answered from the state in memory */
  const query = <M extends QueryMethod>(method: M, raw: unknown): Result<M> =>
    queries[method](db.data, parse(method, raw), ctx);

  /** export → a file built asynchronously from the state in memory */
  const exportFile = <M extends ExportMethod>(method: M, raw: unknown): Promise<Result<M>> =>
    exportsOf[method](db.data, parse(method, raw), ctx);

  /**
   * mutation → a new state, one undo step, logged and saved before it answers; one that changed nothing
   * (its diff is empty) leaves no step, no log line and no save
   */
  const mutate = <M extends MutationMethod>(method: M, raw: unknown): Promise<Result<M>> => {
    const params = parse(method, raw);
    return transact(async (current) => {
      const out = await mutations[method](current, params, ctx);
      const changes = diff(current, out.project);
      if (!changes.length) {
        return { next: current, result: out.result, command: method, message: out.summary, unchanged: true };
      }
      const label = wordsFor(out.summary, out.project.language);
      const step: Patch = { label, message: out.summary, command: method, at: ctx.now(), changes };
      const undo = [...current.history.undo, step].slice(-depth);
      return {
        next: { ...out.project, history: { undo, redo: [] } },
        result: out.result,
        command: method,
        message: out.summary,
      };
    });
  };

  /** undo/redo: a step of the history taken back or done again; the audit log is never rolled back */
  const step = (undoing: boolean) =>
    transact(async (current) => {
      const from = undoing ? current.history.undo : current.history.redo;
      const step = from.at(-1);
      if (!step) throw new DomainError(say(undoing ? 'errNothingToUndo' : 'errNothingToRedo'));
      const restored = applyPatch(current, step, undoing ? 'backward' : 'forward');
      const h = undoing
        ? { undo: current.history.undo.slice(0, -1), redo: [...current.history.redo, step] }
        : { undo: [...current.history.undo, step], redo: current.history.redo.slice(0, -1) };
      // undo is itself an entry in the log
      const message = say(undoing ? 'undone' : 'redone', { step: step.message ?? step.label });
      return {
        next: { ...restored, history: h },
        result: null,
        command: undoing ? 'history.undo' : 'history.redo',
        message,
      };
    }).then(history);

  const inWindow = (): never => {
    throw new DomainError(say('errProjectsInWindow'));
  };
  /** session → the service's own methods */
  const own: { [M in SessionMethod]: (params: ParsedParams<M>) => Promise<Result<M>> } = {
    // the wire runs batches (src/api/wire.ts); one never reaches a service's turn
    batch: () => Promise.reject(new Error('a batch inside a batch')),
    'history.undo': () => step(true),
    'history.redo': () => step(false),
    'import.cancel': async () => ({ cancelled: cancelReads() }),
    // the lifecycle answers these (src/service/workspace/routes.ts)
    'project.create': inWindow,
    'project.open': inWindow,
    'project.close': inWindow,
    'project.recent': inWindow,
    'projects.list': inWindow,
    'projects.create': inWindow,
    'projects.open': inWindow,
    'projects.importQdpx': inWindow,
    'projects.importProgress': inWindow,
    'projects.importCancel': inWindow,
  };
  const session = <M extends SessionMethod>(method: M, raw: unknown): Promise<Result<M>> =>
    own[method](parse(method, raw));

  /** One call, routed on its declared kind. */
  function run<M extends Method>(method: M, raw: unknown): Promise<Result<M>>;
  async function run(method: Method, raw: unknown): Promise<unknown> {
    if (isKind(method, 'query')) return query(method, raw);
    if (isKind(method, 'export')) return exportFile(method, raw);
    if (isKind(method, 'mutation')) return mutate(method, raw);
    if (isKind(method, 'session')) return session(method, raw);
    throw new Error(`no route for ${method}`);
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
  async function readAhead(calls: readonly WireCall[]): Promise<() => void> {
    if (!opts.offThreadImports) return () => {};
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

  const target: WireTarget = {
    toReply,
    turn: (calls, body) =>
      track(
        (async () => {
          // not queued behind the import it stops
          if (calls.length === 1 && calls[0]!.method === 'import.cancel') return body(run);
          const forget = await readAhead(calls);
          try {
            return await serial(() => body(run));
          } finally {
            forget();
          }
        })(),
      ),
  };
  const wire = createWire(target);

  return {
    ...target,
    ...wire,
    file: ctx.file,
    project: () => db.data,
    close: stop,
    shutdown: async () => {
      stop();
      while (inFlight.size) await Promise.allSettled([...inFlight]);
      await chain;
    },
  };
}
