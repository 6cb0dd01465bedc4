/**
 * What the `cmo` CLI says when a coding, codebook, search, quote or pseudonym command has done its
 * work (its human output; `--json` and CSV are data and stay as they are), in Danish and English:
 * part of the one message table (logMessages.ts). Project, import, source, review and team lines
 * are in cliReportMessages.ts.
 */
import { plural, type Template, type Value } from './messageFormat';

/** ` (x)` after a count when it is not zero, else '' */
const ifNum = (v: Value, text: string) => (Number(v ?? 0) ? text : '');
/** `3 codes` / `1 code`: an English count with a regular plural */
const n = (v: Value, word: string) => plural(v, word, `${word}s`);
const VERDICT_DA: Record<string, string> = {
  supports: 'bekræfter',
  refutes: 'afkræfter',
  refines: 'nuancerer',
  unclear: 'uafklaret',
};

export const cliOutputDa = {
  cliCoded: (p) => `Kodede ${p.coding}${ifNum(p.codes, ` (${p.codes} koder)`)} [${p.start}, ${p.end})`,
  cliMustBe: (p) => `skal være ${p.choices}`,
  cliEmptyFlag: (p) => `--${p.flag} må ikke være tom`,
  cliBadWiden: () => '--widen skal være sentence eller turn',
  cliBadAt: () => '--at skal være et tegn-nummer',
  cliBadLang: (p) => `--lang skal være da eller en, ikke "${p.value}"`,
  cliEdited: (p) => `Rettede ${p.edits} sted(er); ${p.moved} kodning(er) flyttet, ${p.flagged} markeret til gennemsyn`,
  cliCmocAdded: (p) => `Ny CMO-konfiguration ${p.id} for ${p.pt} (${p.segments} kodninger)`,
  cliDeletedId: (p) => `Slettede ${p.id}`,
  cliVerdictWord: (p) => VERDICT_DA[String(p.verdict)] ?? String(p.verdict),
  cliEvidenceHead: (p) => `${p.pt} ${p.title}\n  K: ${p.context}\n  M: ${p.mechanism}\n  O: ${p.outcome}`,
  cliPseudonymAdded: (p) => `${p.name} → ${p.replacement} (${p.count} på listen)`,
  cliPseudonymRemoved: (p) => `${p.name} fjernet (${p.count} på listen)`,
  cliNoPseudonyms: () => '(ingen pseudonymer)',
  cliNoLeaks: (p) => `Intet navn fra listen fundet i ${p.count} citat(er)`,
  cliPseudonymsApplied: (p) =>
    `${p.replacements} navn(e) erstattet i ${p.sources} transskription(er); ${p.flagged} ` +
    `kodning(er) markeret til gennemsyn`,
  cliLeaksHeader: (p) => `ADVARSEL: ${p.count} sted(er) hvor et navn fra pseudonymlisten stadig ville stå:`,
  cliLeak: (p) => `  ${p.quote} · ${p.field}: "${p.found}" er ${p.kind} "${p.name}" — …${p.context}…`,
  cliLeakName: () => 'navnet',
  cliLeakVariant: () => 'en variant af navnet',
  cliLeakPart: () => 'en del af navnet',
  cliLeaksMore: (p) => `  … og ${p.count} mere`,
  cliQuotesWritten: (p) => `${p.count} citat(er) → ${p.file}`,
  cliNoQuotes: (p) => (p.filtered ? 'Ingen citater passer til filtrene' : 'Projektet har ingen citater endnu'),
  cliMatrixEmpty: (p) => (p.filtered ? 'Matricen er tom: intet passer til filtrene' : 'Matricen er tom'),
  cliSheetCoded: (p) =>
    `${p.count} række(r) kodet${p.dry ? ' (prøvekørsel: intet ændret)' : ''}` +
    ifNum(p.skipped, `, ${p.skipped} allerede kodet`),
  cliSheetRow: (p) => `  række ${p.row}: ${p.reason}`,
  cliSheetBlocked: (p) =>
    `Intet er kodet, fordi ${p.failed} række(r) fejlede — ret dem, eller brug --partial ` + `for at kode resten`,
  cliSearchTotal: (p) => `${p.total}${p.plus} fund i transskriptionerne (${p.ms} ms)`,
  cliSearchCoded: () => '  (kodet)',
  cliSearchOthers: () => 'Noter, CMO-udsagn og programteori',
  cliAlreadyCoded: (p) => `${p.count} allerede kodet`,
  cliSkippedInterviewer: (p) => `${p.count} i interviewerens tale, ikke kodet`,
  cliSkippedUnattributed: (p) => `${p.count} uden deltager, ikke kodet`,
  cliAutocoded: (p) =>
    `Kodede ${p.count} passager som ${p.kind} ${p.pt} (${p.hits} ` +
    `fund${p.left ? `; ${p.left}` : ''}) — fortryd med: cmo undo`,
  cliAutocodeHint: () => '(kod dem også med --include-interviewer)',
  cliFolder: () => ' (mappe)',
  cliCodeAdded: (p) => `Ny kode: ${p.path}`,
  cliCodeRenamed: (p) => `Omdøbt: ${p.path}`,
  cliCodeMoved: (p) => `Flyttet: ${p.path}`,
  cliCodeMerged: (p) => `Flettet ind i ${p.path}`,
  cliCodeRemoved: (p) => `Slettet${ifNum(p.flagged, `; ${p.flagged} kodninger uden kode er markeret til gennemsyn`)}`,
  cliWrote: (p) => `Skrev ${p.file}`,
  cliCodesImported: (p) => `Importerede ${p.added} nye koder (af ${p.total})`,
  cliNoProposals: () => 'Ingen koder har navne der peger på en type, et programteoripunkt eller en vurdering.',
  cliProposal: (p) => `${p.path}  →  ${p.mapping}  (${p.segments} passager; ${p.because})`,
  cliMapApplied: (p) =>
    `Anvendt: ${p.changed} passager ændret, ${p.incomplete} mangler stadig type eller PT-punkt, ` +
    `${p.removed} koder fjernet`,
  cliMapped: (p) =>
    `${p.changed} passager ændret` +
    ifNum(p.incomplete, `, ${p.incomplete} mangler stadig type eller PT-punkt (kortlæg også den anden kode)`) +
    ifNum(p.removed, '; koden er fjernet'),
} satisfies Record<string, Template>;

