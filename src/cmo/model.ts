import { z } from 'zod';
import { History } from './history';
import { LogMessage } from './logMessages';

/** Bump when the on-disk shape changes; loaders migrate older files forward. */
export const SCHEMA_VERSION = 1;

export const KINDS = ['C', 'M', 'O'] as const;
export const Kind = z.enum(KINDS);
export type Kind = z.infer<typeof Kind>;

export const VERDICTS = ['supports', 'refutes', 'refines', 'unclear'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

const Id = z.string().min(1).max(200);
const IsoDate = z.string().min(1);

export const Coder = z.object({
  id: Id,
  name: z.string().min(1),
  /** shown on stripes and in the header (`KJ`); absent: taken from the name */
  initials: z.string().max(8).optional(),
  /** the coder's stripe colour; absent: one from the palette by position (cmo/coders.ts) */
  color: z
    .string()
    .regex(/^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/)
    .optional(),
});
export type Coder = z.infer<typeof Coder>;

export const PtPoint = z.object({
  /** e.g. `#4a`; the overall hypothesis has its own id */
  id: Id,
  parent: Id.nullable(),
  title: z.string(),
  context: z.string(),
  mechanism: z.string(),
  outcome: z.string(),
  questions: z.array(z.string()),
  dataSources: z.array(z.string()),
});
export type PtPoint = z.infer<typeof PtPoint>;

export const ProgrammeTheory = z.object({
  name: z.string(),
  points: z.array(PtPoint),
  notes: z.string().default(''),
});
export type ProgrammeTheory = z.infer<typeof ProgrammeTheory>;

export const Role = z.object({
  id: Id,
  label: z.string().min(1),
  labelEn: z.string().optional(),
  /** spellings and abbreviations met in file names and speaker labels (AMR, TF, JA …) */
  aliases: z.array(z.string()).default([]),
});
export type Role = z.infer<typeof Role>;

export const AttributeDef = z.object({
  id: Id,
  label: z.string().min(1),
  type: z.enum(['text', 'number', 'category']),
  values: z.array(z.string()).default([]),
  /** the REFI-QDA type it came with or goes out as (Boolean, Integer, Date…); absent: derived from `type` */
  refiType: z.enum(['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime']).optional(),
});
export type AttributeDef = z.infer<typeof AttributeDef>;

export const Case = z.object({
  id: Id,
  label: z.string().min(1),
  number: z.number().int().nullable().default(null),
  attributes: z.record(z.string(), z.string()).default({}),
});
export type Case = z.infer<typeof Case>;

export const Participant = z.object({
  id: Id,
  label: z.string().min(1),
  roleId: Id.nullable(),
  caseId: Id.nullable(),
});
export type Participant = z.infer<typeof Participant>;

export const SpeakerTurn = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** the label as written in the transcript (`Leder`, `IP`, `Interviewer`) */
  speaker: z.string(),
  /** seconds from the start of the recording, when the format carries it */
  time: z.number().nullable().default(null),
});
export type SpeakerTurn = z.infer<typeof SpeakerTurn>;

export const Provenance = z.object({
  fileName: z.string(),
  format: z.string(),
  importedAt: IsoDate,
  bytes: z.number().int().nonnegative(),
  encoding: z.string().nullable().default(null),
  /** what the import noticed, in Danish */
  warnings: z.array(z.string()).default([]),
  /** the same as messages, one per warning, for the reader's language (absent for sources imported before) */
  warningsSaid: z.array(LogMessage).optional(),
});
export type Provenance = z.infer<typeof Provenance>;

export const Source = z.object({
  id: Id,
  name: z.string().min(1),
  /** normalised plain text: NFC, `\n` line ends; segments index into it in UTF-16 code units */
  text: z.string(),
  turns: z.array(SpeakerTurn).default([]),
  caseId: Id.nullable(),
  participantIds: z.array(Id).default([]),
  /** speaker label as written → participant id */
  speakerMap: z.record(z.string(), Id).default({}),
  provenance: Provenance,
  contentHash: z.string(),
  /** comments, footnotes and other text that is not spoken, kept beside the transcript */
  notes: z.array(z.string()).default([]),
  /** set when the user confirmed the speakers summary (who is interviewer, who is which participant);
   * absent: not yet */
  speakersConfirmed: z.boolean().optional(),
  /** values of the project's source attributes (`sourceAttributeDefs`: REFI-QDA source variables), by id */
  attributes: z.record(z.string(), z.string()).optional(),
});
export type Source = z.infer<typeof Source>;

