/** A change recorded in the audit log or an undo step, in the window's language (see src/cmo/logMessages). */
import { logText, type LogMessage } from '../../../src/cmo/logMessages';
import { noticeText, type Notice } from '../../../src/cmo/notice';
import type { HistoryState } from '../../../src/api/contract';
import { currentLanguage } from './index';

/** The message in words; the stored text when there is no message or it is from a newer version. */
export function changeInWords<F extends string | null>(message: LogMessage | null | undefined, stored: F): string | F {
  return (message && logText(message, currentLanguage())) ?? stored;
}

/** A notice (a sheet row's reason, a loss, a warning) in the window's language; its code if this version has none. */
export const noticeInWords = (n: Notice): string => noticeText(n, currentLanguage());

/** Stored texts (e.g. an import's warnings) in the window's language where their messages are known, one by one. */
export function textsInWords(stored: readonly string[], said: readonly LogMessage[] | undefined): string[] {
  return stored.map((s, i) => changeInWords(said?.length === stored.length ? said[i] : undefined, s));
}

/** What Undo and Redo would do, in words (null when there is nothing). */
export function historyLabels(h: HistoryState | undefined): { undo: string | null; redo: string | null } {
  return {
    undo: changeInWords(h?.undoMessage, h?.undoLabel ?? null),
    redo: changeInWords(h?.redoMessage, h?.redoLabel ?? null),
  };
}
