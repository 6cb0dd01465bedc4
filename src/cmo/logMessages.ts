/**
 * The one message table: every message the workbench words, in Danish and English — what a change
 * was (changeMessages.ts), why one was refused (errorMessages.ts, importMessages.ts), what an import
 * noticed, and the feature tables (speakers, REFI-QDA, memos, team, the Electron shell's words, the
 * CLI's help and output lines, the matrix's labels).
 * A message is a key and its values: a command records one in the audit log and its undo step, a
 * refusal carries one as its `code` and `data` (see errors.ts), and the log, the undo button, the
 * CLI, the hosts and the window word it in the reader's language with `logText`. The project file
 * also keeps a change's text in the project's language (`summary`), so an older reader — or a key
 * this version does not know — still has words to show.
 */
import { z } from 'zod';
import { errorsDa, errorsEn, warningsDa, warningsEn, type ErrorKey, type WarningKey } from './errorMessages';
import { changesDa, changesEn, type LogKey } from './changeMessages';
import { speakerDa, speakerEn, type SpeakerKey } from './speakerMessages';
import { refiDa, refiEn, type RefiKey } from './refiMessages';
import { memoDa, memoEn, type MemoKey } from './memoMessages';
import { teamDa, teamEn, type TeamKey } from './teamMessages';
import { shellDa, shellEn, type ShellKey } from './shellMessages';
import { cliDa, cliEn, type CliKey } from './cliMessages';
import { fileDa, fileEn, type FileKey } from './fileMessages';
import { qdpxDa, qdpxEn, type QdpxKey } from './qdpxMessages';
import { cliHelpDa, cliHelpEn, type CliHelpKey } from './cliHelpMessages';
import { cliOutputDa, cliOutputEn, type CliOutputKey } from './cliOutputMessages';
import { cliReportDa, cliReportEn, type CliReportKey } from './cliReportMessages';
import { matrixDa, matrixEn, type MatrixKey } from './matrixMessages';
import { sheetDa, sheetEn, type SheetKey } from './sheetMessages';
import { quoteDa, quoteEn, type QuoteKey } from './quoteMessages';
import { repairDa, repairEn, type RepairKey } from './repairMessages';
import { attributeDa, attributeEn, type AttributeKey } from './attributeMessages';
import { lostDa, lostEn, type LostKey } from './refiLostMessages';
import { integrityDa, integrityEn, type IntegrityKey } from './integrityMessages';
import type { Template, Words } from './messageFormat';

export type { Template } from './messageFormat';
export type { LogKey } from './changeMessages';

export type LogParam = string | number | LogMessage | LogMessage[];
export interface LogMessage {
  key: string;
  params?: Record<string, LogParam>;
}

/**
 * A stored message's shape, checked by hand: a project keeps one per log entry, and a zod schema
 * walking each costs 5 µs × thousands at every load.
 */
function isLogMessage(v: unknown, depth = 0): v is LogMessage {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || depth > 8) return false;
  const { key, params } = v as { key?: unknown; params?: unknown };
  if (typeof key !== 'string' || key.length === 0 || key.length > 100) return false;
  if (params === undefined) return true;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return false;
  for (const p of Object.values(params)) {
    if (typeof p === 'string' || (typeof p === 'number' && Number.isFinite(p))) continue;
    if (Array.isArray(p) ? !p.every((x) => isLogMessage(x, depth + 1)) : !isLogMessage(p, depth + 1)) return false;
  }
  return true;
}

export const LogMessage = z.custom<LogMessage>((v) => isLogMessage(v), {
  message: 'ikke en gyldig besked (key og params)',
});

export type LogLang = 'da' | 'en';

/** Every key the table knows: a refusal's `code` is one of them. */
export type MessageKey =
  | LogKey
  | ErrorKey
  | WarningKey
  | SpeakerKey
  | RefiKey
  | MemoKey
  | TeamKey
  | ShellKey
  | CliKey
  | FileKey
  | QdpxKey
  | CliHelpKey
  | CliOutputKey
  | CliReportKey
  | MatrixKey
  | SheetKey
  | QuoteKey
  | RepairKey
  | AttributeKey
  | LostKey
  | IntegrityKey;

const TEMPLATES: Record<LogLang, Record<MessageKey, Template>> = {
  da: {
    ...changesDa,
    ...errorsDa,
    ...warningsDa,
    ...speakerDa,
    ...refiDa,
    ...memoDa,
    ...teamDa,
    ...shellDa,
    ...cliDa,
    ...fileDa,
    ...qdpxDa,
    ...cliHelpDa,
    ...cliOutputDa,
    ...cliReportDa,
    ...matrixDa,
    ...sheetDa,
    ...quoteDa,
    ...repairDa,
    ...attributeDa,
    ...lostDa,
    ...integrityDa,
  },
  en: {
    ...changesEn,
    ...errorsEn,
    ...warningsEn,
    ...speakerEn,
    ...refiEn,
    ...memoEn,
    ...teamEn,
    ...shellEn,
    ...cliEn,
    ...fileEn,
    ...qdpxEn,
    ...cliHelpEn,
    ...cliOutputEn,
    ...cliReportEn,
    ...matrixEn,
    ...sheetEn,
    ...quoteEn,
    ...repairEn,
    ...attributeEn,
    ...lostEn,
    ...integrityEn,
  },
};

/** Whether this version has words for the key (a stored or sent key may be from a newer one). */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(TEMPLATES.da, key);

/**
 * A message to record (the compiler knows the keys, not which values each one takes); undefined
 * values are left out.
 */
export function say(key: MessageKey, params?: Record<string, LogParam | undefined>): LogMessage {
  if (!params) return { key };
  const kept: Record<string, LogParam> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) kept[k] = v;
  return { key, params: kept };
}

/** The message's words to store or print: as `logText`, or its key when this version has none. */
export const wordsFor = (m: LogMessage, lang: LogLang): string => logText(m, lang) ?? m.key;

/** The message in words, or null when a key (or a nested one) is not known to this version. */
export function logText(m: LogMessage, lang: LogLang): string | null {
  // own keys only: a stored key such as "constructor" is unknown, not Object's
  const table: Record<string, Template> = TEMPLATES[lang];
  const t = Object.hasOwn(table, m.key) ? table[m.key] : undefined;
  if (!t) return null;
  const words: Words = {};
  for (const [k, v] of Object.entries(m.params ?? {})) {
    if (typeof v === 'string' || typeof v === 'number') {
      words[k] = v;
      continue;
    }
    const parts = (Array.isArray(v) ? v : [v]).map((x) => logText(x, lang));
    if (parts.some((x) => x === null)) return null;
    words[k] = parts.join(', ');
  }
  return t(words);
}
