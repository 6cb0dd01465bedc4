/**
 * The one API contract: method → zod params + result type. Electron IPC, the browser host
 * and the CLI all call the service through it; the renderer's client is typed against it.
 * Pure (no I/O) so the renderer can import it.
 */
import type { ImportReport } from '../refi/qdpxMap';
import { z } from 'zod';
import {
  Kind,
  Verdict,
  type AttributeDef,
  type Case,
  type LogEntry,
  type Participant,
  type ProgrammeTheory,
  type Role,
  type Segment,
  type Source,
} from '../cmo/model';
import { ColDim, MatrixQuery, RowDim } from '../cmo/matrix';
import { AttrFilter, GridQuery, type MatrixGrid } from '../cmo/matrixGrid';
import type { FrameworkSummary } from '../cmo/model';
import type { Quote } from '../cmo/quotes';
import type { ConfigurationView } from '../cmo/configurations';
import type { Evidence } from '../cmo/evidence';
import { SearchAutocodeParams, SearchQueryParams, type SearchAutocodeResult } from '../search/params';
import type { SearchResult } from '../search/engine';
import type { PaletteItem } from '../search/palette';
import type { CodeView } from '../service/commands/codes';
import type { FileNameMeta } from '../cmo/filename-meta';
import { codingProblem } from '../cmo/codingProblem';
import { QuoteEdit, type Pseudonym, type QuoteSettings } from '../cmo/model';
import type { Leak } from '../cmo/pseudonyms';
import type { SheetPlan, RowFailure } from '../cmo/codesheet';
import type { AnswerOp } from './answerPatch';
import type { LogMessage, LogParam } from '../cmo/logMessages';
import type { FlaggedCoding } from '../cmo/review';
import type { InterviewerList } from '../service/commands/interviewers';
import type { SpeakerSummary, TurnsResult } from '../service/commands/turns';
import type { SniffResult } from '../service/commands/importSniff';
import type { UnattributedCoding } from '../cmo/unattributed';
import type { Proposal } from '../refi/codeMap';
import { AGREEMENT_BY, type Agreement } from '../cmo/agreement';
import type { CoderView } from '../cmo/coders';
import type { MergeReport } from '../cmo/merge';
import type { MemoView } from '../cmo/memos';
import { MEMO_TARGETS } from '../cmo/model';

const Ref = z.string().trim().min(1).max(500);

export const SegmentFilter = z
  .object({
    kinds: z.array(Kind).optional(),
    verdicts: z.array(Verdict).optional(),
    pts: z.array(Ref).optional(),
    cases: z.array(Ref).optional(),
    roles: z.array(Ref).optional(),
    coders: z.array(z.string()).optional(),
    codes: z.array(Ref).optional(),
  })
  .strict();

