/**
 * What the `cmo` CLI reports about a project, its imports, sources, review list, repairs, undo,
 * team work and memos (its human output; `--json` stays as it is), in Danish and English: part of
 * the one message table (logMessages.ts).
 */
import { nounFor, plural, type Template, type Value } from './messageFormat';

const ifNum = (v: Value, text: string) => (Number(v ?? 0) ? text : '');
/** `3 sources` / `1 source`: an English count with a regular plural */
const n = (v: Value, word: string) => plural(v, word, `${word}s`);
/** `1 kodning` / `3 kodninger`: a Danish count */
const da = (v: Value, one: string, many: string) => plural(v, one, many);
/** `, Case 3` after the counts when the source has a case */
const caseAfter = (v: Value) => (v === undefined ? '' : `, ${v}`);

/** a merge conflict's kind (cmo/merge.ts) in words */
const conflictDa: Record<string, string> = {
  code: 'kode',
  pt: 'PT-punkt',
  case: 'case',
  attribute: 'egenskab',
  segment: 'kodning',
  configuration: 'konfiguration',
  memo: 'memo',
  transcript: 'transskription',
};
const conflictEn: Record<string, string> = { pt: 'PT point', segment: 'coding' };

export const cliReportDa = {
  cliInfoHeader: (p) =>
    `${p.name} — ${p.sources} kilder, ${p.segments} kodninger, ${p.cases} cases, ${p.points} programteoripunkter`,
  cliInfoSource: (p) => `  ${p.name}  (${p.words} ord, ${p.segments} kodninger${caseAfter(p.case)})`,
  cliCreated: (p) => `Oprettede ${p.file} (skabelon ${p.template})`,
  cliCreatedFrom: (p) =>
    `Oprettede ${p.file} fra ${p.from} (${p.origin || 'ukendt program'}; positioner som ` +
    `${p.offsets === 'utf16' ? 'UTF-16-enheder' : 'kodepunkter'})`,
  cliCreatedCounts: (p) =>
    `  ${p.sources} kilder, ${p.segments} kodede passager (${p.codings} kodninger), ` +
    `${p.codes} koder, ${p.cases} cases, ${p.users} kodere, ${p.memos} noter`,
  cliNotCarried: (p) => `  ikke overført: ${p.count} ${p.what} — ${p.why}`,
  cliImported: (p) =>
    `${p.at}Importerede ${p.file} som "${p.name}" (${p.chars} tegn, ${p.turns} ` +
    `ture${p.speakers ? `, talere: ${p.speakers}` : ''})${p.warnings ? ` — ${p.warnings}` : ''}`,
  cliImportFailed: (p) => `${p.at}FEJL ${p.error}`,
  cliImportDuplicate: (p) => `${p.at}DUBLET ${p.error}`,
  cliImportSpeaker: (p) => `    ${p.label || '(uden taler)'}: ${p.turns} ture, ${p.words} ord → ${p.who}`,
  cliInterviewer: () => 'interviewer',
  cliNoParticipant: () => 'ingen deltager',
  cliImportSummary: (p) =>
    `${p.imported} importeret, ${p.duplicates} ${nounFor(p.duplicates, 'dublet', 'dubletter')}, ` +
    `${p.failed} med fejl`,
  cliTurnsAutocoded: (p) =>
    `Autokodede ${p.count} ture af ${p.speaker}${ifNum(p.skipped, ` (${p.skipped} var allerede kodet)`)}`,
  cliSourceHead: (p) => `${p.name} (${p.id}) — ${p.file}, ${p.format}${p.encoding ? `, ${p.encoding}` : ''}`,
  cliSourceCase: (p) => `Case: ${p.case ?? 'ingen'}`,
  cliSourceSpeakers: (p) => `Talere: ${p.speakers || 'ingen'}`,
  cliSourceText: (p) => `Tekst: ${p.chars} tegn, ${p.turns} ture`,
  cliSourceWarning: (p) => `Advarsel: ${p.warning}`,
  cliSourceNote: (p) => `Note: ${p.note}`,
  cliInInterviewerSpeech: () => 'i interviewerens tale',
  cliReviewNone: () => 'Ingen kodninger venter på gennemsyn.',
  cliReviewBeforeNow: (p) => `  før: ”${p.before}”\n  nu:  ”${p.now}”`,
  cliReviewUnattributed: (p) =>
    `${p.count} kodning(er) er ikke en interviewpersons udsagn` +
    ' (afvises af citateksporterne uden --allow-unattributed):',
  cliNothingToRepair: (p) => `${p.file}: intet at reparere — projektet hænger sammen`,
  cliRepaired: (p) => `${p.dry ? 'ville rette' : 'rettet'}: ${p.fix}`,
  cliCannotRepair: (p) => `kan ikke rettes: ${p.where}: ${p.problem}`,
  cliKeptAs: (p) => `den beskadigede fil er gemt som ${p.file}`,
  cliUndone: (p) => `Fortrød: ${p.label}`,
  cliRedone: (p) => `Gentog: ${p.label}`,
  cliQdpxWritten: (p) =>
    `Skrev ${p.file}: ${p.sources} kilder, ${p.selections} markeringer, ` +
    `${p.codings} kodninger, ${p.notes} noter, ${p.cases} cases`,
  cliDefaultList: () => '(standardlisten)',
  cliInterviewers: (p) => `Interviewere: ${p.names || '(ingen)'}`,
  cliUnmapped: (p) => `  "${p.label}" i "${p.source}" knyttes ikke længere til en deltager`,
  cliNoSpeaker: () => '(ingen)',
  cliTurnsDone: (p) =>
    `${p.turns} taleture${ifNum(p.flagged, `; ${p.flagged} kodning(er) til gennemsyn (cmo review)`)}` +
    ' — fortryd med: cmo undo',
  cliCoderCopyWritten: (p) =>
    `Skrev ${p.file}: koderkopi til ${p.coder}${p.blind ? ' (blind)' : ''} — ${da(p.sources, 'kilde', 'kilder')}, ` +
    `${da(p.segments, 'kodning', 'kodninger')}, ${da(p.configurations, 'konfiguration', 'konfigurationer')}`,
  cliMerged: (p) =>
    `Flettede ${da(p.copies, 'kopi', 'kopier')} ind: ${da(p.segments, 'kodning', 'kodninger')}, ` +
    `${da(p.configurations, 'konfiguration', 'konfigurationer')}, ${da(p.memos, 'memo', 'memoer')}, ` +
    `${da(p.codes, 'kode', 'koder')}, ${da(p.cases, 'case', 'cases')} tilføjet; ` +
    `${p.skipped} fandtes i forvejen${ifNum(p.flagged, `; ${p.flagged} til gennemsyn (cmo review)`)}`,
  cliMergedNothing: (p) =>
    `Intet nyt i ${p.copies} ${nounFor(p.copies, 'kopi', 'kopier')} (${p.skipped} fandtes i forvejen) ` +
    '— projektet er uændret (intet fortrydelsestrin)',
  cliConflicts: (p) => `${da(p.count, 'konflikt', 'konflikter')} (projektets version er beholdt):`,
  cliConflict: (p) => `  ${conflictDa[String(p.kind)] ?? p.kind} ${p.what}: her "${p.here}", i ${p.copy} "${p.there}"`,
  cliAgreement: (p) =>
    `Enighed ${p.a} / ${p.b} (${p.by}): κ ${p.kappa}, ${p.percent}, α ${p.alpha}; ` +
    `segmenter ${p.agree} enige, ${p.disagree} uenige (${p.segmentPercent})`,
  cliAgreementRow: (p) =>
    `  ${p.source}  ${p.unit}  κ ${p.kappa}  ${p.percent}  α ${p.alpha}  ` +
    `(begge ${p.both}, kun ${p.a} ${p.aOnly}, kun ${p.b} ${p.bOnly}, ingen ${p.neither})`,
  cliOnProject: () => 'projektet',
  cliMemoAdded: (p) => `Memo ${p.id} på ${p.on}`,
  cliMemoEdited: (p) => `Memo ${p.id} ændret`,
  cliMemoRemoved: (p) => `Memo ${p.id} slettet — fortryd med: cmo undo`,
  cliNoMemos: () => '(ingen memoer)',
  cliMemosWritten: (p) => `memoer → ${p.file}`,
} satisfies Record<string, Template>;

