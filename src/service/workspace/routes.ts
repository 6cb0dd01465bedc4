/**
 * The lifecycle's calls as they arrive from a window (IPC, HTTP, WebSocket, through the wire of
 * src/api/wire.ts): `project.create/open/close/recent`, and the Projects dialog's `projects.*`, each a
 * thin call into the same lifecycle step.
 */
import { contract, type Result, type SessionMethod } from '../../api/contract';
import type { Lifecycle } from './lifecycle';
import { asQdpxJob, cancelQdpx, qdpxProgress } from './qdpxJobs';

/** the lifecycle's methods and the Projects dialog's, as declared (src/api/methods/projects.ts) */
type LifecycleMethod = Extract<
  SessionMethod,
  `project.${'create' | 'open' | 'close' | 'recent'}` | `projects.${string}`
>;

const routes: { [M in LifecycleMethod]: (lc: Lifecycle, raw: unknown) => Promise<Result<M>> } = {
  'project.create': (lc, raw) => lc.create(contract['project.create'].params.parse(raw ?? {})),
  'project.open': (lc, raw) => lc.open(contract['project.open'].params.parse(raw ?? {})),
  'project.close': async (lc, raw) => {
    contract['project.close'].params.parse(raw ?? {});
    await lc.close();
    return null;
  },
  'project.recent': async (lc, raw) => {
    contract['project.recent'].params.parse(raw ?? {});
    return lc.recent();
  },
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

export const isLifecycleCall = (m: string): m is LifecycleMethod => Object.hasOwn(routes, m);

/** Runs one lifecycle call; throws a refusal. */
export const runLifecycle = <M extends LifecycleMethod>(lc: Lifecycle, method: M, raw: unknown): Promise<Result<M>> =>
  routes[method](lc, raw);
