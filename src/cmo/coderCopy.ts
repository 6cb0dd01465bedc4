/**
 * A coder copy: the project for one coder to code apart (and merge back later, cmo/merge.ts).
 * It keeps the project's id, sources, cases, participants, codebook and programteori. A blind copy
 * also leaves out everything the other coders did — their codings, configurations and memos — and
 * every trace of them: the audit log, the undo and redo history (whose patches hold the old
 * states), the other coders' names, and the report work and summaries built on their codings.
 * Pure: the caller writes the file.
 */
import type { Project } from './model';
import { configurationCoder, withCoder } from './coders';
import { say, wordsFor } from './logMessages';

export interface CoderCopyOptions {
  coder: string;
  blind: boolean;
  now: string;
}

type WithCoder = { coder?: string; author?: string };

export function coderCopy(project: Project, opts: CoderCopyOptions): Project {
  const coder = opts.coder.trim();
  const message = say('coderCopyMade', { coder, blind: opts.blind ? 1 : 0, project: project.name });
  const summary = wordsFor(message, project.language);
  const entry = { at: opts.now, who: coder, command: 'coders.copy', summary, message };
  if (!opts.blind) {
    const copy = withCoder(project, coder);
    return { ...copy, updatedAt: opts.now, log: [...copy.log, entry] };
  }
  const segments = project.segments.filter((s) => s.coder === coder);
  const kept = new Set(segments.map((s) => s.id));
  const byId = new Map(project.segments.map((s) => [s.id, s]));
  const only = (ids: readonly string[]) => ids.filter((id) => kept.has(id));
  const configurations = project.configurations
    .filter((c) => configurationCoder(project, c, byId) === coder)
    .map((c) => ({
      ...c,
      contextIds: only(c.contextIds),
      mechanismIds: only(c.mechanismIds),
      outcomeIds: only(c.outcomeIds),
    }));
  const own = <T extends WithCoder>(xs: readonly T[] | undefined) => xs?.filter((x) => (x.coder ?? x.author) === coder);
  const copy: Project = {
    ...project,
    coders: project.coders.filter((c) => c.name === coder),
    segments,
    configurations,
    quoteRenditions: project.quoteRenditions.filter((r) => kept.has(r.segmentId)),
    quoteSettings: { ...project.quoteSettings, order: project.quoteSettings.order.filter((id) => kept.has(id)) },
    // summaries of matrix cells are written from everyone's codings: not the blind coder's to see
    frameworkSummaries: [],
    ...(project.projectNotes ? { projectNotes: own(project.projectNotes) } : {}),
    log: [entry],
    history: { undo: [], redo: [] },
    updatedAt: opts.now,
  };
  // memos (a newer field) by their coder, whatever else a project keeps per coder
  const memos = (project as { memos?: WithCoder[] }).memos;
  if (memos) (copy as { memos?: WithCoder[] }).memos = own(memos);
  return withCoder(copy, coder);
}
