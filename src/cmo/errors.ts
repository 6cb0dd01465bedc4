import { wordsFor, type LogMessage, type LogParam } from './logMessages';

/** A refusal's values: what the message table words it with (`{ file, existingName }`). */
export type ErrorData = Record<string, LogParam>;

/**
 * A user-facing problem with what was asked (unknown id, bad range, ambiguous passage, a file that
 * cannot be read). Its `code` is a key of the one message table (logMessages.ts) — stable, what a
 * caller decides by — and `data` the values it is worded with; hosts send both, so the window
 * words the refusal in its own language. Its `message` is the Danish text (the CLI's language).
 * Subclasses: ImportError (a file to import), ProjectFileError (the project file itself).
 */
export class DomainError extends Error {
  readonly code: string;
  readonly data: ErrorData;
  constructor(said: LogMessage) {
    super(wordsFor(said, 'da'));
    this.name = 'DomainError';
    this.code = said.key;
    this.data = said.params ?? {};
  }

  /** the refusal as a message: `code` and `data` */
  get said(): LogMessage {
    return Object.keys(this.data).length ? { key: this.code, params: this.data } : { key: this.code };
  }
}

/** The code and data of a refusal as sent by a host (`{ code, data }` on a reply), or null. */
export function refusalOf(e: unknown): { code: string; data: ErrorData } | null {
  if (typeof e !== 'object' || e === null) return null;
  const { code, data } = e as { code?: unknown; data?: unknown };
  if (typeof code !== 'string') return null;
  return { code, data: typeof data === 'object' && data !== null ? (data as ErrorData) : {} };
}
