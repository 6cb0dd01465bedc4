/**
 * The REFI-QDA project as read from a .qdpx (qdpxRead.ts), before it is mapped onto a project (qdpxMap.ts): its
 * users, codes, sets, variables, cases, text sources with their selections, links; and what cannot come over, counted
 * and named for the report.
 */
import { DomainError } from '../cmo/errors';
import { notice } from '../cmo/notice';
import type { LostKind } from '../cmo/refiLostMessages';
import type { LostItem } from '../api/methods/projects';

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
  /** what its plain-text file was in (`utf-8` unless told otherwise; inline text: utf-8) */
  encoding: string;
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
  /** its MemberNote entries (a note cannot be in a code group) */
  noteMembers: number;
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
  /** what cannot come over: kind → count, what and why (codes and data, worded by the reader) */
  lost: Map<string, LostItem>;
}

/** A problem with the .qdpx itself (not a zip, hostile, no .qde, bad XML): one line, Danish with English. */
export class QdpxProblem extends DomainError {}

/** Each kind of REFI-QDA element we cannot use: its code in the message table (src/cmo/refiLostMessages.ts). */
export const LOST = {
  PDFSource: 'lostPdfSource',
  PDFSelection: 'lostPdfSelection',
  PictureSource: 'lostPictureSource',
  PictureSelection: 'lostPictureSelection',
  AudioSource: 'lostAudioSource',
  AudioSelection: 'lostAudioSelection',
  VideoSource: 'lostVideoSource',
  VideoSelection: 'lostVideoSelection',
  Transcript: 'lostTranscript',
  TranscriptSelection: 'lostTranscriptSelection',
  Graph: 'lostGraph',
  Link: 'lostLink',
} as const satisfies Record<string, LostKind>;

/** Counts `count` more of a kind that cannot come over (`element`: the unknown element's name; `name`: the source
 * it is in, the first three named in the line, then "…"). */
export function addLost(
  p: Pick<RefiProject, 'lost'>,
  kind: LostKind,
  count: number,
  element?: string,
  name?: string,
): void {
  if (count <= 0) return;
  const key = element === undefined ? kind : `${kind}<${element}>`;
  const e = p.lost.get(key);
  if (e) e.count += count;
  else p.lost.set(key, { count, what: notice(kind, { element }), why: notice(`${kind}Why`) });
  if (name === undefined) return;
  const data = p.lost.get(key)!.what.data;
  const names = typeof data.names === 'string' ? data.names.split(', ') : [];
  if (names.length < 3 && !names.includes(name)) data.names = [...names, name].join(', ');
  else if (names.length >= 3 && !names.includes(name) && !String(data.names).endsWith('…')) data.names += ' …';
}
