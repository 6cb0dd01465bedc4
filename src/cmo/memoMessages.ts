/**
 * The words for memos (on the project, a source, a case, a PT point, a code), in Danish and English (merged into
 * logMessages' tables).
 */
import type { Template } from './logMessages';

type Value = string | number | undefined;

/**
 * what a memo is on, in words: `projektet`, `kilden "Case 01 - Leder"` … (`on` and `label` as stored in the message)
 */
const onDa = (p: Record<string, Value>) =>
  ({
    project: 'projektet',
    source: `kilden "${p.label}"`,
    case: `casen "${p.label}"`,
    pt: `programteoripunktet ${p.label}`,
    code: `koden "${p.label}"`,
  })[String(p.on)] ?? String(p.label ?? p.on);
const onEn = (p: Record<string, Value>) =>
  ({
    project: 'the project',
    source: `the source "${p.label}"`,
    case: `the case "${p.label}"`,
    pt: `the PT point ${p.label}`,
    code: `the code "${p.label}"`,
  })[String(p.on)] ?? String(p.label ?? p.on);

/** what `--on` names, as the word after `<…>` and `Ukendt …`: `kilde`, `programteoripunkt` … */
const WHAT_DA: Record<string, string> = { source: 'kilde', case: 'case', pt: 'programteoripunkt', code: 'kode' };
const WHAT_EN: Record<string, string> = { source: 'source', case: 'case', pt: 'PT point', code: 'code' };
const what = (table: Record<string, string>, p: Record<string, Value>) => table[String(p.on)] ?? String(p.on);

export const memoDa = {
  memoAdded: (p) => `Memo på ${onDa(p)}: "${p.excerpt}"`,
  memoChanged: (p) => `Ændrede memo på ${onDa(p)}: "${p.excerpt}"`,
  memoRemoved: (p) => `Slettede memo på ${onDa(p)}: "${p.excerpt}"`,
  errUnknownMemo: (p) => `Ukendt memo: ${p.id}`,
  errMemoTargetMissing: (p) => `Angiv hvad memoet er på: --on ${p.on} <${what(WHAT_DA, p)}>`,
  errMemoProjectTarget: () => 'Et memo på projektet har intet mål — udelad det efter --on project',
  errMemoEmpty: () => 'Memoet er tomt — skriv en tekst med --text',
  errMemoUnknownTarget: (p) => `Ukendt ${what(WHAT_DA, p)} "${p.ref}" for memoet`,
} satisfies Record<string, Template>;

export const memoEn: Record<keyof typeof memoDa, Template> = {
  memoAdded: (p) => `Memo on ${onEn(p)}: "${p.excerpt}"`,
  memoChanged: (p) => `Changed the memo on ${onEn(p)}: "${p.excerpt}"`,
  memoRemoved: (p) => `Deleted the memo on ${onEn(p)}: "${p.excerpt}"`,
  errUnknownMemo: (p) => `Unknown memo: ${p.id}`,
  errMemoTargetMissing: (p) => `Say what the memo is on: --on ${p.on} <${what(WHAT_EN, p)}>`,
  errMemoProjectTarget: () => 'A memo on the project has no target — leave it out after --on project',
  errMemoEmpty: () => 'The memo is empty — write a text with --text',
  errMemoUnknownTarget: (p) => `Unknown ${what(WHAT_EN, p)} "${p.ref}" for the memo`,
};
export type MemoKey = keyof typeof memoDa;
