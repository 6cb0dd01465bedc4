import crypto from 'node:crypto';
import path from 'node:path';
import type { Participant, Project, Source } from '../../cmo/model';
import { DomainError } from '../../cmo/segments';
import { findCase, findRole } from '../../cmo/lookup';
import { normalizeText } from '../../cmo/text';
import { isInterviewerLabel, parseTurns } from '../../cmo/turns';
import { readTranscript } from '../../import/index';
import { summarizeSource } from '../summaries';
import type { Mutation } from '../types';

/** Reuses the participant of a case with that role (or speaker label), or adds one. */
function participantFor(
  project: Project, participants: Participant[], caseId: string | null, roleId: string | null, label: string, newId: () => string,
): string {
  const found = participants.find((p) => p.caseId === caseId && (roleId ? p.roleId === roleId : p.roleId === null && p.label === label));
  if (found) return found.id;
  const caseLabel = project.cases.find((c) => c.id === caseId)?.label;
  const roleLabel = project.roles.find((r) => r.id === roleId)?.label;
  const p: Participant = { id: newId(), label: [roleLabel ?? label, caseLabel].filter(Boolean).join(', '), roleId, caseId };
  participants.push(p);
  return p.id;
}

function uniqueName(project: Project, wanted: string): string {
  const taken = new Set(project.sources.map((s) => s.name.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) if (!taken.has(`${wanted} (${i})`.toLowerCase())) return `${wanted} (${i})`;
}

export const importSource: Mutation<'source.import'> = async (project, p, ctx) => {
  const bytes = Buffer.from(p.dataBase64, 'base64');
  const read = await readTranscript(p.fileName, bytes);
  const text = normalizeText(read.text);
  if (!text.trim()) throw new DomainError(`${p.fileName}: filen indeholder ingen tekst`);
  const contentHash = crypto.createHash('sha256').update(text).digest('hex');
  const dup = project.sources.find((s) => s.contentHash === contentHash);
  if (dup) throw new DomainError(`${p.fileName}: den samme tekst er allerede importeret som "${dup.name}"`);

  const kase = p.caseId ? findCase(project, p.caseId) : undefined;
  if (p.caseId && !kase) throw new DomainError(`${p.fileName}: ukendt case "${p.caseId}" (kendte: ${project.cases.map((c) => c.label).join(', ') || 'ingen'})`);
  const role = p.role ? findRole(project, p.role) : undefined;
  if (p.role && !role) throw new DomainError(`${p.fileName}: ukendt rolle "${p.role}" (kendte: ${project.roles.map((r) => r.label).join(', ') || 'ingen'})`);
  const caseId = kase?.id ?? null;

  const turns = parseTurns(text);
  const participants = project.participants.slice();
  const newPid = () => ctx.newId('p');
  const speakerMap: Record<string, string> = {};
  for (const label of new Set(turns.map((t) => t.speaker))) {
    if (isInterviewerLabel(label)) continue;
    const labelRole = findRole(project, label);
    const roleId = labelRole?.id ?? role?.id ?? null;
    speakerMap[label] = participantFor(project, participants, caseId, roleId, label, newPid);
  }
  const participantIds = [...new Set(Object.values(speakerMap))];
  if (participantIds.length === 0 && (role || kase)) participantIds.push(participantFor(project, participants, caseId, role?.id ?? null, role?.label ?? 'Interviewperson', newPid));

  const source: Source = {
    id: ctx.newId('src'),
    name: uniqueName(project, p.name ?? path.basename(p.fileName, path.extname(p.fileName))),
    text, turns, caseId, participantIds, speakerMap,
    provenance: { fileName: path.basename(p.fileName), format: read.format, importedAt: ctx.now(), bytes: bytes.byteLength, encoding: read.encoding, warnings: read.warnings },
    contentHash,
    notes: [],
  };
  return {
    project: { ...project, participants, sources: [...project.sources, source] },
    result: { source: summarizeSource(source, 0), warnings: read.warnings },
    summary: `Importerede ${source.provenance.fileName} som "${source.name}"${kase ? ` (${kase.label})` : ''}`,
  };
};
