/**
 * What a change was (or why one was refused, or what an import noticed: errorMessages.ts), in
 * words, in either language: a command records a message (a key and its values) in the audit log
 * and in its undo step, and the log, the undo button and the CLI show it in the reader's language. The project file also keeps the text in the project's language
 * (`summary`), so an older reader — or a key this version does not know — still has words to show.
 */
import { z } from 'zod';
import { errorsDa, errorsEn, warningsDa, warningsEn, type ErrorKey, type WarningKey } from './errorMessages';
import { speakerDa, speakerEn, type SpeakerKey } from './speakerMessages';
import { refiDa, refiEn, type RefiKey } from './refiMessages';
import { memoDa, memoEn, type MemoKey } from './memoMessages';
import { teamDa, teamEn, type TeamKey } from './teamMessages';

export type LogParam = string | number | LogMessage | LogMessage[];
export interface LogMessage {
  key: string;
  params?: Record<string, LogParam>;
}

/** A stored message's shape, checked by hand: a project keeps one per log entry, and a zod schema walking each costs 5 µs × thousands at every load. */
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
/** the values as a template sees them: nested messages already in words, lists joined */
type Words = Record<string, string | number | undefined>;
export type Template = (p: Words) => string;

const n = (v: string | number | undefined) => Number(v ?? 0);
/** `(x)` when x is there */
const paren = (v: string | number | undefined) => (v === undefined || v === '' ? '' : ` (${v})`);

const da = {
  segment: (p) => `${p.what} i "${p.source}" [${p.start}–${p.end}] "${p.excerpt}"`,
  segmentAdded: (p) => `Kodede ${p.segment}`,
  segmentChanged: (p) => `Ændrede ${p.segment}`,
  segmentRemoved: (p) => `Slettede ${p.segment}`,
  undone: (p) => `Fortrød: ${p.step}`,
  redone: (p) => `Gentog: ${p.step}`,
  autocodeFound: (p) => (p.query === undefined ? `${p.count} valgte fund` : `${p.count} fund af "${p.query}"`),
  autocoded: (p) =>
    `Autokodede ${p.count} passager${p.widen === 'sentence' ? ' (hele sætninger)' : p.widen === 'turn' ? ' (hele taleture)' : ''} fra ${p.found} som ${p.coding}${n(p.skipped) ? ` (${p.skipped} var allerede kodet)` : ''}`,
  turnsAutocoded: (p) =>
    `Autokodede ${p.count} ${n(p.count) === 1 ? 'tur' : 'ture'} af ${p.speakers} i "${p.source}" som ${p.coding}${n(p.skipped) ? ` (${p.skipped} sprunget over)` : ''}`,
  caseAdded: (p) => `Ny case "${p.label}"`,
  caseChanged: (p) => `Casen "${p.label}": ${p.changes || 'uændret'}`,
  renamed: (p) => `omdøbt til "${p.label}"`,
  caseNumber: (p) => `nummer ${p.number ?? 'intet'}`,
  attributeValue: (p) => `${p.label}: ${p.value ?? '(tom)'}`,
  attributeDefined: (p) => `${p.created ? 'Ny' : 'Ændrede'} case-egenskab "${p.label}": ${p.type}${paren(p.values)}`,
  roleAdded: (p) => `Ny rolle "${p.label}"${paren(p.aliases)}`,
  codeSheet: (p) =>
    `Kodeark ${p.file}: ${p.coded} rækker kodet${n(p.failed) ? `, ${p.failed} fejlede` : ''}${n(p.skipped) ? `, ${p.skipped} allerede kodet` : ''}`,
  codeAdded: (p) => `Ny kode "${p.code}"`,
  codeChanged: (p) => `Ændrede koden "${p.code}"`,
  codesMerged: (p) => `Flettede "${p.from}" ind i "${p.into}" (${p.moved} kodninger)`,
  codeRemoved: (p) => `Slettede koden "${p.code}"${n(p.flagged) ? ` (${p.flagged} kodninger uden kode markeret)` : ''}`,
  codebookImported: (p) => `Importerede kodebog fra ${p.file}: ${p.added} nye af ${p.total} koder`,
  configurationAdded: (p) => `Ny CMO-konfiguration for ${p.pt} (${p.count} kodninger)`,
  configurationChanged: (p) => `Ændrede CMO-konfiguration for ${p.pt}`,
  configurationRemoved: (p) => `Slettede CMO-konfiguration for ${p.pt}`,
  editCount: (p) => `${p.count} rettelse(r)`,
  editReplace: (p) => `"${p.find}" → "${p.replace}"${n(p.count) > 1 ? ` (${p.count} steder)` : ''}`,
  sourceEdited: (p) =>
    `Rettede "${p.source}": ${p.edit}; ${p.moved} kodning(er) flyttet, ${p.flagged} markeret til gennemsyn`,
  summaryUnchanged: (p) => `Sammenfatning uændret: ${p.row} × ${p.col}`,
  summarySet: (p) => `Sammenfatning for ${p.row} × ${p.col}`,
  summaryRemoved: (p) => `Slettede sammenfatningen for ${p.row} × ${p.col}`,
  imported: (p) => `Importerede ${p.file} som "${p.source}"${paren(p.case)}`,
  pseudonymised: (p) =>
    `Pseudonymiserede ${p.sources} transskription(er): ${p.replacements} navn(e) erstattet, ${p.flagged} kodning(er) markeret til gennemsyn`,
  pseudonymSet: (p) => `${p.changed ? 'Ændrede' : 'Nyt'} pseudonym: ${p.name} → ${p.replacement}`,
  pseudonymRemoved: (p) => `Fjernede pseudonymet for ${p.name}`,
  renditionSet: (p) => `Rapportudgave af citat: ”${p.text}”`,
  renditionCleared: (p) => `Citatet vises igen uforkortet (${p.id})`,
  quotesMarked: (p) => `${p.count} citat(er): ${p.changes || 'uændret'}`,
  starOn: () => 'stjerne på',
  starOff: () => 'stjerne af',
  picked: () => 'valgt til rapporten',
  unpicked: () => 'fravalgt',
  quotesOrdered: (p) => `Ny rækkefølge for ${p.count} citat(er)`,
  quoteSettings: (p) => `Citatindstillinger: ${p.keys}`,
  speakersMapped: (p) => `Talere i "${p.source}": ${p.changes || 'uændret'}`,
  speakerTo: (p) => `${p.label} → ${p.participant ?? 'ingen'}`,
  sourceChanged: (p) => `Kilden "${p.source}": ${p.changes || 'uændret'}`,
  sourceCase: (p) => `case: ${p.case ?? 'ingen'}`,
} satisfies Record<string, Template>;

