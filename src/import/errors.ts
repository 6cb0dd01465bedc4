import { say, wordsFor, type LogMessage } from '../cmo/logMessages';
import { DomainError } from '../cmo/errors';

/** one line, whatever a library's words put in it */
const oneLine = (text: string) => text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');

/**
 * A file that cannot be imported: the message names the file and says what is wrong, in one line.
 * Its code is `errImportFile` and its data `{ file, problem }`, the problem a message (see
 * src/cmo/importMessages.ts: its own key and values) or, from an older reader, Danish words;
 * `problem` and `message` are its Danish words (the CLI's language).
 */
export class ImportError extends DomainError {
  readonly problem: string;
  constructor(
    readonly fileName: string,
    problem: string | LogMessage,
  ) {
    const text = oneLine(typeof problem === 'string' ? problem : wordsFor(problem, 'da'));
    super(say('errImportFile', { file: fileName, problem: typeof problem === 'string' ? text : problem }));
    this.name = 'ImportError';
    this.problem = text;
    this.message = `${fileName}: ${text}`;
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
