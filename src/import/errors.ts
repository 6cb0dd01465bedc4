import { say, wordsFor, type LogMessage } from '../cmo/logMessages';

/**
 * A file that cannot be imported: the message names the file and says what is wrong, in one line.
 * Given as a message (see src/cmo/errorMessages.ts), `problem` and `message` are its Danish words
 * (the CLI's language) and `said` is `file: problem` as a message, for the window's language.
 */
export class ImportError extends Error {
  readonly problem: string;
  readonly said: LogMessage | undefined;
  constructor(
    readonly fileName: string,
    problem: string | LogMessage,
  ) {
    // one line, whatever a library's words put in it
    const text = (typeof problem === 'string' ? problem : wordsFor(problem, 'da')).replace(
      /\s*[\r\n\u2028\u2029]+\s*/g,
      ' ',
    );
    super(`${fileName}: ${text}`);
    this.name = 'ImportError';
    this.problem = text;
    this.said = typeof problem === 'string' ? undefined : say('errImportFile', { file: fileName, problem });
  }
}

/** A library's own words about a failure, as one short line (some put newlines and tabs in theirs). */
export function detailOf(e: unknown, max = 160): string {
  return String((e as Error)?.message ?? e)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/** Files larger than this are refused before they are read (plain-text formats; zip formats may hold images). */
export const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_ZIP_FILE_BYTES = 200 * 1024 * 1024;
/** ~5,000 pages: far beyond any interview, small enough to keep the project file and the UI responsive. */
export const MAX_TEXT_CHARS = 10_000_000;
