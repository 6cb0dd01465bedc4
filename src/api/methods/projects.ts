/**
 * The project lifecycle and the Projects dialog (app hosts only: the lifecycle answers them,
 * src/service/workspace/, not the project's service).
 */
import { z } from 'zod';
import { NoParams, returns, session, type Declarations } from '../define';
import type { Notice } from '../../cmo/notice';

/** a project the window can open: its file, its name when it could be read */
export interface ProjectEntry {
  file: string;
  name: string | null;
  current: boolean;
}
export interface ProjectsListing {
  current: string;
  folder: string;
  recent: ProjectEntry[];
  inFolder: ProjectEntry[];
  readOnly: string | null;
}
/** what a REFI-QDA project brought over (src/refi/qdpxMap.ts), and what it could not */
export interface ImportReport {
  origin: string;
  offsets: 'utf16' | 'codepoints';
  sources: number;
  codes: number;
  segments: number;
  codings: number;
  cases: number;
  variables: number;
  users: number;
  memos: number;
  lost: LostItem[];
}
/** a kind of thing a REFI-QDA import could not carry over: how many, what and why (src/cmo/refiLostMessages.ts) */
export interface LostItem {
  count: number;
  what: Notice;
  why: Notice;
}

/** how far a .qdpx import is: the archive, then its text sources one by one, then the project saved */
export interface QdpxProgress {
  stage: 'archive' | 'sources' | 'project';
  done: number;
  total: number;
  /** the codings read so far */
  codings: number;
}
const Job = z.object({ job: z.string().trim().min(1).max(100) }).strict();
/** a new project: its name, template and language */
const CreateParams = z
  .object({
    name: z.string().trim().min(1).max(200),
    template: z.enum(['nfa-aftaleforloeb', 'blank']).default('nfa-aftaleforloeb'),
    language: z.enum(['da', 'en']).default('da'),
  })
  .strict();
/** a project file, or the user's copy of the sample project */
const OpenParams = z
  .object({ file: z.string().trim().min(1).max(4096).optional(), sample: z.boolean().optional() })
  .strict()
  .refine((p) => Boolean(p.file) !== Boolean(p.sample), 'angiv enten en fil eller eksempelprojektet');
/** the project a window has open after a lifecycle step */
export interface OpenedProject {
  file: string;
  name: string;
}

export const projectsMethods = {
  /**
   * The project lifecycle (src/service/workspace/lifecycle.ts): which project the window has open.
   * A new project saved as `<name>.cmo.json` in the projects folder, then open in this window.
   */
  'project.create': session(CreateParams, returns<OpenedProject>()),
  /** another project file (or the user's copy of the sample project) open in this window instead */
  'project.open': session(OpenParams, returns<OpenedProject>()),
  /** the open project closed cleanly (changes under way saved, its open marker removed); nothing is open after */
  'project.close': session(NoParams, returns<null>()),
  /** the projects opened lately and those in the projects folder */
  'project.recent': session(NoParams, returns<ProjectsListing>()),
  /** the Projects dialog (app hosts only): project.recent */
  'projects.list': session(NoParams, returns<ProjectsListing>()),
  /** the Projects dialog: project.create */
  'projects.create': session(CreateParams, returns<OpenedProject>()),
  /** the Projects dialog: project.open */
  'projects.open': session(OpenParams, returns<OpenedProject>()),
  /** a REFI-QDA project (.qdpx from NVivo, MAXQDA, ATLAS.ti…) as a new project in the projects folder, then opened */
  'projects.importQdpx': session(
    z
      .object({
        fileName: z.string().trim().min(1).max(1000),
        dataBase64: z.string().max(400_000_000),
        name: z.string().trim().min(1).max(200).optional(),
        /** the caller's name for this import, to ask how far it is and to cancel it */
        job: z.string().trim().min(1).max(100).optional(),
      })
      .strict(),
    returns<{ file: string; name: string; report: ImportReport }>(),
  ),
  /** how far the .qdpx import `job` is (null: not running); answered while it runs */
  'projects.importProgress': session(Job, returns<QdpxProgress | null>()),
  /** stops the .qdpx import `job` (refused as cancelled; no project is made) until its project is being saved */
  'projects.importCancel': session(Job, returns<{ cancelled: boolean }>()),
} satisfies Declarations;
