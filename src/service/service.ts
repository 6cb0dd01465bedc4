import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { ZodError } from 'zod';
import { contract, isMethod, type HistoryState, type Method, type Reply, type Result } from '../api/contract';
import { firstIssue, type Project } from '../cmo/model';
import { DomainError } from '../cmo/segments';
import { ProjectFileError, openProjectFile, type ProjectDb } from '../store/projectFile';
import { ImportError } from '../import/index';
import { mutations, queries } from './handlers';
import type { Ctx } from './types';

interface Step { label: string; before: Project; after: Project }

export interface ServiceOptions {
  user?: string;
  /** deterministic time and ids for tests */
  now?: () => string;
  newId?: (prefix: string) => string;
  /** how many steps undo remembers */
  undoDepth?: number;
}

export interface Service {
  readonly file: string;
  /** Typed call; throws on error. */
  call<M extends Method>(method: M, params: unknown): Promise<Result<M>>;
  /** Untyped entry for hosts: validates the method name and params, never throws. */
  dispatch(method: string, params: unknown): Promise<Reply<Method>>;
  project(): Project;
}

export function defaultUser(): string {
  try { return os.userInfo().username; } catch { return 'ukendt'; }
}

/** A reply's error for the user: which input, which file, what is wrong. */
export function toReply(e: unknown): Extract<Reply<Method>, { ok: false }> {
  if (e instanceof ZodError) return { ok: false, kind: 'invalid', error: `Ugyldigt input — ${firstIssue(e)}` };
  if (e instanceof ProjectFileError) return { ok: false, kind: 'file', error: e.message };
  if (e instanceof DomainError || e instanceof ImportError) return { ok: false, kind: 'domain', error: e.message };
  return { ok: false, kind: 'internal', error: `Intern fejl: ${(e as Error)?.message ?? String(e)}` };
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
  };
  const undo: Step[] = [];
  let redo: Step[] = [];
  let revision = 0;
  let savedAt: string | null = null;
  const depth = opts.undoDepth ?? 500;
  let chain: Promise<unknown> = Promise.resolve();

  const history = (): HistoryState => ({
    canUndo: undo.length > 0, canRedo: redo.length > 0,
    undoLabel: undo.at(-1)?.label ?? null, redoLabel: redo.at(-1)?.label ?? null,
    revision, savedAt, user,
  });

  async function commit(next: Project, command: string, summary: string): Promise<void> {
    const at = ctx.now();
    const before = db.data;
    db.data = { ...next, updatedAt: at, log: [...next.log, { at, who: user, command, summary }] };
    try {
      await db.write();
    } catch (e) {
      db.data = before;
      throw e;
    }
    revision++;
    savedAt = at;
  }

  async function run(method: Method, raw: unknown): Promise<unknown> {
    const params = contract[method].params.parse(raw ?? {});
    if (method === 'history.state') return history();
    if (method === 'history.undo' || method === 'history.redo') {
      const from = method === 'history.undo' ? undo : redo;
      const to = method === 'history.undo' ? redo : undo;
      const step = from.pop();
      if (!step) throw new DomainError(method === 'history.undo' ? 'Der er intet at fortryde' : 'Der er intet at gentage');
      const target = method === 'history.undo' ? step.before : step.after;
      try {
        // the audit log is never rolled back: undo is itself an entry in it
        await commit({ ...target, log: db.data.log }, method, `${method === 'history.undo' ? 'Fortrød' : 'Gentog'}: ${step.label}`);
      } catch (e) { from.push(step); throw e; }
      to.push(step);
      return history();
    }
    if (method in queries) {
      const q = queries[method as keyof typeof queries] as (p: Project, params: unknown, ctx: Ctx) => unknown;
      return q(db.data, params, ctx);
    }
    const m = mutations[method as keyof typeof mutations] as (p: Project, params: unknown, ctx: Ctx) => Promise<{ project: Project; result: unknown; summary: string }> | { project: Project; result: unknown; summary: string };
    const before = db.data;
    const out = await m(before, params, ctx);
    await commit(out.project, method, out.summary);
    undo.push({ label: out.summary, before, after: db.data });
    if (undo.length > depth) undo.shift();
    redo = [];
    return out.result;
  }

  function serial<T>(f: () => Promise<T>): Promise<T> {
    const p = chain.then(f, f);
    chain = p.catch(() => {});
    return p;
  }

  return {
    file: ctx.file,
    project: () => db.data,
    call: <M extends Method>(method: M, params: unknown) => serial(() => run(method, params)) as Promise<Result<M>>,
    dispatch: (method, params) => {
      if (!isMethod(method)) return Promise.resolve({ ok: false, kind: 'invalid', error: `Ukendt metode: ${method}` });
      return serial(() => run(method, params)).then((result) => ({ ok: true, result }) as Reply<Method>, toReply);
    },
  };
}

