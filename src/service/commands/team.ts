/** Team coding as service methods: the coders, a coder copy, merging copies (one undoable step), agreement. */
import path from 'node:path';
import type { ExportFile } from '../../api/contract';
import { computeAgreement, type Agreement } from '../../cmo/agreement';
import { coderCopy } from '../../cmo/coderCopy';
import { codersOf, requireCoder, withCoder, type CoderView } from '../../cmo/coders';
import { DomainError } from '../../cmo/errors';
import { say } from '../../cmo/logMessages';
import { emptyReport, mergeCopy, type MergeReport } from '../../cmo/merge';
import type { Project } from '../../cmo/model';
import { serializeProject } from '../../store/projectFile';
import { parseProject } from '../../store/projectFile';
import type { Mutation, Query } from '../types';
import { resolveSource } from './segments';

export const listCoders: Query<'coders.list'> = (p): CoderView[] => codersOf(p);

export const addCoderCmd: Mutation<'coders.add'> = (project, p) => {
  const next = withCoder(project, p.name, { initials: p.initials, color: p.color });
  const coder = codersOf(next).find((c) => c.name === p.name.trim())!;
  return { project: next, result: coder, summary: say('coderAdded', { coder: coder.name }) };
};

export const agreementQuery: Query<'coders.agreement'> = (p, q): Agreement => {
  const [a, b] = q.coders.map((c) => requireCoder(p, c)) as [string, string];
  if (a === b) throw new DomainError(say('errSameCoders'));
  const sourceIds = q.sources?.length ? q.sources.map((s) => resolveSource(p, s).id) : undefined;
  return computeAgreement(p, a, b, { by: q.by, sourceIds, overlap: q.overlap });
};

/** The copy as a file to save (the window downloads it; the CLI writes it with createProjectFile). */
export function coderCopyFile(p: Project, q: { coder: string; blind: boolean }, now = new Date().toISOString()): ExportFile & { project: Project } {
  const coder = q.coder.trim();
  if (!coder) throw new DomainError(say('errCoderName'));
  const copy = coderCopy(p, { coder, blind: q.blind, now });
  const base = p.name.replace(/[\\/:*?"<>|]+/g, '_').trim() || 'projekt';
  const fileName = `${base} - ${coder.replace(/[\\/:*?"<>|]+/g, '_')}.cmo.json`;
  return { fileName, mime: 'application/json', dataBase64: Buffer.from(serializeProject(copy), 'utf8').toString('base64'), project: copy };
}

/** Every copy read and checked first (a bad one refused by its name), then merged in order as one change. */
export const mergeCmd: Mutation<'coders.merge'> = (project, p, ctx) => {
  const copies = p.copies.map((c) => {
    if (c.file && path.resolve(c.file) === ctx.file) throw new DomainError(say('errMergeSelf', { file: c.name }));
    return { name: c.name, project: parseProject(c.name, Buffer.from(c.dataBase64, 'base64')) };
  });
  let next = project;
  const report: MergeReport = emptyReport();
  for (const c of copies) next = mergeCopy(next, c.project, c.name, report).project;
  const a = report.added;
  const summary = say('merged', {
    copies: copies.map((c) => path.basename(c.name)).join(', '), segments: a.segments, configurations: a.configurations,
    memos: a.memos, codes: a.codes, cases: a.cases, skipped: report.skipped, conflicts: report.conflicts.length, flagged: report.flagged.length,
  });
  return { project: next, result: report, summary };
};
