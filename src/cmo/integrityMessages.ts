/**
 * What is wrong in a project that loads by its schema but does not hang together (integrity.ts), in
 * Danish (with the English term in brackets, as before) and English: part of the one message table
 * (logMessages.ts). A problem carries its code and data; `cmo repair` words what it cannot mend.
 */
import type { Template, Value } from './messageFormat';

const MEMO_WHAT: Record<string, string> = { source: 'kilde', case: 'case', pt: 'programteoripunkt', code: 'kode' };
const memoWhatDa = (v: Value) => MEMO_WHAT[String(v)] ?? String(v);

export const integrityDa = {
  intDuplicateId: () => `id'et findes to gange (duplicate id)`,
  intUnknownCase: (p) => `ukendt case ${p.id} (unknown case)`,
  intUnknownParticipant: (p) => `ukendt deltager ${p.id} (unknown participant)`,
  intSpeakerNoParticipant: (p) => `taleren ${p.label} peger på en ukendt deltager ${p.id}`,
  intTurnOutside: (p) => `taletur [${p.start}, ${p.end}) ligger uden for teksten (${p.length} tegn)`,
  intUnknownRole: (p) => `ukendt rolle ${p.id} (unknown role)`,
  intUnknownParent: (p) => `ukendt overordnet kode ${p.id}`,
  intUnknownSource: (p) => `ukendt kilde ${p.id} (unknown source)`,
  intEndBeforeStart: (p) => `slutter før den starter: [${p.start}, ${p.end}) (end before start)`,
  intBeyondText: (p) => `[${p.start}, ${p.end}) ligger uden for kildens tekst på ${p.length} tegn (beyond the text)`,
  intSnapshotDiffers: (p) =>
    `den gemte tekst svarer ikke til teksten i [${p.start}, ${p.end}) (snapshot differs from the text)`,
  intUnknownPt: (p) => `ukendt programteoripunkt ${p.id} (unknown PT point)`,
  intUnknownCode: (p) => `ukendt kode ${p.id} (unknown code)`,
  intUnknownSegment: (p) => `ukendt kodning ${p.id} (unknown segment)`,
  intProjectMemoTarget: (p) => `et memo på projektet har et mål ${p.target} (a project memo with a target)`,
  intMemoNoTarget: (p) => `memoet på ${p.on} mangler sit mål (no target)`,
  intMemoUnknownTarget: (p) => `memo på ukendt ${memoWhatDa(p.on)} ${p.target} (memo on an unknown ${p.on})`,
} satisfies Record<string, Template>;

export type IntegrityKey = keyof typeof integrityDa;

export const integrityEn: Record<IntegrityKey, Template> = {
  intDuplicateId: () => 'the id occurs twice',
  intUnknownCase: (p) => `unknown case ${p.id}`,
  intUnknownParticipant: (p) => `unknown participant ${p.id}`,
  intSpeakerNoParticipant: (p) => `the speaker ${p.label} points to an unknown participant ${p.id}`,
  intTurnOutside: (p) => `speaker turn [${p.start}, ${p.end}) lies outside the text (${p.length} characters)`,
  intUnknownRole: (p) => `unknown role ${p.id}`,
  intUnknownParent: (p) => `unknown parent code ${p.id}`,
  intUnknownSource: (p) => `unknown source ${p.id}`,
  intEndBeforeStart: (p) => `ends before it starts: [${p.start}, ${p.end})`,
  intBeyondText: (p) => `[${p.start}, ${p.end}) lies beyond the source's text of ${p.length} characters`,
  intSnapshotDiffers: (p) => `the stored text differs from the text at [${p.start}, ${p.end})`,
  intUnknownPt: (p) => `unknown programme theory point ${p.id}`,
  intUnknownCode: (p) => `unknown code ${p.id}`,
  intUnknownSegment: (p) => `unknown coding ${p.id}`,
  intProjectMemoTarget: (p) => `a memo on the project has a target ${p.target}`,
  intMemoNoTarget: (p) => `the memo on ${p.on} has no target`,
  intMemoUnknownTarget: (p) => `memo on an unknown ${p.on} ${p.target}`,
};