export type LogKey = keyof typeof da;

const plural = (count: string | number | undefined, one: string, many: string) =>
  `${count} ${n(count) === 1 ? one : many}`;

const en: Record<LogKey, Template> = {
  segment: (p) => `${p.what} in "${p.source}" [${p.start}–${p.end}] "${p.excerpt}"`,
  segmentAdded: (p) => `Coded ${p.segment}`,
  segmentChanged: (p) => `Changed ${p.segment}`,
  segmentRemoved: (p) => `Deleted ${p.segment}`,
  undone: (p) => `Undid: ${p.step}`,
  redone: (p) => `Redid: ${p.step}`,
  autocodeFound: (p) =>
    p.query === undefined
      ? `${plural(p.count, 'chosen hit', 'chosen hits')}`
      : `${plural(p.count, 'hit', 'hits')} for "${p.query}"`,
  autocoded: (p) =>
    `Auto-coded ${plural(p.count, 'passage', 'passages')}${p.widen === 'sentence' ? ' (whole sentences)' : p.widen === 'turn' ? ' (whole turns)' : ''} from ${p.found} as ${p.coding}${n(p.skipped) ? ` (${p.skipped} already coded)` : ''}`,
  turnsAutocoded: (p) =>
    `Auto-coded ${plural(p.count, 'turn', 'turns')} by ${p.speakers} in "${p.source}" as ${p.coding}${n(p.skipped) ? ` (${p.skipped} skipped)` : ''}`,
  caseAdded: (p) => `New case "${p.label}"`,
  caseChanged: (p) => `Case "${p.label}": ${p.changes || 'unchanged'}`,
  renamed: (p) => `renamed to "${p.label}"`,
  caseNumber: (p) => `number ${p.number ?? 'none'}`,
  attributeValue: (p) => `${p.label}: ${p.value ?? '(empty)'}`,
  attributeDefined: (p) => `${p.created ? 'New' : 'Changed'} case attribute "${p.label}": ${p.type}${paren(p.values)}`,
  roleAdded: (p) => `New role "${p.label}"${paren(p.aliases)}`,
  codeSheet: (p) =>
    `Code sheet ${p.file}: ${plural(p.coded, 'row', 'rows')} coded${n(p.failed) ? `, ${p.failed} failed` : ''}${n(p.skipped) ? `, ${p.skipped} already coded` : ''}`,
  codeAdded: (p) => `New code "${p.code}"`,
  codeChanged: (p) => `Changed the code "${p.code}"`,
  codesMerged: (p) => `Merged "${p.from}" into "${p.into}" (${plural(p.moved, 'coding', 'codings')})`,
  codeRemoved: (p) =>
    `Deleted the code "${p.code}"${n(p.flagged) ? ` (${plural(p.flagged, 'coding', 'codings')} without a code flagged)` : ''}`,
  codebookImported: (p) => `Imported a codebook from ${p.file}: ${p.added} new of ${plural(p.total, 'code', 'codes')}`,
  configurationAdded: (p) => `New CMO configuration for ${p.pt} (${plural(p.count, 'coding', 'codings')})`,
  configurationChanged: (p) => `Changed the CMO configuration for ${p.pt}`,
  configurationRemoved: (p) => `Deleted the CMO configuration for ${p.pt}`,
  editCount: (p) => plural(p.count, 'correction', 'corrections'),
  editReplace: (p) => `"${p.find}" → "${p.replace}"${n(p.count) > 1 ? ` (${p.count} places)` : ''}`,
  sourceEdited: (p) =>
    `Corrected "${p.source}": ${p.edit}; ${plural(p.moved, 'coding', 'codings')} moved, ${p.flagged} flagged for review`,
  summaryUnchanged: (p) => `Summary unchanged: ${p.row} × ${p.col}`,
  summarySet: (p) => `Summary for ${p.row} × ${p.col}`,
  summaryRemoved: (p) => `Deleted the summary for ${p.row} × ${p.col}`,
  imported: (p) => `Imported ${p.file} as "${p.source}"${paren(p.case)}`,
  pseudonymised: (p) =>
    `Pseudonymised ${plural(p.sources, 'transcript', 'transcripts')}: ${plural(p.replacements, 'name', 'names')} replaced, ${plural(p.flagged, 'coding', 'codings')} flagged for review`,
  pseudonymSet: (p) => `${p.changed ? 'Changed' : 'New'} pseudonym: ${p.name} → ${p.replacement}`,
  pseudonymRemoved: (p) => `Removed the pseudonym for ${p.name}`,
  renditionSet: (p) => `Report version of a quote: “${p.text}”`,
  renditionCleared: (p) => `The quote is shown in full again (${p.id})`,
  quotesMarked: (p) => `${plural(p.count, 'quote', 'quotes')}: ${p.changes || 'unchanged'}`,
  starOn: () => 'starred',
  starOff: () => 'unstarred',
  picked: () => 'picked for the report',
  unpicked: () => 'not picked',
  quotesOrdered: (p) => `New order of ${plural(p.count, 'quote', 'quotes')}`,
  quoteSettings: (p) => `Quote settings: ${p.keys}`,
  speakersMapped: (p) => `Speakers in "${p.source}": ${p.changes || 'unchanged'}`,
  speakerTo: (p) => `${p.label} → ${p.participant ?? 'nobody'}`,
  sourceChanged: (p) => `Source "${p.source}": ${p.changes || 'unchanged'}`,
  sourceCase: (p) => `case: ${p.case ?? 'none'}`,
};

const TEMPLATES: Record<LogLang, Record<string, Template>> = {
  da: { ...da, ...errorsDa, ...warningsDa, ...speakerDa, ...refiDa, ...memoDa, ...teamDa },
  en: { ...en, ...errorsEn, ...warningsEn, ...speakerEn, ...refiEn, ...memoEn, ...teamEn },
};

/** A message to record (the compiler knows the keys, not which values each one takes); undefined values are left out. */
export function say(
  key: LogKey | ErrorKey | WarningKey | SpeakerKey | RefiKey | MemoKey | TeamKey,
  params?: Record<string, LogParam | undefined>,
): LogMessage {
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
  const table = TEMPLATES[lang];
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