/** Quote retrieval: the segment filter plus case attributes, CMO configurations, star/pick, order and attribution template. */
export const QuoteQuery = SegmentFilter.extend({
  /** `{ sektor: 'Offentlig' }`; several values of one attribute: any of them */
  attrs: z
    .record(z.string().trim().min(1).max(200), z.union([z.string().max(500), z.array(z.string().max(500))]))
    .optional(),
  cmocs: z.array(Ref).optional(),
  starred: z.boolean().optional(),
  picked: z.boolean().optional(),
  order: z.enum(['pt', 'manual']).optional(),
  /** e.g. `({role}, {case}, {attr:sektor}, {attr:ansatte} ansatte)` */
  attribution: z.string().max(500).optional(),
  /** an export of quotes in the interviewer's speech or with no participant (refused unless true) */
  allowUnattributed: z.boolean().optional(),
}).strict();
export interface QuoteExportResult {
  fileName: string;
  mime: string;
  dataBase64: string;
  count: number;
  leaks: Leak[];
}
export interface CodeSheetResult {
  applied: number;
  failed: RowFailure[];
  skipped: RowFailure[];
  segmentIds: string[];
}
const SheetFile = { fileName: z.string().trim().min(1).max(1000), dataBase64: z.string().max(200_000_000) };

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
  participants: Participant[];
  sourceList: SourceSummary[];
  segmentCountByPt: Record<string, number>;
  /** the project's interviewer names (cmo/interviewers.ts): a speaker label matching one is the interviewer's */
  interviewers?: string[];
}
export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  /** the same as messages, for words in the reader's language (null for steps from before messages) */
  undoMessage: LogMessage | null;
  redoMessage: LogMessage | null;
  revision: number;
  savedAt: string | null;
  user: string;
}
export interface SourceDetail {
  source: Source;
  segments: Segment[];
}
/** A produced file, handed to the renderer to save (download) or written by the CLI. */
export interface ExportFile {
  fileName: string;
  mime: string;
  dataBase64: string;
}
/** a project the window can open: its file, its name when it could be read */
export interface ProjectEntry {
  file: string;
  name: string | null;
  current: boolean;
}
export interface ProjectsListing {
  current: string;
  folder: string;
  recent: ProjectEntry[];
  inFolder: ProjectEntry[];
  readOnly: string | null;
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

/** C/M/O with PT points, and/or thematic codes (paths or ids). */
const SegmentFields = {
  kind: Kind.optional(),
  pt: z.array(Ref).optional(),
  codes: z.array(Ref).optional(),
  verdict: Verdict.optional(),
  memo: z.string().max(100_000).optional(),
  coder: z.string().max(200).optional(),
};

/** A kind needs PT points and PT points need a kind (thematic codes can stand alone). */
const codingComplete = {
  check: (p: { kind?: string; pt?: unknown[]; codes?: unknown[] }) => codingProblem(p) === null,
  message: {
    message: 'angiv kind (C/M/O) med mindst ét programteoripunkt (pt), og/eller mindst én kode',
    path: ['pt'],
  },
};

/** `z.custom<T>()` carries the result type; results are produced by our own code, not validated again. */
const result = <T>() => z.custom<T>(() => true);

export const contract = {
  'project.info': { params: z.object({}).strict(), result: result<ProjectInfo>(), mutates: false },
  'source.get': { params: z.object({ id: Ref }).strict(), result: result<SourceDetail>(), mutates: false },
  /** the finished matrix: every filter in (case attribute values too), rows, cells, totals and summaries out */
  'matrix.compute': { params: GridQuery.strict(), result: result<MatrixGrid>(), mutates: false },
  'quotes.list': { params: QuoteQuery, result: result<Quote[]>(), mutates: false },
  'quotes.markdown': { params: QuoteQuery, result: result<{ markdown: string; count: number }>(), mutates: false },
  /**
   * Several calls in one round trip, run in order in one turn of the service (nothing else runs
   * between them). A query given `have` (the etag of an answer the client holds) is answered
   * with `same`, or a `patch` against that answer, when the host still knows it (answerPatch.ts).
   */
  batch: {
    params: z
      .object({
        calls: z
          .array(
            z
              .object({ method: z.string().min(1).max(100), params: z.unknown(), have: z.string().max(100).optional() })
              .strict(),
          )
          .min(1)
          .max(64),
      })
      .strict(),
    result: result<BatchReply[]>(),
    mutates: true,
  },
  'history.state': { params: z.object({}).strict(), result: result<HistoryState>(), mutates: false },
  /** the Projects dialog (app hosts only): recent projects and those in the projects folder */
  'projects.list': { params: z.object({}).strict(), result: result<ProjectsListing>(), mutates: false },
  /** a new project saved as `<name>.cmo.json` in the projects folder, then opened in this window */
  'projects.create': {
    params: z
      .object({
        name: z.string().trim().min(1).max(200),
        template: z.enum(['nfa-aftaleforloeb', 'blank']).default('nfa-aftaleforloeb'),
        language: z.enum(['da', 'en']).default('da'),
      })
      .strict(),
    result: result<{ file: string; name: string }>(),
    mutates: false,
  },
  /** opens another project file in this window (`sample`: the user's copy of the sample project) */
  'projects.open': {
    params: z
      .object({ file: z.string().trim().min(1).max(4096).optional(), sample: z.boolean().optional() })
      .strict()
      .refine((p) => Boolean(p.file) !== Boolean(p.sample), 'angiv enten en fil eller eksempelprojektet'),
    result: result<{ file: string; name: string }>(),
    mutates: false,
  },
  /** a REFI-QDA project (.qdpx from NVivo, MAXQDA, ATLAS.ti…) as a new project in the projects folder, then opened */
  'projects.importQdpx': {
    params: z
      .object({
        fileName: z.string().trim().min(1).max(1000),
        dataBase64: z.string().max(400_000_000),
        name: z.string().trim().min(1).max(200).optional(),
      })
      .strict(),
    result: result<{ file: string; name: string; report: ImportReport }>(),
    mutates: false,
  },
  /** stops the imports whose files are being read (each is refused as cancelled); answered at once */
  'import.cancel': { params: z.object({}).strict(), result: result<{ cancelled: number }>(), mutates: false },
  /** codings waiting for review (flagged by a transcript correction), in every source */
  'review.flagged': { params: z.object({}).strict(), result: result<FlaggedCoding[]>(), mutates: false },
  'log.list': {
    params: z.object({ limit: z.number().int().positive().max(10_000).default(200) }).strict(),
    result: result<LogEntry[]>(),
    mutates: false,
  },

  'source.import': {
    params: z
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
    result: result<ImportResult>(),
    mutates: true,
  },
  'source.update': {
    params: z
      .object({ id: Ref, name: z.string().trim().min(1).max(500).optional(), caseId: Ref.nullable().optional() })
      .strict(),
    result: result<SourceSummary>(),
    mutates: true,
  },
  'segment.add': {
    params: z
      .object({
        sourceId: Ref,
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        snapToWords: z.boolean().default(true),
        ...SegmentFields,
      })
      .strict()
      .refine(codingComplete.check, codingComplete.message),
    result: result<Segment>(),
    mutates: true,
  },
  'segment.codeText': {
    params: z
      .object({ source: Ref, text: z.string().min(1).max(100_000), ...SegmentFields })
      .strict()
      .refine(codingComplete.check, codingComplete.message),
    result: result<Segment>(),
    mutates: true,
  },
  'segment.update': {
    params: z
      .object({
        id: Ref,
        patch: z
          .object({
            start: z.number().int().nonnegative().optional(),
            end: z.number().int().nonnegative().optional(),
            kind: Kind.nullable().optional(),
            pt: z.array(Ref).optional(),
            codes: z.array(Ref).optional(),
            verdict: Verdict.optional(),
            memo: z.string().max(100_000).optional(),
            needsReview: z.boolean().optional(),
          })
          .strict(),
      })
      .strict(),
    result: result<Segment>(),
    mutates: true,
  },
  'source.edit': {
    params: z
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
    result: result<{ sourceId: string; edits: number; moved: number; flagged: string[]; length: number }>(),
    mutates: true,
  },
  'segment.remove': { params: z.object({ id: Ref }).strict(), result: result<{ id: string }>(), mutates: true },
  'cmoc.list': {
    params: z.object({ pt: Ref.optional() }).strict(),
    result: result<ConfigurationView[]>(),
    mutates: false,
  },
  'cmoc.add': {
    params: z
      .object({
        pt: Ref,
        segmentIds: z.array(Ref).min(1).max(1000),
        verdict: Verdict.optional(),
        statement: z.string().max(100_000).optional(),
      })
      .strict(),
    result: result<ConfigurationView>(),
    mutates: true,
  },
  'cmoc.update': {
    params: z
      .object({
        id: Ref,
        pt: Ref.optional(),
        segmentIds: z.array(Ref).min(1).max(1000).optional(),
        verdict: Verdict.optional(),
        statement: z.string().max(100_000).optional(),
      })
      .strict(),
    result: result<ConfigurationView>(),
    mutates: true,
  },
  'cmoc.remove': { params: z.object({ id: Ref }).strict(), result: result<{ id: string }>(), mutates: true },
  'evidence.get': {
    params: z.object({ pt: Ref, coders: z.array(z.string().max(200)).optional() }).strict(),
    result: result<Evidence>(),
    mutates: false,
  },
  'matrix.export': {
    params: z
      .object({
        query: MatrixQuery.strict(),
        format: z.enum(['csv', 'xlsx', 'docx']),
        /** case attribute values (`{ sektor: 'Offentlig' }`): only cases with them; written in the export's filter line */
        attrs: AttrFilter.optional(),
      })
      .strict(),
    result: result<ExportFile>(),
    mutates: false,
  },
  'import.preview': {
    params: z.object({ fileNames: z.array(z.string().trim().min(1).max(1000)).min(1).max(10_000) }).strict(),
    result: result<ImportPreview[]>(),
    mutates: false,
  },
  /** speaker label → participant: an existing one, one found or made for a role (and case), or none (null) */
  'source.setSpeakers': {
    params: z.object({ id: Ref, speakers: z.record(z.string().min(1).max(200), SpeakerAssign) }).strict(),
    result: result<SpeakersResult>(),
    mutates: true,
  },
  /** codes every turn of one speaker (label) or participant, the label itself left out */
  'source.autocode': {
    params: z
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
    result: result<AutocodeResult>(),
    mutates: true,
  },
  'codes.list': { params: z.object({}).strict(), result: result<CodeView[]>(), mutates: false },
  'codes.add': {
    params: z
      .object({
        path: z.string().trim().min(1).max(2000),
        parent: Ref.optional(),
        description: z.string().max(100_000).optional(),
        color: z
          .string()
          .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/)
          .nullable()
          .optional(),
        codable: z.boolean().optional(),
      })
      .strict(),
    result: result<CodeView>(),
    mutates: true,
  },
  'codes.update': {
    params: z
      .object({
        id: Ref,
        name: z.string().trim().min(1).max(500).optional(),
        parent: Ref.nullable().optional(),
        description: z.string().max(100_000).optional(),
        color: z
          .string()
          .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/)
          .nullable()
          .optional(),
        codable: z.boolean().optional(),
      })
      .strict(),
    result: result<CodeView>(),
    mutates: true,
  },
  'codes.merge': { params: z.object({ from: Ref, into: Ref }).strict(), result: result<CodeView>(), mutates: true },
  'codes.remove': {
    params: z.object({ id: Ref }).strict(),
    result: result<{ id: string; flagged: number }>(),
    mutates: true,
  },
  'codes.importQdc': {
    params: z.object({ fileName: z.string().min(1).max(1000), xml: z.string().max(50_000_000) }).strict(),
    result: result<{ added: number; total: number }>(),
    mutates: true,
  },
  'codes.importCsv': {
    params: z.object({ fileName: z.string().min(1).max(1000), text: z.string().max(50_000_000) }).strict(),
    result: result<{ added: number; total: number }>(),
    mutates: true,
  },
  'codes.export': {
    params: z.object({ format: z.enum(['qdc', 'csv']) }).strict(),
    result: result<ExportFile>(),
    mutates: false,
  },
  /** imported codes onto the programteori: every segment with the code gets the kind/PT/verdict; the code goes unless `keep` */
  'codes.map': {
    params: z
      .object({
        mappings: z
          .array(
            z
              .object({
                code: Ref,
                kind: Kind.optional(),
                pt: z.array(Ref).max(100).optional(),
                verdict: Verdict.optional(),
              })
              .strict(),
          )
          .min(1)
          .max(10_000),
        keep: z.boolean().default(false),
      })
      .strict(),
    result: result<{ changed: number; incomplete: number; removed: number }>(),
    mutates: true,
  },
  /** what the code names along each path suggest (`PT 4a`, `Mekanisme`, `bekræfter`…), for the mapping table; never applied by itself */
  'codes.proposeMap': { params: z.object({}).strict(), result: result<Proposal[]>(), mutates: false },
  /** the project as a REFI-QDA 1.5 project (.qdpx), see src/refi/README.md */
  'refi.exportProject': { params: z.object({}).strict(), result: result<ExportFile>(), mutates: false },
  /** search as you type: transcript hits (offsets, snippet, score) plus memos, CMO statements and programteori (`others`) */
  'search.query': { params: SearchQueryParams, result: result<SearchResult>(), mutates: false },
  /** "code all hits" of a search (or the selected hits), widened to sentence or turn if asked: one undoable step */
  'search.autocode': { params: SearchAutocodeParams, result: result<SearchAutocodeResult>(), mutates: true },
  /** command palette: the project's sources, cases, participants, PT points and configurations (search them with `paletteSearch`) */
  'palette.items': { params: z.object({}).strict(), result: result<PaletteItem[]>(), mutates: false },
  /** a quote file: md, csv, xlsx, docx, json, txt or html — pseudonymised, with the leak check's findings; `inline`: the attribution in the quote's paragraph (docx) */
  'quotes.export': {
    params: QuoteQuery.extend({
      format: z.enum(['md', 'csv', 'xlsx', 'docx', 'json', 'txt', 'html']),
      footnotes: z.boolean().default(false),
      title: z.string().max(500).nullable().optional(),
      inline: z.boolean().default(false),
    }).strict(),
    result: result<QuoteExportResult>(),
    mutates: false,
  },
  /** plain text and rich text (HTML) for the clipboard, pseudonymised */
  'quotes.clipboard': {
    params: QuoteQuery,
    result: result<{ text: string; html: string; count: number; leaks: Leak[] }>(),
    mutates: false,
  },
  /** where a listed name would still appear in an export of these quotes */
  'quotes.leaks': { params: QuoteQuery, result: result<{ count: number; leaks: Leak[] }>(), mutates: false },
  /** the report rendition: the author's edited text (only `(…)` cuts and `[…]` replacements), explicit edits, or null = plain */
  'quotes.setRendition': {
    params: z
      .object({
        id: Ref,
        text: z.string().min(1).max(100_000).optional(),
        edits: z.array(QuoteEdit).max(1000).nullable().optional(),
      })
      .strict()
      .refine((p) => (p.text === undefined) !== (p.edits === undefined), 'angiv enten text eller edits'),
    result: result<Quote>(),
    mutates: true,
  },
  'quotes.mark': {
    params: z
      .object({
        ids: z.array(Ref).min(1).max(100_000),
        starred: z.boolean().optional(),
        picked: z.boolean().optional(),
      })
      .strict(),
    result: result<Quote[]>(),
    mutates: true,
  },
  /** manual order: these ids first, in this order, then the rest as before */
  'quotes.reorder': {
    params: z.object({ ids: z.array(Ref).min(1).max(100_000) }).strict(),
    result: result<{ order: string[] }>(),
    mutates: true,
  },
  'quotes.settings': { params: z.object({}).strict(), result: result<QuoteSettings>(), mutates: false },
  'quotes.setSettings': {
    params: z
      .object({ attribution: z.string().max(500).optional(), quoteMarks: z.enum(['da', 'en']).optional() })
      .strict(),
    result: result<QuoteSettings>(),
    mutates: true,
  },
  'pseudonyms.list': { params: z.object({}).strict(), result: result<Pseudonym[]>(), mutates: false },
  'pseudonyms.add': {
    params: z.object({ name: z.string().trim().min(1).max(200), replacement: z.string().max(200) }).strict(),
    result: result<Pseudonym[]>(),
    mutates: true,
  },
  /** the pseudonym list applied to the stored transcripts (segments remapped, changed ones flagged) */
  'pseudonyms.applyToTranscripts': {
    params: z.object({ sources: z.array(Ref).optional() }).strict(),
    result: result<{ sources: number; replacements: number; flagged: string[] }>(),
    mutates: true,
  },
  'pseudonyms.remove': {
    params: z.object({ name: z.string().trim().min(1).max(200) }).strict(),
    result: result<Pseudonym[]>(),
    mutates: true,
  },
  /** a coding sheet (CSV/XLSX) read and every row located; nothing changes */
  'codeSheet.preview': { params: z.object(SheetFile).strict(), result: result<SheetPlan>(), mutates: false },
  /** the sheet coded as one undoable change; unless `partial`, nothing when any row fails */
  'codeSheet.apply': {
    params: z.object({ ...SheetFile, partial: z.boolean().default(false) }).strict(),
    result: result<CodeSheetResult>(),
    mutates: true,
  },
  /** framework-matrix summaries written for a matrix of these dimensions */
  'framework.list': {
    params: z.object({ rows: RowDim, cols: ColDim }).strict(),
    result: result<FrameworkSummary[]>(),
    mutates: false,
  },
  /** one cell's summary; empty text clears it (one undoable step) */
  'framework.set': {
    params: z
      .object({
        rows: RowDim,
        cols: ColDim,
        rowId: z.string().min(1).max(500),
        colId: z.string().min(1).max(500),
        text: z.string().max(100_000),
      })
      .strict(),
    result: result<{ summary: FrameworkSummary | null }>(),
    mutates: true,
  },
  /** the coders named on the project's segments, for the matrix's coder filter */
  'matrix.coders': { params: z.object({}).strict(), result: result<string[]>(), mutates: false },
  'history.undo': { params: z.object({}).strict(), result: result<HistoryState>(), mutates: true },
  'history.redo': { params: z.object({}).strict(), result: result<HistoryState>(), mutates: true },
  /** a new case; without a label `Case <n>` with the next free number */
  'cases.add': {
    params: z
      .object({
        label: z.string().trim().min(1).max(200).optional(),
        number: z.number().int().nonnegative().nullable().optional(),
        attributes: z.record(z.string().min(1).max(200), z.string().max(500)).optional(),
      })
      .strict(),
    result: result<Case>(),
    mutates: true,
  },
  /** rename, renumber, or set attribute values of a case (a value null or empty removes it) */
  'cases.update': {
    params: z
      .object({
        id: Ref,
        label: z.string().trim().min(1).max(200).optional(),
        number: z.number().int().nonnegative().nullable().optional(),
        attributes: z.record(z.string().min(1).max(200), z.string().max(500).nullable()).optional(),
      })
      .strict(),
    result: result<Case>(),
    mutates: true,
  },
  /** a new case attribute, or (with id) a changed one: label, type, category values */
  'attributes.define': {
    params: z
      .object({
        id: Ref.optional(),
        label: z.string().trim().min(1).max(200),
        type: z.enum(['text', 'number', 'category']),
        values: z.array(z.string().max(500)).max(1000).optional(),
      })
      .strict(),
    result: result<AttributeDef>(),
    mutates: true,
  },
  'roles.add': {
    params: z
      .object({
        label: z.string().trim().min(1).max(200),
        labelEn: z.string().max(200).optional(),
        aliases: z.array(z.string().max(200)).max(100).optional(),
      })
      .strict(),
    result: result<Role>(),
    mutates: true,
  },
  /** the project's interviewer names (the defaults until changed): a label matching one, with a suffix such as ` (NFA)` or ` 2`, is the interviewer's */
  'interviewers.list': { params: z.object({}).strict(), result: result<InterviewerList>(), mutates: false },
  /** names added to the interviewer list; their voices in every source are taken off their participants */
  'interviewers.add': {
    params: z.object({ names: z.array(z.string().trim().min(1).max(200)).min(1).max(100) }).strict(),
    result: result<InterviewerList & { unmapped: { source: string; label: string }[] }>(),
    mutates: true,
  },
  'interviewers.remove': {
    params: z.object({ names: z.array(z.string().trim().min(1).max(200)).min(1).max(100) }).strict(),
    result: result<InterviewerList>(),
    mutates: true,
  },
  /** the speaker turn at `at` split there; the new turn's speaker given, or the label written there, or the other voice */
  'turns.split': {
    params: z
      .object({
        source: Ref,
        at: z.number().int().nonnegative(),
        speaker: z.string().trim().min(1).max(200).optional(),
      })
      .strict(),
    result: result<TurnsResult>(),
    mutates: true,
  },
  /** the speaker turn at `at` merged with the next one */
  'turns.merge': {
    params: z.object({ source: Ref, at: z.number().int().nonnegative() }).strict(),
    result: result<TurnsResult>(),
    mutates: true,
  },
  /** the speaker turn at `at` given to another speaker label */
  'turns.assign': {
    params: z
      .object({ source: Ref, at: z.number().int().nonnegative(), speaker: z.string().trim().min(1).max(200) })
      .strict(),
    result: result<TurnsResult>(),
    mutates: true,
  },
  /** turns and words per speaker, who is the interviewer, who is which participant, and whether the user confirmed it */
  'source.speakerSummary': {
    params: z.object({ source: Ref }).strict(),
    result: result<SpeakerSummary>(),
    mutates: false,
  },
  'source.confirmSpeakers': {
    params: z.object({ source: Ref }).strict(),
    result: result<SpeakerSummary>(),
    mutates: true,
  },
  /** one file looked into before import: ready, empty, not what its extension says, password-protected, unreadable, or a duplicate */
  'import.sniff': {
    params: z
      .object({ fileName: z.string().trim().min(1).max(1000), dataBase64: z.string().max(400_000_000) })
      .strict(),
    result: result<SniffResult>(),
    mutates: false,
  },
  /** codings that lie in the interviewer's speech or have no participant: not an interviewee's evidence */
  'review.unattributed': { params: z.object({}).strict(), result: result<UnattributedCoding[]>(), mutates: false },
  /** team coding (commands/team.ts): the coders with initials, colours and how many codings each has */
  'coders.list': { params: z.object({}).strict(), result: result<CoderView[]>(), mutates: false },
  /** a coder added to the project (the window's "who is coding") */
  'coders.add': {
    params: z
      .object({
        name: z.string().trim().min(1).max(200),
        initials: z.string().trim().min(1).max(8).optional(),
        color: z
          .string()
          .regex(/^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/)
          .optional(),
      })
      .strict(),
    result: result<CoderView>(),
    mutates: true,
  },
  /** a copy of the project for one coder; `blind`: without the other coders' work or any trace of it */
  'coders.copy': {
    params: z.object({ coder: z.string().trim().min(1).max(200), blind: z.boolean().default(false) }).strict(),
    result: result<ExportFile>(),
    mutates: false,
  },
  /** coder copies (project files) merged in as one undoable step; conflicts listed, never resolved */
  'coders.merge': {
    params: z
      .object({
        copies: z
          .array(
            z
              .object({
                name: z.string().trim().min(1).max(1000),
                file: z.string().max(4096).optional(),
                dataBase64: z.string().max(800_000_000),
              })
              .strict(),
          )
          .min(1)
          .max(50),
      })
      .strict(),
    result: result<MergeReport>(),
    mutates: true,
  },
  /** one coder's coding of a unit in a source adopted as another's (the consensus coder by default), one undoable step */
  'coders.adopt': {
    params: z
      .object({
        source: Ref,
        from: z.string().trim().min(1).max(200),
        as: z.string().trim().min(1).max(200).default('Konsensus'),
        unit: z
          .object({ kind: Kind.nullable().optional(), pt: Ref.nullable().optional(), code: Ref.nullable().optional() })
          .strict(),
      })
      .strict(),
    result: result<{ created: string[] }>(),
    mutates: true,
  },
  /** agreement of two coders per source × unit (NVivo's character-level κ and percent, Krippendorff's α) and per segment */
  'coders.agreement': {
    params: z
      .object({
        coders: z.array(z.string().trim().min(1).max(200)).length(2),
        by: z.enum(AGREEMENT_BY).default('pt-kind'),
        sources: z.array(Ref).optional(),
        overlap: z.number().gt(0).max(1).default(0.9),
      })
      .strict(),
    result: result<Agreement>(),
    mutates: false,
  },
  /** the same comparison as a workbook (.xlsx) for the report's appendix */
  'coders.exportAgreement': {
    params: z
      .object({
        coders: z.array(z.string().trim().min(1).max(200)).length(2),
        by: z.enum(AGREEMENT_BY).default('pt-kind'),
        sources: z.array(Ref).optional(),
        overlap: z.number().gt(0).max(1).default(0.9),
      })
      .strict(),
    result: result<ExportFile>(),
    mutates: false,
  },
  /** memos on the project, a source, a case, a PT point or a code; `target` as the user names it (`Case 01 - Leder`, `3`, `#10`) */
  'memo.list': {
    params: z.object({ on: z.enum(MEMO_TARGETS).optional(), target: Ref.optional() }).strict(),
    result: result<MemoView[]>(),
    mutates: false,
  },
  'memo.add': {
    params: z
      .object({
        on: z.enum(MEMO_TARGETS),
        target: Ref.nullable().optional(),
        text: z.string().min(1).max(100_000),
        coder: z.string().max(200).optional(),
      })
      .strict(),
    result: result<MemoView>(),
    mutates: true,
  },
  'memo.edit': {
    params: z.object({ id: Ref, text: z.string().min(1).max(100_000) }).strict(),
    result: result<MemoView>(),
    mutates: true,
  },
  'memo.remove': { params: z.object({ id: Ref }).strict(), result: result<{ id: string }>(), mutates: true },
  /** the memos as the analysis appendix (Word with Heading styles, or Markdown), all or those on one thing */
  'memo.export': {
    params: z
      .object({
        format: z.enum(['docx', 'md']),
        on: z.enum(MEMO_TARGETS).optional(),
        target: Ref.optional(),
        lang: z.enum(['da', 'en']).optional(),
      })
      .strict(),
    result: result<ExportFile>(),
    mutates: false,
  },
} as const satisfies Record<string, { params: z.ZodType; result: z.ZodType; mutates: boolean }>;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Params<M extends Method> = z.input<Contract[M]['params']>;
export type ParsedParams<M extends Method> = z.output<Contract[M]['params']>;
export type Result<M extends Method> = z.output<Contract[M]['result']>;

export const isMethod = (m: string): m is Method => Object.hasOwn(contract, m);

/** What every host hands back to a client: a result, or an error message meant for the user. */
/**
 * `code` and `data`: a refusal as a key of the one message table (src/cmo/logMessages.ts) and its
 * values, for words in the reader's language and for deciding by; `error` is its Danish words.
 */
export type Reply<M extends Method> = { ok: true; result: Result<M> } | Failure;
export type Failure = { ok: false; error: string; kind: ErrorKind; code?: string; data?: Record<string, LogParam> };

export type ErrorKind = 'invalid' | 'domain' | 'file' | 'internal';
/** One call's reply inside a batch: as a plain reply, or for a query the answer relative to the one the client has. */
export type BatchReply =
  | { ok: true; result: unknown; etag?: string }
  | { ok: true; same: true; etag: string }
  | { ok: true; patch: AnswerOp[]; etag: string }
  | Failure;

/** The one typed object the renderer sees (contextBridge in Electron, fetch in the browser). */
export interface CmoApi {
  call<M extends Method>(method: M, params: Params<M>): Promise<Result<M>>;
}
