/**
 * The one API contract, combined from the features' declarations (src/api/methods/<feature>.ts,
 * written with the helpers of ./define.ts): every method's name, kind, params and result type,
 * declared once. Every type here is derived from them — no method list is written by hand.
 * Electron IPC, the browser host and the CLI all call the service through it; the renderer's
 * client is typed against it. Pure (zod, src/api, src/cmo) so the renderer can import it.
 */
import type { z } from 'zod';
import type { Declaration, MethodKind } from './define';
import type { Failure } from './methods/session';
import { sessionMethods } from './methods/session';
import { projectsMethods } from './methods/projects';
import { projectMethods } from './methods/project';
import { sourcesMethods } from './methods/sources';
import { speakersMethods } from './methods/speakers';
import { segmentsMethods } from './methods/segments';
import { cmocMethods } from './methods/cmoc';
import { codesMethods } from './methods/codes';
import { searchMethods } from './methods/search';
import { quotesMethods } from './methods/quotes';
import { matrixMethods } from './methods/matrix';
import { casesMethods } from './methods/cases';
import { codeSheetMethods } from './methods/codeSheet';
import { teamMethods } from './methods/team';
import { memosMethods } from './methods/memos';

/** Every feature's declarations; a name declared twice is refused when this module loads. */
export const features = {
  session: sessionMethods,
  projects: projectsMethods,
  project: projectMethods,
  sources: sourcesMethods,
  speakers: speakersMethods,
  segments: segmentsMethods,
  cmoc: cmocMethods,
  codes: codesMethods,
  search: searchMethods,
  quotes: quotesMethods,
  matrix: matrixMethods,
  cases: casesMethods,
  codeSheet: codeSheetMethods,
  team: teamMethods,
  memos: memosMethods,
};

export const contract = {
  ...sessionMethods,
  ...projectsMethods,
  ...projectMethods,
  ...sourcesMethods,
  ...speakersMethods,
  ...segmentsMethods,
  ...cmocMethods,
  ...codesMethods,
  ...searchMethods,
  ...quotesMethods,
  ...matrixMethods,
  ...casesMethods,
  ...codeSheetMethods,
  ...teamMethods,
  ...memosMethods,
} satisfies Record<string, Declaration>;

{
  const seen = new Set<string>();
  for (const [feature, methods] of Object.entries(features))
    for (const m of Object.keys(methods)) {
      if (seen.has(m)) throw new Error(`contract: ${m} declared twice (again in ${feature})`);
      seen.add(m);
    }
}

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Params<M extends Method> = z.input<Contract[M]['params']>;
export type ParsedParams<M extends Method> = z.output<Contract[M]['params']>;
export type Result<M extends Method> = z.output<Contract[M]['result']>;
export type KindOf<M extends Method> = Contract[M]['kind'];

/** The methods declared with kind `K`. */
export type MethodsOf<K extends MethodKind> = { [M in Method]: KindOf<M> extends K ? M : never }[Method];
export type QueryMethod = MethodsOf<'query'>;
export type MutationMethod = MethodsOf<'mutation'>;
export type ExportMethod = MethodsOf<'export'>;
export type SessionMethod = MethodsOf<'session'>;
/** the methods a feature's handler answers (src/service/features/) */
export type FeatureMethod = Exclude<Method, SessionMethod>;

export const isMethod = (m: string): m is Method => Object.hasOwn(contract, m);
export const kindOf = (m: Method): MethodKind => contract[m].kind;
/** whether `m` is declared with kind `k` (narrows it to those methods) */
export const isKind = <K extends MethodKind>(m: Method, k: K): m is MethodsOf<K> => contract[m].kind === k;

/** What every host hands back to a client: a result, or an error meant for the user (a Failure). */
export type Reply<M extends Method> = { ok: true; result: Result<M> } | Failure;

/** The one typed object the renderer sees (contextBridge in Electron, fetch in the browser). */
export interface CmoApi {
  call<M extends Method>(method: M, params: Params<M>): Promise<Result<M>>;
}

export type { Declaration, MethodKind } from './define';
export type { ExportFile } from './schemas';
export type { BatchReply, ErrorKind, Failure, HistoryState } from './methods/session';
export type { ImportReport, ProjectEntry, ProjectsListing, QdpxProgress } from './methods/projects';
export type { ProjectInfo, SourceSummary } from './methods/project';
export type {
  AutocodeResult,
  ImportPreview,
  ImportResult,
  SniffResult,
  SniffStatus,
  SourceDetail,
  SpeakersResult,
} from './methods/sources';
export type { InterviewerList, SpeakerStat, SpeakerSummary, TurnsResult } from './methods/speakers';
export type { CodeView, Proposal } from './methods/codes';
export type {
  NoteHit,
  NoteType,
  PaletteItem,
  PaletteKind,
  SearchAutocodeResult,
  SearchResult,
  TranscriptHit,
} from './methods/search';
export { SearchAutocodeParams, SearchQueryParams } from './methods/search';
export { QuoteQuery, SegmentFilter, type QuoteExportResult } from './methods/quotes';
export type { CodeSheetResult, RowFailure, RowPlan, SheetPlan } from './methods/codeSheet';
