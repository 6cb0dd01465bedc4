/** A change recorded in the audit log or an undo step, in the window's language (see src/cmo/logMessages). */
import { logText, type LogMessage } from '../../../src/cmo/logMessages';
import { currentLanguage } from './index';

/** The message in words; the stored text when there is no message or it is from a newer version. */
export function changeInWords<F extends string | null>(message: LogMessage | null | undefined, stored: F): string | F {
  return (message && logText(message, currentLanguage())) ?? stored;
}

/** Stored texts (e.g. an import's warnings) in the window's language where their messages are known, one by one. */
export function textsInWords(stored: readonly string[], said: readonly LogMessage[] | undefined): string[] {
  return stored.map((s, i) => changeInWords(said?.length === stored.length ? said[i] : undefined, s));
}
