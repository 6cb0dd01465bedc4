/**
 * Making a project — the one place that does: `project.create` (the window's Projects dialog and
 * Electron's File → New), `cmo new` (also from a REFI-QDA .qdpx), `cmo coder-copy` and the sample
 * builder. A project's file is named after it (`<name>.cmo.json`), any characters kept but those
 * no file system takes. Creating where a file exists is refused.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { TEMPLATE_IDS, projectFromTemplate, type TemplateId } from '../../cmo/templates/index';
import type { Project } from '../../cmo/model';
import { createProjectFile } from '../../store/projectFile';
import { projectFromQdpx } from '../../refi/qdpxImport';
import type { ImportReport } from '../../refi/qdpxMap';
import { projectFromQdpxOffThread } from '../../refi/qdpxOffThread';
import type { QdpxReading } from './qdpxJobs';

export { TEMPLATE_IDS };
export type { TemplateId };

export interface NewProject {
  name: string;
  template?: TemplateId;
  language?: 'da' | 'en';
  /** a REFI-QDA project (.qdpx) whose sources, coding, codebook and cases the new project takes;
   * with `reading`, read off this thread, saying how far it is and stopped by its signal (qdpxJobs.ts) */
  from?: { fileName: string; data: Buffer; reading?: QdpxReading };
}

/** A project made elsewhere (a coder's copy) that only needs its file. */
export interface MadeProject {
  project: Project;
}

export interface Created {
  /** the absolute path */
  file: string;
  name: string;
  /** what came over from a .qdpx, and what did not */
  report?: ImportReport;
}

/** `Arbejdsmiljø på tværs: 2027?` → `Arbejdsmiljø på tværs 2027.cmo.json` (no / \ : * ? " < > | or control). */
export function projectFileName(name: string): string {
  const safe = name
    .normalize('NFC')
    .replace(/[/\\:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  return `${safe || 'Projekt'}.cmo.json`;
}

/** A new project from a template (the NFA programteori by default), not yet saved. */
export function newProject(o: NewProject, now = new Date().toISOString()): Project {
  return projectFromTemplate(o.template ?? 'nfa-aftaleforloeb', {
    id: crypto.randomUUID(),
    name: o.name.trim(),
    now,
    language: o.language ?? 'da',
  });
}

/** Creates the project file; refuses when a file is there already. */
export async function createProject(file: string, o: NewProject | MadeProject): Promise<Created> {
  const abs = path.resolve(file);
  if ('project' in o) {
    await createProjectFile(abs, o.project);
    return { file: abs, name: o.project.name };
  }
  const now = new Date().toISOString();
  const base = newProject(o, now);
  if (!o.from) {
    await createProjectFile(abs, base);
    return { file: abs, name: base.name };
  }
  // the template gives the programteori and roles; the .qdpx its sources, coding, codebook, cases
  const { fileName, data, reading } = o.from;
  const { project, report } = reading
    ? await projectFromQdpxOffThread(data, path.basename(fileName), base, now, reading.onProgress, reading.signal)
    : projectFromQdpx(data, path.basename(fileName), base, now);
  reading?.onProgress({ stage: 'project', done: 0, total: 1, codings: report.codings });
  await createProjectFile(abs, project);
  return { file: abs, name: project.name, report };
}
