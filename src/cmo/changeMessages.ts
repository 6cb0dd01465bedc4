/**
 * What a change was, in words, in Danish and English: the audit log's and the undo steps' part of
 * the one message table (logMessages.ts). A command records a message (a key and its values); the
 * log, the undo button and the CLI word it in the reader's language.
 */
import { ifAny, nounFor, num, paren, plural, type Template, type Value } from './messageFormat';

/** how far an autocoding widened its hits */
const widenDa = (w: Value) => (w === 'sentence' ? ' (hele sætninger)' : w === 'turn' ? ' (hele taleture)' : '');
const widenEn = (w: Value) => (w === 'sentence' ? ' (whole sentences)' : w === 'turn' ? ' (whole turns)' : '');

export const changesDa = {
  segment: (p) => `${p.what} i "${p.source}" [${p.start}–${p.end}] "${p.excerpt}"`,
  segmentAdded: (p) => `Kodede ${p.segment}`,
  segmentChanged: (p) => `Ændrede ${p.segment}`,
  segmentRemoved: (p) => `Slettede ${p.segment}`,
  undone: (p) => `Fortrød: ${p.step}`,
  redone: (p) => `Gentog: ${p.step}`,
  autocodeFound: (p) => (p.query === undefined ? `${p.count} valgte fund` : `${p.count} fund af "${p.query}"`),
  autocoded: (p) =>
    `Autokodede ${p.count} passager${widenDa(p.widen)} fra ${p.found} som ${p.coding}` +
    ifAny(p.skipped, ` (${p.skipped} var allerede kodet)`),
  turnsAutocoded: (p) =>
    `Autokodede ${p.count} ${nounFor(p.count, 'tur', 'ture')} af ${p.speakers} i "${p.source}" som ${p.coding}` +
    ifAny(p.skipped, ` (${p.skipped} sprunget over)`),
  caseAdded: (p) => `Ny case "${p.label}"`,
  caseChanged: (p) => `Casen "${p.label}": ${p.changes || 'uændret'}`,
  renamed: (p) => `omdøbt til "${p.label}"`,
  caseNumber: (p) => `nummer ${p.number ?? 'intet'}`,
  attributeValue: (p) => `${p.label}: ${p.value ?? '(tom)'}`,
  attributeDefined: (p) =>
    `${p.created ? 'Ny' : 'Ændrede'} ${p.source ? 'kilde' : 'case'}-egenskab "${p.label}": ${p.type}${paren(p.values)}`,
  roleAdded: (p) => `Ny rolle "${p.label}"${paren(p.aliases)}`,
  codeSheet: (p) =>
    `Kodeark ${p.file}: ${p.coded} rækker kodet` +
    ifAny(p.failed, `, ${p.failed} fejlede`) +
    ifAny(p.skipped, `, ${p.skipped} allerede kodet`),
  codeAdded: (p) => `Ny kode "${p.code}"`,
  codeChanged: (p) => `Ændrede koden "${p.code}"`,
  codesMerged: (p) => `Flettede "${p.from}" ind i "${p.into}" (${p.moved} kodninger)`,
  codeRemoved: (p) =>
    `Slettede koden "${p.code}"${num(p.flagged) ? ` (${p.flagged} kodninger uden kode markeret)` : ''}`,
  codebookImported: (p) => `Importerede kodebog fra ${p.file}: ${p.added} nye af ${p.total} koder`,
  configurationAdded: (p) => `Ny CMO-konfiguration for ${p.pt} (${p.count} kodninger)`,
  configurationChanged: (p) => `Ændrede CMO-konfiguration for ${p.pt}`,
  configurationRemoved: (p) => `Slettede CMO-konfiguration for ${p.pt}`,
  editCount: (p) => `${p.count} rettelse(r)`,
  editReplace: (p) => `"${p.find}" → "${p.replace}"${num(p.count) > 1 ? ` (${p.count} steder)` : ''}`,
  sourceEdited: (p) =>
    `Rettede "${p.source}": ${p.edit}; ${p.moved} kodning(er) flyttet, ${p.flagged} markeret til gennemsyn`,
  summaryUnchanged: (p) => `Sammenfatning uændret: ${p.row} × ${p.col}`,
  summarySet: (p) => `Sammenfatning for ${p.row} × ${p.col}`,
  summaryRemoved: (p) => `Slettede sammenfatningen for ${p.row} × ${p.col}`,
  imported: (p) => `Importerede ${p.file} som "${p.source}"${paren(p.case)}`,
  pseudonymised: (p) =>
    `Pseudonymiserede ${p.sources} transskription(er): ${p.replacements} navn(e) erstattet, ` +
    `${p.flagged} kodning(er) markeret til gennemsyn`,
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

export type LogKey = keyof typeof changesDa;

export const changesEn: Record<LogKey, Template> = {
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
    `Auto-coded ${plural(p.count, 'passage', 'passages')}${widenEn(p.widen)} from ${p.found} as ${p.coding}` +
    ifAny(p.skipped, ` (${p.skipped} already coded)`),
  turnsAutocoded: (p) =>
    `Auto-coded ${plural(p.count, 'turn', 'turns')} by ${p.speakers} in "${p.source}" as ${p.coding}` +
    ifAny(p.skipped, ` (${p.skipped} skipped)`),
  caseAdded: (p) => `New case "${p.label}"`,
  caseChanged: (p) => `Case "${p.label}": ${p.changes || 'unchanged'}`,
  renamed: (p) => `renamed to "${p.label}"`,
  caseNumber: (p) => `number ${p.number ?? 'none'}`,
  attributeValue: (p) => `${p.label}: ${p.value ?? '(empty)'}`,
  attributeDefined: (p) =>
    `${p.created ? 'New' : 'Changed'} ${p.source ? 'source' : 'case'} attribute "${p.label}": ` +
    `${p.type}${paren(p.values)}`,
  roleAdded: (p) => `New role "${p.label}"${paren(p.aliases)}`,
  codeSheet: (p) =>
    `Code sheet ${p.file}: ${plural(p.coded, 'row', 'rows')} coded` +
    ifAny(p.failed, `, ${p.failed} failed`) +
    ifAny(p.skipped, `, ${p.skipped} already coded`),
  codeAdded: (p) => `New code "${p.code}"`,
  codeChanged: (p) => `Changed the code "${p.code}"`,
  codesMerged: (p) => `Merged "${p.from}" into "${p.into}" (${plural(p.moved, 'coding', 'codings')})`,
  codeRemoved: (p) =>
    `Deleted the code "${p.code}"` +
    ifAny(p.flagged, ` (${plural(p.flagged, 'coding', 'codings')} without a code flagged)`),
  codebookImported: (p) => `Imported a codebook from ${p.file}: ${p.added} new of ${plural(p.total, 'code', 'codes')}`,
  configurationAdded: (p) => `New CMO configuration for ${p.pt} (${plural(p.count, 'coding', 'codings')})`,
  configurationChanged: (p) => `Changed the CMO configuration for ${p.pt}`,
  configurationRemoved: (p) => `Deleted the CMO configuration for ${p.pt}`,
  editCount: (p) => plural(p.count, 'correction', 'corrections'),
  editReplace: (p) => `"${p.find}" → "${p.replace}"${num(p.count) > 1 ? ` (${p.count} places)` : ''}`,
  sourceEdited: (p) =>
    `Corrected "${p.source}": ${p.edit}; ` +
    `${plural(p.moved, 'coding', 'codings')} moved, ${p.flagged} flagged for review`,
  summaryUnchanged: (p) => `Summary unchanged: ${p.row} × ${p.col}`,
  summarySet: (p) => `Summary for ${p.row} × ${p.col}`,
  summaryRemoved: (p) => `Deleted the summary for ${p.row} × ${p.col}`,
  imported: (p) => `Imported ${p.file} as "${p.source}"${paren(p.case)}`,
  pseudonymised: (p) =>
    `Pseudonymised ${plural(p.sources, 'transcript', 'transcripts')}: ` +
    `${plural(p.replacements, 'name', 'names')} replaced, ` +
    `${plural(p.flagged, 'coding', 'codings')} flagged for review`,
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
