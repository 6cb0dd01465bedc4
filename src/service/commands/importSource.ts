import crypto from 'node:crypto';
import path from 'node:path';
import type { Participant, Project, Source } from '../../cmo/model';
import { DomainError } from '../../cmo/segments';
import { findCase, findRole } from '../../cmo/lookup';
import { isInterviewer } from '../../cmo/interviewers';
import { metaFromFileName } from '../../cmo/filename-meta';
import { summarizeSource } from '../summaries';
import type { Mutation } from '../types';
import { say, wordsFor } from '../../cmo/logMessages';

/** The same text (by content hash of the normalised text) is already a source of the project. */
export class DuplicateSourceError extends DomainError {
  constructor(
    readonly fileName: string,
    readonly existingId: string,
    readonly existingName: string,
  ) {
    super(say('errDuplicateImport', { file: fileName, existingName }));
    this.name = 'DuplicateSourceError';
  }
}

export const contentHash = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * The participant a speaker label stands for: the one of this case with this role (or, for
 * several speakers sharing a role, with this label too), else a new one pushed to `participants`.
 */
export function participantFor(
  project: Project,
  participants: Participant[],
  o: { caseId: string | null; roleId: string | null; speaker: string; shared: boolean },
  newId: () => string,
): string {
  const caseLabel = project.cases.find((c) => c.id === o.caseId)?.label;
  const roleLabel = project.roles.find((r) => r.id === o.roleId)?.label;
  const who = roleLabel ? (o.shared ? `${roleLabel} (${o.speaker})` : roleLabel) : o.speaker;
  const label = [who, caseLabel].filter(Boolean).join(', ');
  const found = participants.find(
    (p) => p.caseId === o.caseId && p.roleId === o.roleId && (o.roleId && !o.shared ? true : p.label === label),
  );
  if (found) return found.id;
  const p: Participant = { id: newId(), label, roleId: o.roleId, caseId: o.caseId };
  participants.push(p);
  return p.id;
}

function uniqueName(project: Project, wanted: string): string {
  const taken = new Set(project.sources.map((s) => s.name.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) if (!taken.has(`${wanted} (${i})`.toLowerCase())) return `${wanted} (${i})`;
}

/**
 * Imports one file as one undoable command: read (any supported format), normalise, refuse a
 * duplicate, take case and role from the parameters or else from the file name, map speaker
 * labels to participants. Any failure throws before the project changes, so a failed file of a
 * batch leaves nothing behind.
 */
export const importSource: Mutation<'source.import'> = async (project, p, ctx) => {
  const bytes = Buffer.from(p.dataBase64, 'base64');
  const fileName = path.basename(p.fileName);
  const {
    text,
    turns,
    notes,
    format,
    encoding,
    warnings: readWarnings,
  } = await ctx.loadTranscript(fileName, bytes, p.dataBase64);
  const noticed = [...readWarnings];
  if (!text.trim()) throw new DomainError(say('errImportFile', { file: fileName, problem: say('errFileHasNoText') }));
  const hash = contentHash(text);
  const dup = project.sources.find((s) => s.contentHash === hash);
  if (dup) throw new DuplicateSourceError(fileName, dup.id, dup.name);

  const meta = p.fromFileName ? metaFromFileName(fileName, project) : null;
  const kase = p.caseId ? findCase(project, p.caseId) : meta?.caseId ? findCase(project, meta.caseId) : undefined;
  if (p.caseId && !kase)
    throw new DomainError(
      say('errImportFile', {
        file: fileName,
        problem: say('errImportUnknownCase', { id: p.caseId, known: project.cases.map((c) => c.label).join(', ') }),
      }),
    );
  const role = p.role ? findRole(project, p.role) : meta?.roleId ? findRole(project, meta.roleId) : undefined;
  if (p.role && !role)
    throw new DomainError(
      say('errImportFile', {
        file: fileName,
        problem: say('errImportUnknownRole', { role: p.role, known: project.roles.map((r) => r.label).join(', ') }),
      }),
    );
  if (!p.caseId && meta?.caseNumber != null && !meta.caseId)
    noticed.push(say('warnUnknownCaseNumber', { number: meta.caseNumber }));
  // stored in Danish, and as messages for the window
  const warnings = noticed.map((w) => wordsFor(w, 'da'));
  const caseId = kase?.id ?? null;

  const participants = project.participants.slice();
  const newPid = () => ctx.newId('p');
  const speakerMap: Record<string, string> = {};
  // the interviewer's turns belong to no participant; every other voice gets its own participant
  const labels = [...new Set(turns.map((t) => t.speaker))].filter((l) => l && !isInterviewer(project, l));
  const own = new Map(labels.map((l) => [l, findRole(project, l)]));
  const roleUse = new Map<string, number>();
  for (const r of own.values()) if (r) roleUse.set(r.id, (roleUse.get(r.id) ?? 0) + 1);
  for (const label of labels) {
    const labelRole = own.get(label);
    const roleId = labelRole?.id ?? role?.id ?? null;
    // one voice: the participant the file, --role and --case name; several: told apart by their labels
    const shared = labels.length > 1 && (!labelRole || (roleUse.get(labelRole.id) ?? 0) > 1);
    speakerMap[label] = participantFor(project, participants, { caseId, roleId, speaker: label, shared }, newPid);
  }
  const participantIds = [...new Set(Object.values(speakerMap))];
  if (participantIds.length === 0 && (role || kase))
    participantIds.push(
      participantFor(
        project,
        participants,
        { caseId, roleId: role?.id ?? null, speaker: role?.label ?? 'Interviewperson', shared: false },
        newPid,
      ),
    );

  const source: Source = {
    id: ctx.newId('src'),
    name: uniqueName(project, p.name ?? path.basename(fileName, path.extname(fileName))),
    text,
    turns,
    caseId,
    participantIds,
    speakerMap,
    provenance: {
      fileName,
      format,
      importedAt: ctx.now(),
      bytes: bytes.byteLength,
      encoding,
      warnings,
      warningsSaid: noticed,
    },
    contentHash: hash,
    notes,
    speakersConfirmed: false,
  };
  const summary = summarizeSource(source, 0);
  return {
    project: { ...project, participants, sources: [...project.sources, source] },
    result: {
      source: { ...summary, speakers: summary.speakers.filter(Boolean) },
      warnings,
      warningsSaid: noticed,
      turns: turns.length,
      notes: source.notes.length,
      roleId: role?.id ?? null,
    },
    summary: say('imported', { file: fileName, source: source.name, case: kase?.label }),
  };
};