export const Segment = z
  .object({
    id: Id,
    sourceId: Id,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** the quoted text when coded (or last reviewed); compared after transcript edits */
    text: z.string(),
    /** C, M or O; null for a passage coded only with thematic codes */
    kind: Kind.nullable(),
    /** PT point ids; empty only when the segment has no kind */
    pt: z.array(Id),
    /** thematic codes from the codebook (ids) */
    codes: z.array(Id).default([]),
    verdict: Verdict.default('unclear'),
    memo: z.string().default(''),
    coder: z.string().default(''),
    createdAt: IsoDate,
    updatedAt: IsoDate,
    /** set when a transcript edit changed the segment's own text; cleared on review */
    needsReview: z.boolean().default(false),
    /** the text before the transcript edit that flagged it, for the reviewer to compare */
    previousText: z.string().nullable().default(null),
  })
  .refine((s) => (s.kind === null) === (s.pt.length === 0) && (s.kind !== null || s.codes.length > 0), {
    message: 'en kodning skal have en type (C/M/O) med mindst ét programteoripunkt, og/eller mindst én kode',
  });
export type Segment = z.infer<typeof Segment>;

export const Code = z.object({
  id: Id,
  /** no `/` in a name: paths join names with it */
  name: z
    .string()
    .min(1)
    .refine((n) => !n.includes('/'), 'et kodenavn må ikke indeholde /'),
  description: z.string().default(''),
  color: z
    .string()
    .regex(/^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/)
    .nullable()
    .default(null),
  parentId: Id.nullable(),
  /** false for a folder or frame that only groups codes */
  codable: z.boolean().default(true),
});
export type Code = z.infer<typeof Code>;

export const CmoConfiguration = z.object({
  id: Id,
  pt: Id,
  contextIds: z.array(Id).default([]),
  mechanismIds: z.array(Id).default([]),
  outcomeIds: z.array(Id).default([]),
  /** the "if–then–because" statement */
  statement: z.string().default(''),
  verdict: Verdict.default('unclear'),
  /** who made it (absent in configurations from before coders: then the coder of its segments) */
  coder: z.string().optional(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});
export type CmoConfiguration = z.infer<typeof CmoConfiguration>;

/** A researcher's summary of one matrix cell (framework matrix), keyed by the dimensions and the cell's row and
 * column ids. */
export const FrameworkSummary = z.object({
  id: Id,
  /** the matrix's row and column dimensions (`case`, `attr:sektor` …; `pt`, `pt-kind` …) */
  rows: z.string().min(1).max(300),
  cols: z.string().min(1).max(300),
  rowId: z.string().min(1).max(500),
  colId: z.string().min(1).max(500),
  text: z.string().max(100_000),
  updatedAt: IsoDate,
});
export type FrameworkSummary = z.infer<typeof FrameworkSummary>;

/** A name (person, company, place) and what an export writes instead (`Jens Hansen` → `[lederen]`). */
export const Pseudonym = z.object({
  name: z.string().trim().min(1).max(200),
  replacement: z.string().max(200),
});
export type Pseudonym = z.infer<typeof Pseudonym>;

/** One change of a quote's report rendition: `[start, end)` of the segment's text → `(…)` or `[bracketed]`. */
export const QuoteEdit = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  with: z.string().max(1000),
});
export type QuoteEdit = z.infer<typeof QuoteEdit>;

/** How a quote reads in the report, kept apart from the transcript and the segment. */
export const QuoteRendition = z.object({
  segmentId: Id,
  /** the segment's text the edits were made against */
  base: z.string(),
  edits: z.array(QuoteEdit).default([]),
  starred: z.boolean().default(false),
  picked: z.boolean().default(false),
  updatedAt: IsoDate,
});
export type QuoteRendition = z.infer<typeof QuoteRendition>;

export const QuoteSettings = z.object({
  /** `({role}, {case})` → `(Leder, case 1)`; tokens: role, case, caseNumber, caseLabel, participant, source,
   * attr:<egenskab> */
  attribution: z.string().max(500).default('({role}, {case})'),
  /** `da`: ”…” (the report's style); `en`: “…” */
  quoteMarks: z.enum(['da', 'en']).default('da'),
  /** manual order of quotes (segment ids), used when quotes are listed by hand */
  order: z.array(Id).default([]),
});
export type QuoteSettings = z.infer<typeof QuoteSettings>;

