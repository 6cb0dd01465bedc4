import type { LogMessage } from '../cmo/logMessages';
import type { Project } from '../cmo/model';
import type { Transcript } from '../import/index';
import type { Method, ParsedParams, Result } from '../api/contract';

/** What a command may know about its surroundings; injected so tests can fix time and ids. */
export interface Ctx {
  now(): string;
  newId(prefix: string): string;
  user: string;
  file: string;
  /** reads an imported file (a host may have read it ahead, off its thread) */
  loadTranscript(fileName: string, bytes: Uint8Array, sent?: string): Promise<Transcript>;
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
export type Query<M extends Method> = (project: Project, params: ParsedParams<M>, ctx: Ctx) => Result<M>;
