/** Team coding as service methods: the coders, a coder copy, merging copies (one undoable step), agreement. */
import path from 'node:path';
import type { ExportFile, ParsedParams } from '../../api/contract';
import { agreementToXlsx } from '../../export/agreementXlsx';
import { computeAgreement, type Agreement } from '../../cmo/agreement';
import { coderCopy } from '../../cmo/coderCopy';
import { codersOf, findCoder, requireCoder, withCoder, type CoderView } from '../../cmo/coders';
import { DomainError } from '../../cmo/errors';
import { say } from '../../cmo/logMessages';
import { emptyReport, mergeCopy, type MergeReport } from '../../cmo/merge';
import type { Project, Segment } from '../../cmo/model';
import { serializeProject } from '../../store/projectFile';
import { parseProject } from '../../store/projectFile';
import type { Mutation, Query } from '../types';
import { resolveSource } from '../../cmo/lookup';

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

/** The comparison as a workbook (the Compare coders view's export). */
export async function agreementFile(p: Project, q: ParsedParams<'coders.exportAgreement'>): Promise<ExportFile> {
  const a = agreementQuery(p, q, undefined as never);
  const name = `${p.name} - ${a.coders.join(' og ')}`.replace(/[\\/:*?"<>|]+/g, '_');
  const data = await agreementToXlsx(a, p.name);
  const mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return { fileName: `${name}.xlsx`, mime, dataBase64: data.toString('base64') };
}

/** The copy as a file to save (the window downloads it; the CLI writes it with createProjectFile). */
export function coderCopyFile(
  p: Project,
  q: { coder: string; blind: boolean },
  now = new Date().toISOString(),
): ExportFile & { project: Project; coder: string } {
  if (!q.coder.trim()) throw new DomainError(say('errCoderName'));
  // a known coder by any spelling or initials (`karen`, `KJ`): the copy holds their work, not a new coder's nothing
  const coder = findCoder(p, q.coder) ?? q.coder.trim();
  const copy = coderCopy(p, { coder, blind: q.blind, now });
  const base = p.name.replace(/[\\/:*?"<>|]+/g, '_').trim() || 'projekt';
  const fileName = `${base} - ${coder.replace(/[\\/:*?"<>|]+/g, '_')}.cmo.json`;
  const dataBase64 = Buffer.from(serializeProject(copy), 'utf8').toString('base64');
  return { fileName, mime: 'application/json', dataBase64, project: copy, coder };
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
    copies: copies.map((c) => path.basename(c.name)).join(', '),
    segments: a.segments,
    configurations: a.configurations,
    memos: a.memos,
    codes: a.codes,
    cases: a.cases,
    skipped: report.skipped,
    conflicts: report.conflicts.length,
    flagged: report.flagged.length,
  });
  return { project: next, result: report, summary };
};

/** A unit of comparison as the agreement rows name it: kind + PT point, PT point, kind, or a thematic code. */
const inUnit = (s: Segment, u: { kind?: string | null; pt?: string | null; code?: string | null }) =>
  (u.kind ? s.kind === u.kind : true) &&
  (u.pt ? s.pt.includes(u.pt) : true) &&
  (u.code ? s.codes.includes(u.code) : true);

/**
 * One coder's coding of a unit in a source adopted as another's (by default the consensus coder
 * "Konsensus"): each of their segments there (or only the given ones) copied for that unit, one undoable step.
 * Codings the target coder already has the same way are left as they are.
 */
export const adoptCmd: Mutation<'coders.adopt'> = (project, p, ctx) => {
  const from = requireCoder(project, p.from);
  const as = p.as.trim();
  const src = resolveSource(project, p.source);
  if (!p.unit.kind && !p.unit.pt && !p.unit.code) throw new DomainError(say('errAdoptNoUnit'));
  const keyOf = (s: Pick<Segment, 'start' | 'end' | 'kind' | 'pt' | 'codes'>) =>
    `${s.start}|${s.end}|${s.kind}|${s.pt.join()}|${s.codes.join()}`;
  const has = new Set(project.segments.filter((s) => s.coder === as && s.sourceId === src.id).map(keyOf));
  const now = ctx.now();
  const made: Segment[] = [];
  const only = p.segmentIds ? new Set(p.segmentIds) : null;
  for (const s of project.segments) {
    if (s.coder !== from || s.sourceId !== src.id || !inUnit(s, p.unit)) continue;
    if (only && !only.has(s.id)) continue;
    const kind = p.unit.code ? null : s.kind;
    const pt = p.unit.code ? [] : p.unit.pt ? [p.unit.pt] : s.pt;
    const codes = p.unit.code ? [p.unit.code] : [];
    const key = keyOf({ start: s.start, end: s.end, kind, pt, codes });
    if (has.has(key)) continue;
    has.add(key);
    made.push({
      ...s,
      id: ctx.newId('seg'),
      kind,
      pt,
      codes,
      coder: as,
      memo: '',
      createdAt: now,
      updatedAt: now,
      needsReview: false,
      previousText: null,
    });
  }
  // nothing to adopt: the project as it is (the service then keeps no undo step or log line for it)
  const next = made.length ? withCoder({ ...project, segments: [...project.segments, ...made] }, as) : project;
  const unit = [p.unit.kind, p.unit.pt, p.unit.code].filter(Boolean).join(' ');
  const summary = say('adopted', { from, as, unit, source: src.name, count: made.length });
  return { project: next, result: { created: made.map((s) => s.id) }, summary };
};