/** A REFI-QDA `Set`: a named group of codes (and sources), kept as it came; a grouping beside the hierarchy. */
export const CodeGroup = z.object({
  id: Id,
  name: z.string().min(1),
  description: z.string().default(''),
  codeIds: z.array(Id).default([]),
  sourceIds: z.array(Id).default([]),
});
export type CodeGroup = z.infer<typeof CodeGroup>;

/** A project-level note (a REFI-QDA project `Note`), kept as project notes until memos exist. */
export const ProjectNote = z.object({
  id: Id,
  title: z.string(),
  text: z.string(),
  author: z.string().default(''),
  createdAt: IsoDate.optional(),
});
export type ProjectNote = z.infer<typeof ProjectNote>;

/** What a memo can be on: the whole project, a source, a case, a PT point or a code of the codebook. */
export const MEMO_TARGETS = ['project', 'source', 'case', 'pt', 'code'] as const;
/** A dated analysis memo by a coder; `target` is the id of what it is on (null on the project). */
export const Memo = z.object({
  id: Id,
  on: z.enum(MEMO_TARGETS),
  target: Id.nullable(),
  text: z.string().max(100_000),
  coder: z.string().default(''),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});
export type Memo = z.infer<typeof Memo>;

export const LogEntry = z.object({
  at: IsoDate,
  who: z.string(),
  command: z.string(),
  /** in the project's language when it was written */
  summary: z.string(),
  /** the same as a message, shown in the reader's language (absent in entries from before messages) */
  message: LogMessage.optional(),
});
export type LogEntry = z.infer<typeof LogEntry>;

export const Project = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: Id,
  name: z.string().min(1),
  language: z.enum(['da', 'en']).default('da'),
  template: z.string().default('blank'),
  coders: z.array(Coder).default([]),
  createdAt: IsoDate,
  updatedAt: IsoDate,
  programmeTheory: ProgrammeTheory,
  roles: z.array(Role).default([]),
  attributeDefs: z.array(AttributeDef).default([]),
  /** attributes of a source rather than a case (REFI-QDA source variables); absent before .qdpx sources had them */
  sourceAttributeDefs: z.array(AttributeDef).optional(),
  cases: z.array(Case).default([]),
  participants: z.array(Participant).default([]),
  sources: z.array(Source).default([]),
  segments: z.array(Segment).default([]),
  configurations: z.array(CmoConfiguration).default([]),
  /** the codebook: thematic frames beside the programteori, hierarchical */
  codes: z.array(Code).default([]),
  /** project-wide replacement list applied to every quote export */
  pseudonyms: z.array(Pseudonym).default([]),
  /** report renditions, stars and picks of quotes, per segment */
  quoteRenditions: z.array(QuoteRendition).default([]),
  quoteSettings: QuoteSettings.default({ attribution: '({role}, {case})', quoteMarks: 'da', order: [] }),
  /** framework-matrix cell summaries */
  frameworkSummaries: z.array(FrameworkSummary).default([]),
  /** speaker names that are the interviewer's (`Interviewer`, `Karen Jensen (NFA)`);
   * absent: the defaults (cmo/interviewers.ts) */
  interviewers: z.array(z.string().trim().min(1).max(200)).max(1000).optional(),
  /** code groups (REFI-QDA Sets); absent in projects from before the .qdpx exchange */
  codeGroups: z.array(CodeGroup).optional(),
  /** project-level notes (REFI-QDA project Notes) */
  projectNotes: z.array(ProjectNote).optional(),
  /** memos on the project, a source, a case, a PT point or a code (cmo/memos.ts) */
  memos: z.array(Memo).default([]),
  log: z.array(LogEntry).default([]),
  /** undo/redo steps as patches, kept in the file so undo works across sessions and CLI calls */
  history: History.default({ undo: [], redo: [] }),
});
export type Project = z.infer<typeof Project>;

/** The first problem zod found, as `path: message` (e.g. `segments.3.kind: Invalid option …`). */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length ? issue.path.join('.') : '(root)';
  return `${where}: ${issue.message}`;
}