export type CliReportKey = keyof typeof cliReportDa;

export const cliReportEn: Record<CliReportKey, Template> = {
  cliInfoHeader: (p) =>
    `${p.name} — ${n(p.sources, 'source')}, ${n(p.segments, 'coding')}, ` +
    `${n(p.cases, 'case')}, ${n(p.points, 'programme theory point')}`,
  cliInfoSource: (p) => `  ${p.name}  (${n(p.words, 'word')}, ${n(p.segments, 'coding')}${caseAfter(p.case)})`,
  cliCreated: (p) => `Created ${p.file} (template ${p.template})`,
  cliCreatedFrom: (p) =>
    `Created ${p.file} from ${p.from} (${p.origin || 'unknown program'}; positions as ` +
    `${p.offsets === 'utf16' ? 'UTF-16 units' : 'code points'})`,
  cliCreatedCounts: (p) =>
    `  ${n(p.sources, 'source')}, ${n(p.segments, 'coded passage')} ` +
    `(${n(p.codings, 'coding')}), ${n(p.codes, 'code')}, ` +
    `${n(p.cases, 'case')}, ${n(p.users, 'coder')}, ${n(p.memos, 'note')}`,
  cliNotCarried: (p) => `  not carried over: ${p.count} ${p.what} — ${p.why}`,
  cliImported: (p) =>
    `${p.at}Imported ${p.file} as "${p.name}" (${p.chars} characters, ${n(p.turns, 'turn')}` +
    `${p.speakers ? `, speakers: ${p.speakers}` : ''})${p.warnings ? ` — ${p.warnings}` : ''}`,
  cliImportFailed: (p) => `${p.at}ERROR ${p.error}`,
  cliImportDuplicate: (p) => `${p.at}DUPLICATE ${p.error}`,
  cliImportSpeaker: (p) => `    ${p.label || '(no speaker)'}: ${n(p.turns, 'turn')}, ${n(p.words, 'word')} → ${p.who}`,
  cliInterviewer: () => 'interviewer',
  cliNoParticipant: () => 'no participant',
  cliImportSummary: (p) => `${p.imported} imported, ${n(p.duplicates, 'duplicate')}, ${p.failed} with errors`,
  cliTurnsAutocoded: (p) =>
    `Autocoded ${n(p.count, 'turn')} of ${p.speaker}${ifNum(p.skipped, ` (${p.skipped} already coded)`)}`,
  cliSourceHead: (p) => `${p.name} (${p.id}) — ${p.file}, ${p.format}${p.encoding ? `, ${p.encoding}` : ''}`,
  cliSourceCase: (p) => `Case: ${p.case ?? 'none'}`,
  cliSourceSpeakers: (p) => `Speakers: ${p.speakers || 'none'}`,
  cliSourceText: (p) => `Text: ${p.chars} characters, ${n(p.turns, 'turn')}`,
  cliSourceWarning: (p) => `Warning: ${p.warning}`,
  cliSourceNote: (p) => `Note: ${p.note}`,
  cliInInterviewerSpeech: () => "in the interviewer's speech",
  cliReviewNone: () => 'No codings are waiting for review.',
  cliReviewBeforeNow: (p) => `  before: ”${p.before}”\n  now:    ”${p.now}”`,
  cliReviewUnattributed: (p) =>
    `${plural(p.count, 'coding is', 'codings are')} not an interviewee's statement` +
    ' (refused by the quote exports without --allow-unattributed):',
  cliNothingToRepair: (p) => `${p.file}: nothing to repair — the project holds together`,
  cliRepaired: (p) => `${p.dry ? 'would fix' : 'fixed'}: ${p.fix}`,
  cliCannotRepair: (p) => `cannot be fixed: ${p.where}: ${p.problem}`,
  cliKeptAs: (p) => `the damaged file is kept as ${p.file}`,
  cliUndone: (p) => `Undid: ${p.label}`,
  cliRedone: (p) => `Redid: ${p.label}`,
  cliQdpxWritten: (p) =>
    `Wrote ${p.file}: ${n(p.sources, 'source')}, ${n(p.selections, 'selection')}, ` +
    `${n(p.codings, 'coding')}, ${n(p.notes, 'note')}, ${n(p.cases, 'case')}`,
  cliDefaultList: () => '(the default list)',
  cliInterviewers: (p) => `Interviewers: ${p.names || '(none)'}`,
  cliUnmapped: (p) => `  "${p.label}" in "${p.source}" is no longer tied to a participant`,
  cliNoSpeaker: () => '(none)',
  cliTurnsDone: (p) =>
    `${n(p.turns, 'speaker turn')}` +
    `${ifNum(p.flagged, `; ${n(p.flagged, 'coding')} for review (cmo review)`)} — undo with: cmo undo`,
  cliCoderCopyWritten: (p) =>
    `Wrote ${p.file}: coder copy for ${p.coder}${p.blind ? ' (blind)' : ''} — ${n(p.sources, 'source')}, ` +
    `${n(p.segments, 'coding')}, ${n(p.configurations, 'configuration')}`,
  cliMerged: (p) =>
    `Merged ${plural(p.copies, 'copy', 'copies')}: ${n(p.segments, 'coding')}, ` +
    `${n(p.configurations, 'configuration')}, ${n(p.memos, 'memo')}, ` +
    `${n(p.codes, 'code')}, ${n(p.cases, 'case')} added; ` +
    `${p.skipped} were there already${ifNum(p.flagged, `; ${p.flagged} for review (cmo review)`)}`,
  cliMergedNothing: (p) =>
    `Nothing new in ${plural(p.copies, 'copy', 'copies')} (${p.skipped} already there) ` +
    '— the project is unchanged (no undo step)',
  cliConflicts: (p) => `${n(p.count, 'conflict')} (the project's version is kept):`,
  cliConflict: (p) =>
    `  ${conflictEn[String(p.kind)] ?? p.kind} ${p.what}: here "${p.here}", in ${p.copy} "${p.there}"`,
  cliAgreement: (p) =>
    `Agreement ${p.a} / ${p.b} (${p.by}): κ ${p.kappa}, ${p.percent}, α ${p.alpha}; ` +
    `segments ${p.agree} agree, ${p.disagree} disagree (${p.segmentPercent})`,
  cliAgreementRow: (p) =>
    `  ${p.source}  ${p.unit}  κ ${p.kappa}  ${p.percent}  α ${p.alpha}  ` +
    `(both ${p.both}, only ${p.a} ${p.aOnly}, only ${p.b} ${p.bOnly}, neither ${p.neither})`,
  cliOnProject: () => 'the project',
  cliMemoAdded: (p) => `Memo ${p.id} on ${p.on}`,
  cliMemoEdited: (p) => `Memo ${p.id} changed`,
  cliMemoRemoved: (p) => `Memo ${p.id} deleted — undo with: cmo undo`,
  cliNoMemos: () => '(no memos)',
  cliMemosWritten: (p) => `memos → ${p.file}`,
};