export type CliOutputKey = keyof typeof cliOutputDa;

export const cliOutputEn: Record<CliOutputKey, Template> = {
  cliCoded: (p) => `Coded ${p.coding}${ifNum(p.codes, ` (${n(p.codes, 'code')})`)} [${p.start}, ${p.end})`,
  cliMustBe: (p) => `must be ${p.choices}`,
  cliEmptyFlag: (p) => `--${p.flag} must not be empty`,
  cliBadWiden: () => '--widen must be sentence or turn',
  cliBadAt: () => '--at must be a character offset',
  cliBadLang: (p) => `--lang must be da or en, not "${p.value}"`,
  cliEdited: (p) =>
    `Corrected ${n(p.edits, 'place')}; ${n(p.moved, 'coding')} moved, ` + `${p.flagged} flagged for review`,
  cliCmocAdded: (p) => `New CMO configuration ${p.id} for ${p.pt} (${n(p.segments, 'coding')})`,
  cliDeletedId: (p) => `Deleted ${p.id}`,
  cliVerdictWord: (p) => String(p.verdict),
  cliEvidenceHead: (p) => `${p.pt} ${p.title}\n  C: ${p.context}\n  M: ${p.mechanism}\n  O: ${p.outcome}`,
  cliPseudonymAdded: (p) => `${p.name} → ${p.replacement} (${p.count} on the list)`,
  cliPseudonymRemoved: (p) => `${p.name} removed (${p.count} on the list)`,
  cliNoPseudonyms: () => '(no pseudonyms)',
  cliNoLeaks: (p) => `No name from the list found in ${n(p.count, 'quote')}`,
  cliPseudonymsApplied: (p) =>
    `${n(p.replacements, 'name')} replaced in ${n(p.sources, 'transcript')}; ` +
    `${n(p.flagged, 'coding')} flagged for review`,
  cliLeaksHeader: (p) => `WARNING: ${n(p.count, 'place')} where a name from the pseudonym list would still appear:`,
  cliLeak: (p) => `  ${p.quote} · ${p.field}: "${p.found}" is ${p.kind} "${p.name}" — …${p.context}…`,
  cliLeakName: () => 'the name',
  cliLeakVariant: () => 'a variant of the name',
  cliLeakPart: () => 'a part of the name',
  cliLeaksMore: (p) => `  … and ${p.count} more`,
  cliQuotesWritten: (p) => `${n(p.count, 'quote')} → ${p.file}`,
  cliNoQuotes: (p) => (p.filtered ? 'No quotes match the filters' : 'The project has no quotes yet'),
  cliMatrixEmpty: (p) => (p.filtered ? 'The matrix is empty: nothing matches the filters' : 'The matrix is empty'),
  cliSheetCoded: (p) =>
    `${n(p.count, 'row')} coded${p.dry ? ' (dry run: nothing changed)' : ''}` +
    ifNum(p.skipped, `, ${p.skipped} already coded`),
  cliSheetRow: (p) => `  row ${p.row}: ${p.reason}`,
  cliSheetBlocked: (p) =>
    `Nothing was coded because ${n(p.failed, 'row')} failed — correct those rows, or use --partial ` +
    `to code the rest`,
  cliSearchTotal: (p) => `${p.total}${p.plus} hits in the transcripts (${p.ms} ms)`,
  cliSearchCoded: () => '  (coded)',
  cliSearchOthers: () => 'Notes, CMO statements and programme theory',
  cliAlreadyCoded: (p) => `${p.count} already coded`,
  cliSkippedInterviewer: (p) => `${p.count} in the interviewer's speech, not coded`,
  cliSkippedUnattributed: (p) => `${p.count} with no participant, not coded`,
  cliAutocoded: (p) =>
    `Coded ${n(p.count, 'passage')} as ${p.kind} ${p.pt} (${n(p.hits, 'hit')}` +
    `${p.left ? `; ${p.left}` : ''}) — undo with: cmo undo`,
  cliAutocodeHint: () => '(code those too with --include-interviewer)',
  cliFolder: () => ' (folder)',
  cliCodeAdded: (p) => `New code: ${p.path}`,
  cliCodeRenamed: (p) => `Renamed: ${p.path}`,
  cliCodeMoved: (p) => `Moved: ${p.path}`,
  cliCodeMerged: (p) => `Merged into ${p.path}`,
  cliCodeRemoved: (p) =>
    `Deleted${ifNum(p.flagged, `; ${n(p.flagged, 'coding')} left without a code flagged for review`)}`,
  cliWrote: (p) => `Wrote ${p.file}`,
  cliCodesImported: (p) => `Imported ${n(p.added, 'new code')} (of ${p.total})`,
  cliNoProposals: () => 'No code has a name that points to a kind, a programme theory point or a verdict.',
  cliProposal: (p) => `${p.path}  →  ${p.mapping}  (${n(p.segments, 'passage')}; ${p.because})`,
  cliMapApplied: (p) =>
    `Applied: ${n(p.changed, 'passage')} changed, ${p.incomplete} still without a kind or PT point, ` +
    `${n(p.removed, 'code')} removed`,
  cliMapped: (p) =>
    `${n(p.changed, 'passage')} changed` +
    ifNum(p.incomplete, `, ${p.incomplete} still without a kind or PT point (map the other code too)`) +
    ifNum(p.removed, '; the code was removed'),
};
