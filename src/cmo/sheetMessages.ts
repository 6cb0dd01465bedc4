/**
 * Why a coding-sheet row was not placed or was skipped (codesheet.ts, sheetMatch.ts), in Danish
 * and English: part of the one message table (logMessages.ts). A row's `reason` is a notice
 * (notice.ts) with one of these codes.
 */
import type { Template, Value } from './messageFormat';

/** `"a", "b"` from the unknown pieces (`a, b`; a piece has no comma or space) */
const quoted = (v: Value) =>
  String(v ?? '')
    .split(', ')
    .map((x) => `"${x}"`)
    .join(', ');

export const sheetDa = {
  sheetNoSource: () => 'kilden er ikke angivet',
  sheetAmbiguousSource: (p) => `kilden "${p.source}" er tvetydig (${p.names})`,
  sheetUnknownSource: (p) => `ukendt kilde "${p.source}"`,
  sheetUnknownKind: (p) => `ukendt type "${p.kind}" (C, M eller O)`,
  sheetNoKind: () => 'typen (C/M/O) mangler',
  sheetUnknownVerdict: (p) => `ukendt vurdering "${p.verdict}" (supports, refutes, refines, unclear)`,
  sheetNoPt: () => 'programteoripunkt mangler',
  sheetUnknownPt: (p) => `ukendt programteoripunkt ${quoted(p.pts)}`,
  sheetEmptyQuote: () => 'citatet er tomt',
  sheetNotPlaced: (p) => `${p.reason} ("${p.source}")`,
  sheetQuoteNotFound: () => 'citatet findes ikke i kilden',
  sheetStartNotFound: (p) => `begyndelsen "${p.start}" findes ikke i kilden`,
  sheetPartNotFound: (p) => `delen "${p.part}" efter ${p.gap} findes ikke efter "${p.before}"`,
  sheetQuoteTwice: (p) => `citatet forekommer ${p.count} gange i kilden (ved tegn ${p.at}) — gør det længere`,
  sheetAlreadyCoded: () => 'allerede kodet sådan',
} satisfies Record<string, Template>;

export type SheetKey = keyof typeof sheetDa;

export const sheetEn: Record<SheetKey, Template> = {
  sheetNoSource: () => 'the source is not given',
  sheetAmbiguousSource: (p) => `the source "${p.source}" is ambiguous (${p.names})`,
  sheetUnknownSource: (p) => `unknown source "${p.source}"`,
  sheetUnknownKind: (p) => `unknown kind "${p.kind}" (C, M or O)`,
  sheetNoKind: () => 'the kind (C/M/O) is missing',
  sheetUnknownVerdict: (p) => `unknown verdict "${p.verdict}" (supports, refutes, refines, unclear)`,
  sheetNoPt: () => 'the programme theory point is missing',
  sheetUnknownPt: (p) => `unknown programme theory point ${quoted(p.pts)}`,
  sheetEmptyQuote: () => 'the quote is empty',
  sheetNotPlaced: (p) => `${p.reason} ("${p.source}")`,
  sheetQuoteNotFound: () => 'the quote is not in the source',
  sheetStartNotFound: (p) => `the beginning "${p.start}" is not in the source`,
  sheetPartNotFound: (p) => `the part "${p.part}" after ${p.gap} is not found after "${p.before}"`,
  sheetQuoteTwice: (p) => `the quote occurs ${p.count} times in the source (at characters ${p.at}) — make it longer`,
  sheetAlreadyCoded: () => 'already coded like that',
};
