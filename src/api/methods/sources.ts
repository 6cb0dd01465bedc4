/** Sources: import (with its preview and the look into each file), read, rename, correct, speakers. */
import { z } from 'zod';
import type { Participant, Segment, Source } from '../../cmo/model';
import type { FileNameMeta } from '../../cmo/filename-meta';
import type { LogMessage } from '../../cmo/logMessages';
import { fileExport, mutation, query, returns, type Declarations } from '../define';
import { Ref, SegmentFields } from '../schemas';
import type { SourceSummary } from './project';

export interface SourceDetail {
  source: Source;
  segments: Segment[];
}
export interface ImportResult {
  source: SourceSummary;
  warnings: string[];
  warningsSaid?: LogMessage[];
  turns?: number;
  notes?: number;
  roleId?: string | null;
}
/**
 * What a file name says about case and role, and whether its extension can be read (`import.preview`):
 * `problem` in Danish, `problemSaid` the same as a message, for the window's language.
 */
export interface ImportPreview extends FileNameMeta {
  format: string | null;
  problem: string | null;
  problemSaid?: LogMessage;
}
export interface SpeakersResult {
  source: SourceSummary;
  participants: Participant[];
}
export interface AutocodeResult {
  created: Segment[];
  skipped: number;
}
export type SniffStatus = 'ready' | 'empty' | 'wrongContent' | 'encrypted' | 'duplicate' | 'unsupported' | 'unreadable';
export interface SniffResult {
  fileName: string;
  status: SniffStatus;
  /** in Danish, and as a message for the window's language; null when ready */
  problem: string | null;
  problemSaid: LogMessage | null;
  /** the content hash of the normalised text (to spot two files of one batch with the same text) */
  hash: string | null;
  /** the source that already has this text */
  duplicateOf: { id: string; name: string } | null;
  turns: number;
  speakers: string[];
}

const SpeakerAssign = z.union([
  z.object({ participantId: Ref }).strict(),
  z
    .object({
      role: Ref.nullable().optional(),
      caseId: Ref.nullable().optional(),
      label: z.string().trim().min(1).max(200).optional(),
    })
    .strict(),
  z.null(),
]);

export const sourcesMethods = {
  'source.get': query(z.object({ id: Ref }).strict(), returns<SourceDetail>()),
  'source.import': mutation(
    z
      .object({
        fileName: z.string().trim().min(1).max(1000),
        dataBase64: z.string().max(400_000_000),
        caseId: Ref.optional(),
        role: Ref.optional(),
        name: z.string().trim().min(1).max(500).optional(),
        /** case and role not given are read from the file name (`Case 03 - Leder.docx`) */
        fromFileName: z.boolean().default(true),
      })
      .strict(),
    returns<ImportResult>(),
  ),
  'source.update': mutation(
    z
      .object({
        id: Ref,
        name: z.string().trim().min(1).max(500).optional(),
        caseId: Ref.nullable().optional(),
        /** source attribute values by id or label (a value null or empty removes it) */
        attributes: z.record(z.string().min(1).max(200), z.string().max(500).nullable()).optional(),
      })
      .strict(),
    returns<SourceSummary>(),
  ),
  'source.edit': mutation(
    z
      .object({
        source: Ref,
        /** find/replace: one occurrence unless `all` */
        find: z.string().min(1).max(100_000).optional(),
        replace: z.string().max(100_000).optional(),
        all: z.boolean().default(false),
        /** or the whole corrected text, from an edit session; the changes are found by diff */
        text: z.string().max(50_000_000).optional(),
      })
      .strict()
      .refine(
        (p) => (p.find !== undefined && p.replace !== undefined) !== (p.text !== undefined),
        'angiv enten find og replace eller den rettede tekst',
      ),
    returns<{ sourceId: string; edits: number; moved: number; flagged: string[]; length: number }>(),
  ),
  'import.preview': query(
    z.object({ fileNames: z.array(z.string().trim().min(1).max(1000)).min(1).max(10_000) }).strict(),
    returns<ImportPreview[]>(),
  ),
  /**
   * one file looked into before import: ready, empty, not what its extension says, password-protected, unreadable, or a
   * duplicate
   */
  'import.sniff': fileExport(
    z.object({ fileName: z.string().trim().min(1).max(1000), dataBase64: z.string().max(400_000_000) }).strict(),
    returns<SniffResult>(),
  ),
  /** speaker label → participant: an existing one, one found or made for a role (and case), or none (null) */
  'source.setSpeakers': mutation(
    z.object({ id: Ref, speakers: z.record(z.string().min(1).max(200), SpeakerAssign) }).strict(),
    returns<SpeakersResult>(),
  ),
  /** codes every turn of one speaker (label) or participant, the label itself left out */
  'source.autocode': mutation(
    z
      .object({
        source: Ref,
        speaker: z.string().min(1).max(200).optional(),
        participant: Ref.optional(),
        ...SegmentFields,
      })
      .strict()
      .refine(
        (p) => (p.speaker === undefined) !== (p.participant === undefined),
        'angiv enten speaker eller participant',
      ),
    returns<AutocodeResult>(),
  ),
} satisfies Declarations;
