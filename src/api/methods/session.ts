/** The session's own methods: batches, undo/redo and the history state, cancelling imports. */
import { z } from 'zod';
import type { LogMessage, LogParam } from '../../cmo/logMessages';
import type { AnswerOp } from '../answerPatch';
import { NoParams, query, returns, session, type Declarations } from '../define';

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

export type ErrorKind = 'invalid' | 'domain' | 'file' | 'internal';
/** One call's reply inside a batch: as a plain reply, or for a query the answer relative to the one the client has. */
export type BatchReply =
  | { ok: true; result: unknown; etag?: string }
  | { ok: true; same: true; etag: string }
  | { ok: true; patch: AnswerOp[]; etag: string }
  | Failure;
/**
 * A failure as a host replies it. `code` and `data`: a refusal as a key of the one message table
 * (src/cmo/logMessages.ts) and its values, for words in the reader's language and for deciding by;
 * `error` is its Danish words.
 */
export type Failure = { ok: false; error: string; kind: ErrorKind; code?: string; data?: Record<string, LogParam> };

export const sessionMethods = {
  /**
   * Several calls in one round trip, run in order in one turn of the service (nothing else runs
   * between them). A query given `have` (the etag of an answer the client holds) is answered
   * with `same`, or a `patch` against that answer, when the host still knows it (answerPatch.ts).
   */
  batch: session(
    z
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
    returns<BatchReply[]>(),
  ),
  'history.state': query(NoParams, returns<HistoryState>()),
  'history.undo': session(NoParams, returns<HistoryState>()),
  'history.redo': session(NoParams, returns<HistoryState>()),
  /** stops the imports whose files are being read (each is refused as cancelled); answered at once */
  'import.cancel': session(NoParams, returns<{ cancelled: number }>()),
} satisfies Declarations;
