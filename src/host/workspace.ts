/**
 * The project a window has open, and the Projects dialog's calls: make a new project, open another,
 * list recent ones and those in the projects folder. Every other call goes to the open project's
 * service. Used by the browser host and Electron; a switch closes the old project's watch and marks.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  contract,
  isMethod,
  type BatchReply,
  type Method,
  type ProjectEntry,
  type ProjectsListing,
  type Reply,
} from '../api/contract';
import { openService, toReply, type Service, type ServiceOptions } from '../service/service';
import { createProject, newProject, projectFileName } from '../service/projects';
import { projectFromQdpx } from '../refi/qdpxImport';
import { userHome, sampleProjectPath } from '../paths';
import { markOpen, openElsewhere } from './openMarker';
import { recentProjects, rememberProject } from './recent';

export interface Workspace extends Service {
  /** the project in use now */
  current(): Service;
  /** where the window can be reached, for the marker a second window reads */
  setAddress(url: string): void;
}

export interface WorkspaceOptions extends Omit<ServiceOptions, 'readOnlyBecause'> {
  /** makes the sample project when it is asked for (the sample builder is not bundled everywhere) */
  ensureSample?: (file: string) => Promise<string>;
}

function nameOf(file: string): string | null {
  try {
    // the name is near the top of the file: read a little, not a 10 MB project
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(4096);
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      const m = buf
        .subarray(0, n)
        .toString('utf8')
        .match(/"name":\s*("(?:[^"\\]|\\.)*")/);
      return m ? (JSON.parse(m[1]!) as string) : null;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null;
  }
}

export async function openWorkspace(first: string, opts: WorkspaceOptions = {}): Promise<Workspace> {
  let address = '';
  let unmark = () => {};
  let svc: Service;

  async function use(file: string): Promise<Service> {
    const abs = path.resolve(file);
    const elsewhere = openElsewhere(abs);
    const next = await openService(abs, { ...opts, ...(elsewhere ? { readOnlyBecause: elsewhere } : {}) });
    if (svc) {
      svc.close();
      unmark();
    }
    svc = next;
    unmark = elsewhere ? () => {} : markOpen(abs, address);
    rememberProject(abs);
    return svc;
  }
  await use(first);

  const entry = (file: string): ProjectEntry => ({ file, name: nameOf(file), current: file === svc.file });
  function listing(): ProjectsListing {
    const folder = userHome();
    let inFolder: string[] = [];
    try {
      inFolder = fs
        .readdirSync(folder)
        .filter((f) => f.endsWith('.cmo.json'))
        .map((f) => path.join(folder, f));
    } catch {
      /* none yet */
    }
    const readOnly = (svc.project() && openElsewhere(svc.file)) || null;
    return {
      current: svc.file,
      folder,
      readOnly,
      recent: recentProjects()
        .filter((f) => fs.existsSync(f))
        .map(entry),
      inFolder: inFolder.sort().map(entry),
    };
  }

  async function projects(method: string, raw: unknown): Promise<unknown> {
    if (method === 'projects.list') {
      contract['projects.list'].params.parse(raw ?? {});
      return listing();
    }
    if (method === 'projects.create') {
      const p = contract['projects.create'].params.parse(raw ?? {});
      fs.mkdirSync(userHome(), { recursive: true });
      const file = await createProject(path.join(userHome(), projectFileName(p.name)), p);
      await use(file);
      return { file, name: svc.project().name };
    }
    if (method === 'projects.importQdpx') {
      const p = contract['projects.importQdpx'].params.parse(raw ?? {});
      const name = p.name ?? path.basename(p.fileName).replace(/\.qdpx$/i, '');
      const { project, report } = projectFromQdpx(
        Buffer.from(p.dataBase64, 'base64'),
        path.basename(p.fileName),
        newProject({ name }),
        new Date().toISOString(),
      );
      fs.mkdirSync(userHome(), { recursive: true });
      const file = await createProject(path.join(userHome(), projectFileName(name)), project);
      await use(file);
      return { file, name: svc.project().name, report };
    }
    const p = contract['projects.open'].params.parse(raw ?? {});
    const file = p.sample
      ? await (opts.ensureSample ?? (async (f: string) => f))(sampleProjectPath())
      : path.resolve(p.file!);
    await use(file);
    return { file, name: svc.project().name };
  }

  const isProjects = (m: string) => m.startsWith('projects.');
  async function dispatch(method: string, params: unknown): Promise<Reply<Method>> {
    if (isProjects(method)) {
      try {
        return { ok: true, result: await projects(method, params) } as Reply<Method>;
      } catch (e) {
        return toReply(e);
      }
    }
    const calls = method === 'batch' ? (params as { calls?: { method?: unknown; params?: unknown }[] })?.calls : null;
    if (Array.isArray(calls) && calls.some((c) => typeof c?.method === 'string' && isProjects(c.method))) {
      const out: BatchReply[] = [];
      for (const c of calls) out.push((await dispatch(String(c?.method), c?.params)) as BatchReply);
      return { ok: true, result: out } as Reply<Method>;
    }
    return svc.dispatch(method, params);
  }

  return {
    get file() {
      return svc.file;
    },
    project: () => svc.project(),
    current: () => svc,
    close: () => {
      svc.close();
      unmark();
    },
    setAddress: (url) => {
      address = url;
      unmark();
      unmark = openElsewhere(svc.file) ? () => {} : markOpen(svc.file, url);
    },
    dispatch: (method, params) => (isMethod(method) ? dispatch(method, params) : svc.dispatch(method, params)),
    call: async (method, params) => {
      if (!isProjects(method)) return svc.call(method, params);
      return projects(method, params) as never;
    },
  };
}
