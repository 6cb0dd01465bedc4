/**
 * The REFI-QDA project as read from a .qdpx (qdpxRead.ts), before it is mapped onto a project (qdpxMap.ts): its
 * users, codes, sets, variables, cases, text sources with their selections, links; and what cannot come over, counted
 * and named for the report.
 */
import { DomainError } from '../cmo/errors';

export interface RUser {
  guid: string;
  name: string;
}
export interface RCode {
  guid: string;
  name: string;
  codable: boolean;
  color: string | null;
  description: string;
  parentGuid: string | null;
  noteRefs: string[];
}
export interface RCoding {
  guid: string;
  codeGuid: string;
  user: string;
  date: string;
  noteRefs: string[];
}
export interface RSelection {
  guid: string;
  start: number;
  end: number;
  user: string;
  date: string;
  description: string;
  codings: RCoding[];
  noteRefs: string[];
}
export interface RValue {
  varGuid: string;
  value: string;
}
export interface RText {
  guid: string;
  name: string;
  raw: string | null;
  path: string;
  description: string;
  user: string;
  date: string;
  selections: RSelection[];
  values: RValue[];
  noteRefs: string[];
  sourceCodings: number;
}
export interface RVariable {
  guid: string;
  name: string;
  type: string;
  description: string;
}
export interface RCase {
  guid: string;
  name: string;
  description: string;
  values: RValue[];
  sourceGuids: string[];
  codeRefs: number;
  selectionRefs: number;
}
export interface RSet {
  guid: string;
  name: string;
  description: string;
  codeGuids: string[];
  sourceGuids: string[];
}
export interface RLink {
  guid: string;
  origin: string;
  target: string;
}
export interface RefiProject {
  name: string;
  origin: string;
  users: RUser[];
  codes: RCode[];
  variables: RVariable[];
  cases: RCase[];
  sources: RText[];
  notes: RText[];
  sets: RSet[];
  links: RLink[];
  projectNoteRefs: string[];
  description: string;
  /** what cannot come over: kind → count and why (Danish) */
  lost: Map<string, { count: number; why: string }>;
}

/** A problem with the .qdpx itself (not a zip, hostile, no .qde, bad XML): one line, Danish with English. */
export class QdpxProblem extends DomainError {}

/** What each kind we cannot use is called in the report, and why. */
export const LOST: Record<string, [string, string]> = {
  PDFSource: ['PDF-kilder (PDF sources)', 'CMO Workbench koder kun tekst; PDF-filen kommer ikke med'],
  PDFSelection: ['PDF-markeringer (PDF selections)', 'områder på en PDF-side kan ikke blive til tekstpassager'],
  PictureSource: ['billedkilder (picture sources)', 'billeder kan ikke kodes i CMO Workbench'],
  PictureSelection: ['billedmarkeringer (picture selections)', 'områder i et billede kan ikke blive til tekstpassager'],
  AudioSource: ['lydkilder (audio sources)', 'lyd kan ikke kodes i CMO Workbench'],
  AudioSelection: ['lydmarkeringer (audio selections)', 'tidsintervaller i lyd kan ikke blive til tekstpassager'],
  VideoSource: ['videokilder (video sources)', 'video kan ikke kodes i CMO Workbench'],
  VideoSelection: ['videomarkeringer (video selections)', 'tidsintervaller i video kan ikke blive til tekstpassager'],
  Transcript: ['transskriptioner til lyd/video (transcripts of media)', 'kun selvstændige tekstkilder læses'],
  TranscriptSelection: ['transskriptionsmarkeringer (transcript selections)', 'kun markeringer i tekstkilder læses'],
  Graph: ['grafer (graphs)', 'CMO Workbench har ingen grafer af den slags'],
  Link: ['forbindelser (links)', 'forbindelser mellem elementer findes ikke i CMO Workbench'],
};

export function addLost(p: Pick<RefiProject, 'lost'>, what: string, count: number, why: string): void {
  if (count <= 0) return;
  const e = p.lost.get(what);
  if (e) e.count += count;
  else p.lost.set(what, { count, why });
}
