/**
 * The small helpers the message tables (logMessages.ts and the tables it combines) word their
 * values with: lists of known choices, counts and sizes, document kinds. Pure, no I/O.
 */
import type { LogLang } from './logMessages';

/** a value as a template sees it: nested messages already in words, lists joined */
export type Value = string | number | undefined;
export type Words = Record<string, Value>;
export type Template = (p: Words) => string;

/** `known` lists (the choices there were); "ingen"/"none" when there were none */
export const known = (v: Value, none: string) => (v === undefined || v === '' ? none : v);
export const num = (v: Value) => Number(v ?? 0);
/** ` (detail)` when there is one (a library's own words) */
export const detail = (v: Value) => (v === undefined ? '' : ` (${v})`);
/** ` (x)` when x is there */
export const paren = (v: Value) => (v === undefined || v === '' ? '' : ` (${v})`);
/** `3 codings` / `1 coding` */
export const plural = (count: Value, one: string, many: string) => `${count} ${num(count) === 1 ? one : many}`;
/** the word after a count: `one` for 1, `many` otherwise */
export const nounFor = (count: Value, one: string, many: string) => (num(count) === 1 ? one : many);
/** `text` when the count is not zero */
export const ifAny = (count: Value, text: string) => (num(count) ? text : '');

/**
 * A file size as the import shows it: `1,5 MB` / `1.5 MB`, else whole kB; with more decimals when
 * one would read as `than` (a file just over the limit).
 */
export function sizeInWords(bytes: number, lang: LogLang, than?: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} kB`;
  const at = (d: number) => (bytes / 1024 / 1024).toFixed(d);
  let d = 1;
  while (than !== undefined && d < 3 && at(d) === (than / 1024 / 1024).toFixed(d)) d++;
  return `${lang === 'da' ? at(d).replace('.', ',') : at(d)} MB`;
}
/** `(1,5 MB; højst 1 MB)`'s two sizes: the size, told apart from the limit, and the limit */
export const sizeAndLimit = (p: Words, lang: LogLang) => ({
  size: sizeInWords(num(p.bytes), lang, num(p.limit)),
  limit: sizeInWords(num(p.limit), lang),
});
export const numberDa = (v: Value) => num(v).toLocaleString('da-DK');
export const numberEn = (v: Value) => num(v).toLocaleString('en-GB');

/** the kind of document a file was read as (`format`: docx, odt, rtf, vtt, srt) */
export const documentDa = (v: Value) =>
  v === 'docx' ? 'Word-dokument' : v === 'odt' ? 'OpenDocument-tekstdokument' : String(v ?? '').toUpperCase();
export const documentEn = (v: Value) =>
  v === 'docx' ? 'a Word document' : v === 'odt' ? 'an OpenDocument text document' : String(v ?? '').toUpperCase();

/** the first rows of a code sheet that could not be placed (`row1`/`reason1` … `row5`/`reason5`), `; `-separated */
export const rowList = (p: Words, row: string) =>
  [1, 2, 3, 4, 5]
    .filter((i) => p[`row${i}`] !== undefined)
    .map((i) => `${row} ${p[`row${i}`]}: ${p[`reason${i}`] ?? ''}`)
    .join('; ');

export const SHEET_COLUMNS = 'source, quote, kind, pt, verdict, memo, coder';
