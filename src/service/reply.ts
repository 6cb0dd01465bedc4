/**
 * A failure as a host replies it: which kind of failure, the Danish words (`error`: what the CLI
 * prints), and for a refusal its `code` and `data` — a key of the one message table and its values
 * (src/cmo/logMessages.ts) — so a client words it in its own language and decides by the code.
 * An internal error (a bug, not an input problem) is written to the error log with its stack
 * (errorLog.ts); the user gets one line saying where.
 */
import { ZodError } from 'zod';
import type { ErrorKind, Method, Reply } from '../api/contract';
import { firstIssue } from '../cmo/model';
import { DomainError } from '../cmo/errors';
import { say, wordsFor, type LogMessage } from '../cmo/logMessages';
import { ProjectFileError } from '../store/errors';
import { errorLogPath, logInternalError } from './errorLog';

export type Refusal = Extract<Reply<Method>, { ok: false }>;

const refusal = (kind: ErrorKind, said: LogMessage, error = wordsFor(said, 'da')): Refusal => ({
  ok: false,
  kind,
  error,
  code: said.key,
  data: said.params ?? {},
});

/** A method no host knows (src/api/wire.ts, shared by both hosts). */
export { unknownMethod } from '../api/wire';

/** A reply's error for the user: which input, which file, what is wrong. `context`: the call, for the log. */
export function toReply(e: unknown, context?: string): Refusal {
  // the window puts its own "invalid input" before the issue
  if (e instanceof ZodError)
    return refusal('invalid', say('errInvalidIssue', { issue: firstIssue(e) }), `Ugyldigt input — ${firstIssue(e)}`);
  if (e instanceof ProjectFileError) return refusal('file', e.said);
  if (e instanceof DomainError) return refusal('domain', e.said, e.message);
  let said: LogMessage;
  try {
    said = say('errInternal', { log: logInternalError(e, context) });
  } catch (failed) {
    said = say('errInternalUnlogged', { log: errorLogPath(), reason: (failed as Error)?.message ?? String(failed) });
  }
  return refusal('internal', said);
}
