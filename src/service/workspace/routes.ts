/**
 * The lifecycle's calls as they arrive from a window (IPC, HTTP, WebSocket): the Projects dialog's
 * `projects.*`, each a thin call into the lifecycle. A batch that holds one is taken call by call, so
 * the calls after a switch go to the project opened.
 */
import { contract, type BatchReply, type Method, type Reply } from '../../api/contract';
import { toReply } from '../service';
import type { Lifecycle } from './lifecycle';

const isLifecycleCall = (m: unknown): m is string => typeof m === 'string' && m.startsWith('projects.');

/** Runs one lifecycle call; throws a refusal. */
export async function runLifecycle(lc: Lifecycle, method: string, raw: unknown): Promise<unknown> {
  if (method === 'projects.list') {
    contract['projects.list'].params.parse(raw ?? {});
    return lc.recent();
  }
  if (method === 'projects.create') return lc.create(contract['projects.create'].params.parse(raw ?? {}));
  if (method === 'projects.importQdpx') {
    const p = contract['projects.importQdpx'].params.parse(raw ?? {});
    const name = p.name ?? p.fileName.replace(/^.*[\\/]/, '').replace(/\.qdpx$/i, '');
    return lc.create({ name, from: { fileName: p.fileName, data: Buffer.from(p.dataBase64, 'base64') } });
  }
  return lc.open(contract['projects.open'].params.parse(raw ?? {}));
}

/**
 * The lifecycle's answer to a call, or null when the call is the open project's. `next` dispatches
 * a call to the open project.
 */
export async function routeLifecycle(
  lc: Lifecycle,
  method: string,
  params: unknown,
  next: (method: string, params: unknown) => Promise<Reply<Method>>,
): Promise<Reply<Method> | null> {
  if (isLifecycleCall(method)) {
    try {
      return { ok: true, result: await runLifecycle(lc, method, params) } as Reply<Method>;
    } catch (e) {
      return toReply(e);
    }
  }
  const calls = method === 'batch' ? (params as { calls?: { method?: unknown; params?: unknown }[] })?.calls : null;
  if (!Array.isArray(calls) || !calls.some((c) => isLifecycleCall(c?.method))) return null;
  const out: BatchReply[] = [];
  for (const c of calls) {
    const m = String(c?.method);
    out.push(((await routeLifecycle(lc, m, c?.params, next)) ?? (await next(m, c?.params))) as BatchReply);
  }
  return { ok: true, result: out } as Reply<Method>;
}
