/**
 * The language the `cmo` CLI speaks: `--lang da|en` when given (anywhere on the command line),
 * else the project's language (peeked from the project file before the command runs, and taken
 * from the opened project once it is open), else Danish. Every word the CLI prints comes from the
 * one message table (src/cmo/logMessages.ts) through `words`.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { logText, say, wordsFor, type LogLang, type LogParam, type MessageKey } from '../cmo/logMessages';
import { noticeOut, noticeText, type Notice } from '../cmo/notice';

let asked: LogLang | undefined;
let current: LogLang = 'da';

export const LANGS = ['da', 'en'] as const;
const isLang = (v: string | undefined): v is LogLang => v === 'da' || v === 'en';

/** `--lang x` / `--lang=x` taken out of the arguments: the rest, and the value (null when absent). */
export function takeLang(argv: readonly string[]): { rest: string[]; value: string | null } {
  const rest: string[] = [];
  let value: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (a === '--lang') value = argv[++i] ?? '';
    else if (a.startsWith('--lang=')) value = a.slice('--lang='.length);
    else rest.push(a);
  }
  return { rest, value };
}

/**
 * The project's language as written near the top of its file (`"language": "en"`), without
 * reading the whole file; undefined when there is no such file or line.
 */
export function peekLanguage(file: string | undefined): LogLang | undefined {
  if (!file) return undefined;
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(4096);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    const m = /"language"\s*:\s*"(da|en)"/.exec(head.subarray(0, n).toString('utf8'));
    return m ? (m[1] as LogLang) : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Starts a command: the asked language (a valid `--lang` value or none), else the project file's. */
export function startLang(value: string | null, projectFile?: string): void {
  asked = isLang(value ?? undefined) ? (value as LogLang) : undefined;
  current = asked ?? peekLanguage(projectFile) ?? 'da';
  zodWords();
}

// zod's own words (a number too small) inside a refusal follow the CLI's language, not the service's Danish
const zodWords = () => z.config(current === 'en' ? z.locales.en() : z.locales.da());

/** Whether `--lang` was given a value the CLI knows. */
export const validLang = (value: string | null) => value === null || isLang(value);

/** The opened (or just created) project's language, unless `--lang` said otherwise. */
export function followProject(lang: LogLang | undefined): void {
  if (!asked && lang) current = lang;
  zodWords();
}

/** The CLI's language now. */
export const cliLang = (): LogLang => current;
/** The language `--lang` asked for, or undefined (then a command keeps the project's own words). */
export const askedLang = (): LogLang | undefined => asked;

/** A message of the table in the CLI's language. */
export const words = (key: MessageKey, params?: Record<string, LogParam | undefined>): string =>
  wordsFor(say(key, params), current);

/** A notice (a row's reason, a repair, a loss, a warning) in the CLI's language. */
export const noticeWords = (n: Notice): string => noticeText(n, current);
/** A notice as `--json` prints it: code, data, and its words in the CLI's language. */
export const noticeJson = (n: Notice) => noticeOut(n, current);

/**
 * A host's refusal (`toReply`) in the CLI's language: its Danish `error` as it was, else the
 * message its code and data make.
 */
export function refusalWords(r: { error: string; code?: string; data?: Record<string, LogParam> }): string {
  if (current === 'da' || !r.code) return r.error;
  return logText({ key: r.code, params: r.data ?? {} }, current) ?? r.error;
}

/** A zod `error` for a flag left out (`--source mangler`), worded when the check fails. */
export const missing = (flag: string) => () => words('cliMissingFlag', { flag });
