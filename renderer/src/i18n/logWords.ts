/** A change recorded in the audit log or an undo step, in the window's language (see src/cmo/logMessages). */
import { logText, type LogMessage } from '../../../src/cmo/logMessages';
import { currentLanguage } from './index';

/** The message in words; the stored text when there is no message or it is from a newer version. */
export function changeInWords<F extends string | null>(message: LogMessage | null | undefined, stored: F): string | F {
  return (message && logText(message, currentLanguage())) ?? stored;
}
