import type { LogMessage } from '../cmo/logMessages';
import type { Project } from '../cmo/model';
import type { Transcript } from '../import/index';
import type {
  ExportMethod,
  FeatureMethod,
  HistoryState,
  KindOf,
  Method,
  MutationMethod,
  ParsedParams,
  QueryMethod,
  Result,
} from '../api/contract';

/** What a command may know about its surroundings; injected so tests can fix time and ids. */
export interface Ctx {
  now(): string;
  newId(prefix: string): string;
  user: string;
  file: string;
  /** reads an imported file (a host may have read it ahead, off its thread) */
  loadTranscript(fileName: string, bytes: Uint8Array, sent?: string): Promise<Transcript>;
  /** undo/redo and the revision as this session sees them */
  history(): HistoryState;
}

/** `summary`: what changed, for the audit log and the undo step (see cmo/logMessages) */
export interface MutationOutcome<M extends Method> {
  project: Project;
  result: Result<M>;
  summary: LogMessage;
}

/** An undoable command: a pure-ish step from one project state to the next, with a log line. */
export type Mutation<M extends Method> = (
  project: Project,
  params: ParsedParams<M>,
  ctx: Ctx,
) => MutationOutcome<M> | Promise<MutationOutcome<M>>;
/** A read of the project, answered at once. */
export type Query<M extends Method> = (project: Project, params: ParsedParams<M>, ctx: Ctx) => Result<M>;
/** A file built from the project, asynchronously; nothing changes. */
export type Export<M extends Method> = (project: Project, params: ParsedParams<M>, ctx: Ctx) => Promise<Result<M>>;

/** The handler a method's declared kind asks for. */
export type Handler<M extends FeatureMethod> =
  KindOf<M> extends 'query' ? Query<M> : KindOf<M> extends 'mutation' ? Mutation<M> : Export<M>;

/**
 * A feature's handlers (src/service/features/<feature>.ts): exactly the methods its declarations
 * name (src/api/methods/<feature>.ts), each of the shape its kind asks for — a missing, extra or
 * mismatched one is a type error.
 */
export type HandlersOf<D> = { [M in keyof D & FeatureMethod]: Handler<M> };

/** The service's routing tables, one per kind, derived from the contract. */
export type QueryHandlers = { [M in QueryMethod]: Query<M> };
export type MutationHandlers = { [M in MutationMethod]: Mutation<M> };
export type ExportHandlers = { [M in ExportMethod]: Export<M> };
export type Handlers = QueryHandlers & MutationHandlers & ExportHandlers;
