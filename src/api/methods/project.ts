/** The project at a glance, its audit log, and the codings waiting for review. */
import type { AttributeDef, Case, LogEntry, Participant, ProgrammeTheory, Role } from '../../cmo/model';
import type { LogMessage } from '../../cmo/logMessages';
import type { FlaggedCoding } from '../../cmo/review';
import type { UnattributedCoding } from '../../cmo/unattributed';
import { z } from 'zod';
import { NoParams, query, returns, type Declarations } from '../define';

export interface SourceSummary {
  id: string;
  name: string;
  caseId: string | null;
  participantIds: string[];
  speakers: string[];
  speakerMap: Record<string, string>;
  length: number;
  words: number;
  segments: number;
  format: string;
  importedAt: string;
  warnings: string[];
  /** the warnings as messages, when the source has them (see Provenance) */
  warningsSaid?: LogMessage[];
  /** imported and its speakers summary not confirmed yet (source.confirmSpeakers) */
  unconfirmed?: boolean;
  /** its source attribute values (ProjectInfo.sourceAttributeDefs), by attribute id */
  attributes?: Record<string, string>;
}
export interface ProjectInfo {
  file: string;
  name: string;
  language: 'da' | 'en';
  template: string;
  sources: number;
  segments: number;
  configurations: number;
  programmeTheory: Pick<ProgrammeTheory, 'name' | 'notes'>;
  ptPoints: ProgrammeTheory['points'];
  cases: Case[];
  roles: Role[];
  attributeDefs: AttributeDef[];
  /** attributes of sources rather than cases (REFI-QDA source variables) */
  sourceAttributeDefs: AttributeDef[];
  participants: Participant[];
  sourceList: SourceSummary[];
  segmentCountByPt: Record<string, number>;
  /** the project's interviewer names (cmo/interviewers.ts): a speaker label matching one is the interviewer's */
  interviewers?: string[];
}

export const projectMethods = {
  'project.info': query(NoParams, returns<ProjectInfo>()),
  'log.list': query(
    z.object({ limit: z.number().int().positive().max(10_000).default(200) }).strict(),
    returns<LogEntry[]>(),
  ),
  /** codings waiting for review (flagged by a transcript correction), in every source */
  'review.flagged': query(NoParams, returns<FlaggedCoding[]>()),
  /** codings that lie in the interviewer's speech or have no participant: not an interviewee's evidence */
  'review.unattributed': query(NoParams, returns<UnattributedCoding[]>()),
} satisfies Declarations;
