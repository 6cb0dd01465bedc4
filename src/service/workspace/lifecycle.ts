/**
 * The project lifecycle: which project a window has open, and the operations that change that —
 * create, open, close, recent (`project.*`; the Projects dialog's `projects.*` are thin calls into
 * them). Every host uses it: Electron, the browser host of `npm start`, the tests. A provider in the
 * manner of Zettlr's service providers: `boot()` opens the first project (the one named, else the
 * one used last, else the user's copy of the sample); `shutdown()` ends cleanly. Every other call
 * goes to the open project's service.
 */
import path from 'node:path';
import fs from 'node:fs';
import type { ProjectsListing } from '../../api/contract';
import { createWire, type RunOne, type WireTarget } from '../../api/wire';
import { userHome, sampleProjectPath } from '../../paths';
import { DomainError } from '../../cmo/errors';
import { say } from '../../cmo/logMessages';
import { openService, type Service, type ServiceOptions } from '../service';
import { toReply } from '../reply';
import { createProject, projectFileName, type Created, type NewProject } from './create';
import { projectsListing } from './listing';
import { markOpen, openElsewhere } from './openMarker';
import { lastProject, rememberProject } from './recent';
import { ensureSampleProject } from './sample';
import { isLifecycleCall, runLifecycle } from './routes';

/** Zettlr's provider contract: what a long-lived part of the app does when it starts and when it ends. */
export interface Provider {
  /** opens (or reopens) what it serves */
  boot(): Promise<void>;
  /** flushes pending saves, stops file watches and timers, releases locks and markers; resolves when done */
  shutdown(): Promise<void>;
}

export interface LifecycleOptions extends Omit<ServiceOptions, 'readOnlyBecause'> {
  /** opened at boot; else the project used last, else the user's copy of the sample */
  first?: string;
  /** where the window can be reached, written in the marker a second window reads */
  address?: string;
}

export type Opened = Created;

export interface Lifecycle extends Provider, Service {
  /** a new project (in the projects folder unless `file` is given), then open here */
  create(p: NewProject, file?: string): Promise<Opened>;
  /** another project file (or the user's copy of the sample) open here instead */
  open(p: { file?: string; sample?: boolean }): Promise<Opened>;
  /** the open project closed cleanly; nothing is open afterwards */
  close(): Promise<void>;
  /** the projects opened lately and those in the projects folder */
  recent(): ProjectsListing;
  /** the open project's service (throws when none is open) */
  current(): Service;
  /** where the window can be reached; the open project is marked with it */
  setAddress(url: string): void;
}

/** refused when no project is open */
const noProject = () => new DomainError(say('errNoProjectOpen'));

/** A lifecycle, not yet booted: `boot()` opens the first project. */
export function createLifecycle(opts: LifecycleOptions = {}): Lifecycle {
  const { first, address: at, ...serviceOpts } = opts;
  let address = at ?? '';
  let svc: Service | null = null;
  let unmark = () => {};
  /** lifecycle operations one at a time (two opens never interleave) */
  let ops: Promise<unknown> = Promise.resolve();
  const serial = <T>(f: () => Promise<T>): Promise<T> => {
    const p = ops.then(f, f);
    ops = p.catch(() => {});
    return p;
  };

  /** Opens `file` here; the project open before is shut down only once the new one has opened. */
  async function use(file: string): Promise<Service> {
    const abs = path.resolve(file);
    const elsewhere = openElsewhere(abs);
    const next = await openService(abs, { ...serviceOpts, ...(elsewhere ? { readOnlyBecause: elsewhere } : {}) });
    await release();
    svc = next;
    unmark = elsewhere ? () => {} : markOpen(abs, address);
    rememberProject(abs);
    return svc;
  }

  async function release(): Promise<void> {
    const old = svc;
    svc = null;
    try {
      await old?.shutdown();
    } finally {
      unmark();
      unmark = () => {};
    }
  }

  const current = (): Service => {
    if (!svc) throw noProject();
    return svc;
  };
  const opened = (s: Service, report?: Created['report']): Opened => ({
    file: s.file,
    name: s.project().name,
    ...(report ? { report } : {}),
  });

  // the wire (src/api/wire.ts) over the lifecycle: a Projects call is the lifecycle's, every other
  // the open project's; a batch with a Projects call in it is taken call by call, so the calls after
  // a switch go to the project opened, and one without runs in one turn of the open project
  const run: RunOne = (method, params) =>
    isLifecycleCall(method) ? runLifecycle(lifecycle, method, params) : current().call(method, params);
  const target: WireTarget = {
    toReply,
    turn: async (calls, body) =>
      calls.some((c) => isLifecycleCall(c.method)) ? body(run) : current().turn(calls, body),
  };
  const wire = createWire(target);

  const lifecycle: Lifecycle = {
    boot: () =>
      serial(async () => {
        const file = first ? path.resolve(first) : (lastProject() ?? (await ensureSampleProject(sampleProjectPath())));
        await use(file);
      }),
    shutdown: () => serial(release),
    create: (p, file) =>
      serial(async () => {
        if (!file) fs.mkdirSync(userHome(), { recursive: true });
        const made = await createProject(file ?? path.join(userHome(), projectFileName(p.name)), p);
        return opened(await use(made.file), made.report);
      }),
    open: (p) =>
      serial(async () => {
        const file = p.sample ? await ensureSampleProject(sampleProjectPath()) : path.resolve(p.file ?? '');
        return opened(await use(file));
      }),
    close: () => serial(release),
    recent: () => projectsListing(svc?.file ?? ''),
    current,
    setAddress: (url) => {
      address = url;
      if (!svc) return;
      unmark();
      unmark = openElsewhere(svc.file) ? () => {} : markOpen(svc.file, url);
    },
    get file() {
      return current().file;
    },
    project: () => current().project(),
    ...target,
    ...wire,
  };
  return lifecycle;
}

/** A lifecycle booted on `first` (or the default project): what a host starts with. */
export async function openLifecycle(opts: LifecycleOptions = {}): Promise<Lifecycle> {
  const lc = createLifecycle(opts);
  await lc.boot();
  return lc;
}
