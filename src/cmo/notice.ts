/**
 * A notice: something the workbench found or decided that is not a refusal — why a coding-sheet
 * row was not placed, why a code mapping is proposed, what `cmo repair` mended, what a REFI-QDA
 * import could not carry over, what an import noticed. It is carried as data, a stable `code` (a
 * key of the one message table, logMessages.ts) and the values it is worded with, like a
 * refusal's `code` and `data` (errors.ts); the CLI, the hosts and the window word it in their
 * reader's language at the edge. Pure.
 */
import { z } from 'zod';
import { LogMessage, logText, wordsFor, type LogLang, type LogParam, type MessageKey } from './logMessages';

export interface Notice {
  code: string;
  data: Record<string, LogParam>;
}

const Param = z.union([z.string().max(100_000), z.number(), LogMessage, z.array(LogMessage).max(1000)]);

/** A notice's shape where one is stored or crosses the wire. */
export const Notice = z.object({ code: z.string().min(1).max(100), data: z.record(z.string(), Param) }).strict();

/** A notice to carry (the compiler knows the codes); undefined values are left out. */
export function notice(code: MessageKey, data: Record<string, LogParam | undefined> = {}): Notice {
  const kept: Record<string, LogParam> = {};
  for (const [k, v] of Object.entries(data)) if (v !== undefined) kept[k] = v;
  return { code, data: kept };
}

/** The notice as a message (to nest in another one, e.g. a refusal listing rows and their reasons). */
export const noticeSaid = (n: Notice): LogMessage => ({ key: n.code, params: n.data });

/** The notice in words; its code when this version has none for it (one from a newer version). */
export const noticeText = (n: Notice, lang: LogLang): string => wordsFor(noticeSaid(n), lang);

/** What `--json` prints: the code and data, and the words in the chosen language for convenience. */
export const noticeOut = (n: Notice, lang: LogLang): Notice & { message: string } => ({
  code: n.code,
  data: n.data,
  message: noticeText(n, lang),
});

/** What an import noticed, as a source keeps it: its words (Danish) and, in newer files, its messages. */
export interface StoredWarnings {
  warnings: readonly string[];
  /** one message per warning; absent (or not one each) for a source imported before warnings had codes */
  warningsSaid?: readonly LogMessage[];
}

/**
 * Each stored warning as a notice with its words in `lang`: worded from its code where it has one
 * this version knows, else shown as it was stored (`code: null`, an older file's plain text).
 */
export function warningsOut(
  w: StoredWarnings,
  lang: LogLang,
): { code: string | null; data: Notice['data']; message: string }[] {
  const said = w.warningsSaid?.length === w.warnings.length ? w.warningsSaid : undefined;
  return w.warnings.map((stored, i) => {
    const m = said?.[i];
    if (!m) return { code: null, data: {}, message: stored };
    return { code: m.key, data: m.params ?? {}, message: logText(m, lang) ?? stored };
  });
}

/** The stored warnings in words (see warningsOut). */
export const warningsIn = (w: StoredWarnings, lang: LogLang): string[] => warningsOut(w, lang).map((x) => x.message);
