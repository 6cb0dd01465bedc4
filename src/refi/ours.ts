/**
 * What our own .qdpx export carries beyond REFI-QDA's vocabulary, so a re-import gives back the
 * same project: one project Note ("CMO Workbench: projektdata") holding this JSON, and stable
 * GUIDs for the frames "Programteori" and "Vurdering". Other tools show the note as a memo.
 */
import { z } from 'zod';
import { stableGuid } from '../cmo/guid';
import { AttributeDef, Coder, Kind, ProgrammeTheory, Role, Verdict } from '../cmo/model';
import type { RefiProject } from './qdpxRead';

export const OUR_ORIGIN = 'CMO Workbench';
export const DATA_NOTE_NAME = 'CMO Workbench: projektdata';
export const PT_FRAME_GUID = stableGuid('refi:frame:programteori');
export const VERDICT_FRAME_GUID = stableGuid('refi:frame:vurdering');
export const ptCodeGuid = (pt: string, kind: Kind | null) => stableGuid(`refi:pt:${pt}:${kind ?? ''}`);
export const verdictCodeGuid = (v: Verdict) => stableGuid(`refi:verdict:${v}`);

export const KIND_NAMES: Record<Kind, string> = { C: 'Kontekst', M: 'Mekanisme', O: 'Outcome' };
export const VERDICT_NAMES: Record<Verdict, string> = {
  supports: 'bekræfter',
  refutes: 'afkræfter',
  refines: 'nuancerer',
  unclear: 'uafklaret',
};

const Str = z.string();
export const OurData = z.object({
  version: z.literal(1),
  programmeTheory: ProgrammeTheory,
  roles: z.array(Role),
  attributeDefs: z.array(AttributeDef),
  /** variable guid → attribute id */
  variables: z.record(Str, Str),
  /** the same for source attributes (absent in exports from before them) */
  sourceAttributeDefs: z.array(AttributeDef).default([]),
  sourceVariables: z.record(Str, Str).default({}),
  participants: z.array(z.object({ id: Str, label: Str, roleId: Str.nullable(), caseGuid: Str.nullable() })),
  /** case guid → our id and number */
  cases: z.record(Str, z.object({ id: Str, number: z.number().int().nullable() })),
  /** source guid → what REFI-QDA has no place for */
  sources: z.record(
    Str,
    z.object({
      id: Str,
      participantIds: z.array(Str),
      speakerMap: z.record(Str, Str),
      notes: z.array(Str),
      format: Str,
      fileName: Str,
      speakersConfirmed: z.boolean().optional(),
    }),
  ),
  /** code guid → our code id */
  codes: z.record(Str, Str),
  /** frame code guid → [pt id, kind] / verdict */
  ptCodes: z.record(Str, z.tuple([Str, Kind])),
  verdictCodes: z.record(Str, Verdict),
  /** selection guid → segment fields REFI-QDA has no place for */
  segments: z.record(
    Str,
    z.object({ id: Str, updatedAt: Str, needsReview: z.boolean(), previousText: Str.nullable().optional() }),
  ),
  /** the project's coders as they were (id, initials, colour) by their User guid; absent in older exports */
  coders: z.array(z.object({ guid: Str, coder: Coder })).optional(),
  /** the project's interviewer names, when it set its own */
  interviewers: z.array(Str).optional(),
  /** memo note guids (the rest of a selection's notes are configurations) */
  memoNotes: z.array(Str),
  configurations: z.array(
    z.object({
      id: Str,
      noteGuid: Str,
      pt: Str,
      verdict: Verdict,
      coder: Str.optional(),
      createdAt: Str,
      updatedAt: Str,
    }),
  ),
  /** project note guids that were project notes */
  projectNotes: z.array(Str),
  /** memo note guid → the memo (on the project, a source, a case, a PT point or a code; target is our id) */
  memos: z
    .record(
      Str,
      z.object({
        id: Str,
        on: z.enum(['project', 'source', 'case', 'pt', 'code']),
        target: Str.nullable(),
        coder: Str,
        createdAt: Str,
        updatedAt: Str,
      }),
    )
    .default({}),
});
export type OurData = z.infer<typeof OurData>;

/** Our own export's data note, when this is one; null for every other origin. */
export function ourData(r: RefiProject): OurData | null {
  if (!r.origin.startsWith(OUR_ORIGIN)) return null;
  const note = r.notes.find((n) => n.name === DATA_NOTE_NAME);
  if (!note?.raw) return null;
  try {
    const d = OurData.safeParse(JSON.parse(note.raw));
    return d.success ? d.data : null;
  } catch {
    return null;
  }
}
