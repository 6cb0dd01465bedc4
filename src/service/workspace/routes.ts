/**
 * The lifecycle's calls as they arrive from a window (IPC, HTTP, WebSocket, through the wire of
 * src/api/wire.ts): the Projects dialog's `projects.*`, each a thin call into the lifecycle.
 */
import { contract, type Result, type SessionMethod } from '../../api/contract';
import type { Lifecycle } from './lifecycle';
import { asQdpxJob, cancelQdpx, qdpxProgress } from './qdpxJobs';

/** the Projects dialog's methods, as declared (src/api/methods/projects.ts) */
type LifecycleMethod = Extract<SessionMethod, `projects.${string}`>;
export const isLifecycleCall = (m: string): m is LifecycleMethod => m.startsWith('projects.');

const routes: { [M in LifecycleMethod]: (lc: Lifecycle, raw: unknown) => Promise<Result<M>> } = {
  'projects.list': async (lc, raw) => {
    contract['projects.list'].params.parse(raw ?? {});
    return lc.recent();
  },
  'projects.create': (lc, raw) => lc.create(contract['projects.create'].params.parse(raw ?? {})),
  'projects.importQdpx': async (lc, raw) => {
    const p = contract['projects.importQdpx'].params.parse(raw ?? {});
    const name = p.name ?? p.fileName.replace(/^.*[\\/]/, '').replace(/\.qdpx$/i, '');
    const data = Buffer.from(p.dataBase64, 'base64');
    // read off the thread as the job the window named, which it asks about and may cancel (qdpxJobs.ts)
    const made = await asQdpxJob(p.job, (reading) =>
      lc.create({ name, from: { fileName: p.fileName, data, reading } }),
    );
    // a project made from a .qdpx always comes with its report (create.ts)
    if (!made.report) throw new Error('projects.importQdpx: no import report');
    return { file: made.file, name: made.name, report: made.report };
  },
  'projects.importProgress': async (_lc, raw) =>
    qdpxProgress(contract['projects.importProgress'].params.parse(raw ?? {}).job),
  'projects.importCancel': async (_lc, raw) =>
    cancelQdpx(contract['projects.importCancel'].params.parse(raw ?? {}).job),
  'projects.open': (lc, raw) => lc.open(contract['projects.open'].params.parse(raw ?? {})),
};

/** Runs one lifecycle call; throws a refusal. */
export const runLifecycle = <M extends LifecycleMethod>(lc: Lifecycle, method: M, raw: unknown): Promise<Result<M>> =>
  routes[method](lc, raw);
