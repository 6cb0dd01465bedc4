/**
 * Refusals a researcher meets in the workbench (coding, cases and participants, correcting a
 * transcript, the codebook, quotes, configurations, code sheets, pseudonyms, autocoding), in Danish
 * and English: part of the one message table (logMessages.ts). Thrown as `new DomainError(say(…))`;
 * the key is the error's stable `code`, the values its `data`; the Danish words are its message
 * (what the CLI prints), the window words it in its own language.
 */
import type { Template } from './messageFormat';
import { SHEET_COLUMNS, known, nounFor, num, rowList } from './messageFormat';
import { importErrorsDa, importErrorsEn, type ImportErrorKey } from './importMessages';

export { warningsDa, warningsEn, type WarningKey } from './importMessages';

const workbenchDa = {
  errInvalidIssue: (p) => `${p.issue}`,
  errInternal: (p) => `Intern fejl (se ${p.log})`,
  errUnknownMethod: (p) => `Ukendt metode: ${p.method}`,
  errInternalUnlogged: (p) => `Intern fejl (loggen ${p.log} kunne ikke skrives: ${p.reason})`,
  errUnknownSource: (p) => `Ukendt kilde: ${p.id}`,
  errUnknownSourceNamed: (p) => `Ukendt kilde: "${p.ref}" (kilder: ${known(p.known, 'ingen')})`,
  errAmbiguousSource: (p) => `Kildenavnet "${p.ref}" er tvetydigt (${p.ids}) — brug kildens id`,
  errUnknownSegment: (p) => `Ukendt kodning: ${p.id}`,
  errUnknownPt: (p) => `Ukendt programteoripunkt: ${p.id}`,
  errNeedPt: () => 'Mindst ét programteoripunkt skal angives',
  errNeedPtWithKind: () => 'Mindst ét programteoripunkt skal angives sammen med C/M/O',
  errNeedKind: () => 'Angiv C, M eller O for programteoripunktet',
  errNeedCoding: () => 'Angiv C/M/O med et programteoripunkt, eller mindst én kode',
  errBadRange: (p) => `Ugyldigt tekststykke [${p.start}, ${p.end}) i ${p.source} (længde ${p.length})`,
  errEmptyPassage: () => 'Tekststykket er tomt',
  errAlreadyCoded: (p) => `Passagen er allerede kodet sådan (${p.coding}) — ret den eksisterende kodning i stedet`,
  errTextNotFound: (p) => `Teksten findes ikke i "${p.source}": "${p.text}"`,
  errTextAmbiguous: (p) =>
    `Teksten forekommer ${p.count} gange i "${p.source}" (ved tegn ${p.at}) — ` +
    'angiv en længere passage, der kun forekommer én gang',
  errNothingToUndo: () => 'Der er intet at fortryde',
  errNestedTooDeep: () => 'filen er indlejret for dybt til at kunne læses',
  errProjectsInWindow: () => 'Projekter oprettes og åbnes her med cmo new og ved at give projektfilen',
  errNoProjectOpen: () => 'Intet projekt er åbent',
  errProjectOpen: (p) => `${p.file}: ${p.problem}`,
  errImportCancelled: () => 'indlæsningen blev afbrudt',
  errImportTooSlow: (p) => `indlæsningen tog mere end ${p.seconds} sekunder og blev stoppet`,
  errImportTooBig: () => 'filen fylder for meget i hukommelsen, når den pakkes ud',
  errImportStopped: (p) => `indlæsningen stoppede uventet (kode ${p.code})`,
  errNothingToRedo: () => 'Der er intet at gentage',
  errReadOnly: (p) =>
    `Projektet er åbnet skrivebeskyttet, fordi det allerede er åbent i et andet vindue (${p.where}) — ret det dér`,
  errTextUnchanged: () => 'Teksten er uændret',
  errBadEdit: (p) => `Ugyldig eller overlappende rettelse [${p.start}, ${p.end})`,
  errEditNotNormalised: () => 'Rettelsen ville give tekst, der ikke er normaliseret (fx \\r eller ikke-NFC-tegn)',
  errFindNotFound: (p) => `"${p.find}" findes ikke i teksten`,
  errFindAmbiguous: (p) => `"${p.find}" forekommer ${p.count} gange — angiv en længere tekst eller brug --all`,
  errSourceNameTaken: (p) => `Der findes allerede en kilde med navnet "${p.name}"`,
  errUnknownCase: (p) => `Ukendt case: ${p.id}`,
  errUnknownCaseQuoted: (p) => `Ukendt case "${p.id}"`,
  errCaseNameTaken: (p) => `Der findes allerede en case med navnet "${p.label}"`,
  errCaseNumberTaken: (p) => `Nummer ${p.number} bruges allerede af "${p.label}"`,
  errCaseNeedsName: () => 'En case skal have et navn',
  errNotANumber: (p) => `"${p.attribute}" skal være et tal (fik "${p.value}")`,
  errNotAValue: (p) => `"${p.value}" er ikke en værdi af "${p.attribute}" (værdier: ${known(p.known, 'ingen')})`,
  errUnknownAttribute: (p) =>
    `Ukendt ${p.source ? 'kilde' : 'case'}-egenskab "${p.ref}"` +
    (p.known === undefined ? '' : ` (kendte: ${known(p.known, 'ingen')})`),
  errAttributeNeedsName: () => 'En egenskab skal have et navn',
  errAttributeNameTaken: (p) => `Der findes allerede en egenskab med navnet "${p.label}"`,
  errAttributeValueNotNumber: (p) => `"${p.case}" har "${p.value}" i "${p.attribute}", som ikke er et tal`,
  errAttributeValueInUse: (p) => `"${p.case}" bruger værdien "${p.value}" i "${p.attribute}"; den kan ikke fjernes`,
  errRoleNeedsName: () => 'En rolle skal have et navn',
  errRoleNameTaken: (p) => `"${p.name}" betegner allerede rollen "${p.role}"`,
  errUnknownRole: (p) => `Ukendt rolle "${p.role}" (kendte: ${known(p.known, 'ingen')})`,
  errNotASpeaker: (p) => `"${p.label}" er ikke en taler i "${p.source}" (talere: ${known(p.known, 'ingen')})`,
  errUnknownParticipant: (p) => `Ukendt deltager: ${p.id}`,
  errNoSpeakersFor: (p) => `Ingen talere i "${p.source}" er knyttet til ${p.participant}`,
  errNoTurns: (p) => `Ingen ture at kode i "${p.source}"`,
  errUnknownCode: (p) => (p.id === undefined ? 'Ukendt kode' : `Ukendt kode: ${p.id}`),
  errCodeIsFolder: (p) => `Koden "${p.code}" er en mappe og kan ikke kodes direkte`,
  errCodeNeedsName: () => 'Angiv et kodenavn',
  errBadCodeName: () => 'Et kodenavn må ikke være tomt eller indeholde /',
  errCodeNameTaken: (p) => `Der findes allerede en kode "${p.name}" samme sted`,
  errCodeExists: (p) => `Koden "${p.path}" findes allerede`,
  errCodeIntoItself: () => 'En kode kan ikke flyttes ind under sig selv',
  errMergeWithItself: () => 'En kode kan ikke flettes med sig selv',
  errMergeIntoChild: () => 'En kode kan ikke flettes ind i sin egen underkode',
  errCodebookNoCodes: () => 'kodebogen indeholder ingen koder',
  errCodebookNoPathColumn: () => 'kolonnen "path" mangler (forventet: path,codable,color,description)',
  errCodebookBadColor: (p) => `${p.file}, række ${p.row}: ugyldig farve "${p.color}"`,
  errCodebookEmptyFile: () => 'ingen koder i filen',
  errQdcNotXml: (p) => `ikke gyldig XML (${p.detail})`,
  errQdcNoCodebook: () => 'ingen <CodeBook> i filen — er det en REFI-QDA-kodebog (.qdc)?',

  // quotes and their report versions
  errUnknownConfiguration: (p) => `Ukendt CMO-konfiguration: ${p.id}`,
  errConfigurationNeedsCoding: () => 'En CMO-konfiguration skal have mindst én kodning',
  errBadQuoteEdit: (p) => `Ugyldig rettelse [${p.start}, ${p.end}) i et citat på ${p.length} tegn`,
  errQuoteEditsOverlap: () => 'Rettelserne i citatet overlapper hinanden',
  errQuoteEditNotAllowed: (p) =>
    `Et citat må kun forkortes med (…) og ord udskiftes med [tekst i klammer] — ikke "${p.text}"`,
  errQuoteChangeNotAllowed: (p) =>
    `Et citat må kun forkortes med (…) og ord udskiftes med [tekst i klammer] — "${p.from}" blev til "${p.to}"`,
  errQuoteEditEmpty: () => 'En tom rettelse ændrer intet',
  errMarkOmission: (p) => `Markér udeladelsen af "${p.text}" med (…)`,
  errUnknownAttributionField: (p) => `Ukendt felt {${p.field}} i tilskrivningen (kendte: ${p.known})`,

  // pseudonyms
  errNameNeedsLetters: (p) => `Et navn skal indeholde bogstaver: "${p.name}"`,
  errReplacementHasName: (p) => `Erstatningen "${p.replacement}" indeholder selv navnet "${p.name}"`,
  errNotAPseudonym: (p) => `"${p.name}" er ikke på pseudonymlisten (${known(p.known, 'tom')})`,
  errPseudonymListEmpty: () => 'Pseudonymlisten er tom',
  errNoPseudonymNames: () => 'Ingen navne fra pseudonymlisten står i transskriptionerne',

  // search, autocoding, the framework matrix
  errUnknownRoleId: (p) => `Ukendt rolle: ${p.id}`,
  errBadHit: (p) => `Ugyldigt fund [${p.start}, ${p.end}) i ${p.source}`,
  errTooManyHits: (p) =>
    `Søgningen "${p.query}" giver ${p.total} fund — mere end ${p.max}; indsnævr den eller vælg fundene`,
  errNoHitsToCode: (p) => `Ingen fund at kode for "${p.query}"`,
  errAllHitsCoded: (p) => `Alle ${p.count} fund er allerede kodet som ${p.coding}`,
  errUnknownMatrixRow: (p) => `Ukendt række i matricen (${p.dimension}): ${p.id}`,
  errUnknownMatrixColumn: (p) => `Ukendt kolonne i matricen (${p.dimension}): ${p.id}`,
  errMatrixEmpty: () => 'Ingen cases har de valgte egenskaber — matricen er tom',

  // code sheets
  errSheetNotExcel: (p) => `kan ikke læses som Excel-fil (${p.detail})`,
  errSheetEmpty: () => 'regnearket er tomt',
  errSheetNoHeader: () => `række 1 skal være overskrifterne (${SHEET_COLUMNS})`,
  errFileEmpty: () => 'filen er tom',
  errSheetType: () => 'et kodeark skal være .csv eller .xlsx',
  errSheetMissingColumns: (p) =>
    `Kodearket mangler kolonnen ${p.columns} i række 1 ` +
    `(fandt: ${known(p.found, 'ingen')}; forventet: ${SHEET_COLUMNS})`,
  errSheetRowsFailed: (p) =>
    `${p.count} række(r) i kodearket kunne ikke placeres, så intet er kodet ` +
    `(${rowList(p, 'række')}${num(p.count) > 5 ? '; …' : ''})`,
  errSheetNothingPlaced: (p) => `Ingen rækker i ${p.file} kunne placeres (${p.failed} fejlede)`,
  errSheetAllCoded: (p) => `Intet at kode i ${p.file}: alle rækker er allerede kodet`,
} satisfies Record<string, Template>;

const workbenchEn: Record<keyof typeof workbenchDa, Template> = {
  errInvalidIssue: (p) => `${p.issue}`,
  errInternal: (p) => `Internal error (see ${p.log})`,
  errUnknownMethod: (p) => `Unknown method: ${p.method}`,
  errInternalUnlogged: (p) => `Internal error (the log ${p.log} could not be written: ${p.reason})`,
  errUnknownSource: (p) => `Unknown source: ${p.id}`,
  errUnknownSourceNamed: (p) => `Unknown source: "${p.ref}" (sources: ${known(p.known, 'none')})`,
  errAmbiguousSource: (p) => `The source name "${p.ref}" is ambiguous (${p.ids}) — use the source's id`,
  errUnknownSegment: (p) => `Unknown coding: ${p.id}`,
  errUnknownPt: (p) => `Unknown programme theory point: ${p.id}`,
  errNeedPt: () => 'Give at least one programme theory point',
  errNeedPtWithKind: () => 'Give at least one programme theory point with C/M/O',
  errNeedKind: () => 'Give C, M or O for the programme theory point',
  errNeedCoding: () => 'Give C/M/O with a programme theory point, or at least one code',
  errBadRange: (p) => `Invalid passage [${p.start}, ${p.end}) in ${p.source} (length ${p.length})`,
  errEmptyPassage: () => 'The passage is empty',
  errAlreadyCoded: (p) => `The passage is already coded like this (${p.coding}) — change the existing coding instead`,
  errTextNotFound: (p) => `The text is not in "${p.source}": "${p.text}"`,
  errTextAmbiguous: (p) =>
    `The text occurs ${p.count} times in "${p.source}" (at characters ${p.at}) — ` +
    'give a longer passage that occurs only once',
  errNothingToUndo: () => 'There is nothing to undo',
  errNestedTooDeep: () => 'the file is nested too deeply to be read',
  errProjectsInWindow: () => 'Here, projects are made with cmo new and opened by giving the project file',
  errNoProjectOpen: () => 'No project is open',
  errProjectOpen: (p) => `${p.file}: ${p.problem}`,
  errImportCancelled: () => 'the import was cancelled',
  errImportTooSlow: (p) => `reading took more than ${p.seconds} seconds and was stopped`,
  errImportTooBig: () => 'the file takes too much memory when unpacked',
  errImportStopped: (p) => `reading stopped unexpectedly (code ${p.code})`,
  errNothingToRedo: () => 'There is nothing to redo',
  errReadOnly: (p) =>
    `The project is open read-only because it is already open in another window (${p.where}) — make changes there`,
  errTextUnchanged: () => 'The text is unchanged',
  errBadEdit: (p) => `Invalid or overlapping correction [${p.start}, ${p.end})`,
  errEditNotNormalised: () => 'The correction would give text that is not normalised (e.g. \\r or non-NFC characters)',
  errFindNotFound: (p) => `"${p.find}" is not in the text`,
  errFindAmbiguous: (p) => `"${p.find}" occurs ${p.count} times — give a longer text or use --all`,
  errSourceNameTaken: (p) => `There is already a source named "${p.name}"`,
  errUnknownCase: (p) => `Unknown case: ${p.id}`,
  errUnknownCaseQuoted: (p) => `Unknown case "${p.id}"`,
  errCaseNameTaken: (p) => `There is already a case named "${p.label}"`,
  errCaseNumberTaken: (p) => `Number ${p.number} is already used by "${p.label}"`,
  errCaseNeedsName: () => 'A case needs a name',
  errNotANumber: (p) => `"${p.attribute}" must be a number (got "${p.value}")`,
  errNotAValue: (p) => `"${p.value}" is not a value of "${p.attribute}" (values: ${known(p.known, 'none')})`,
  errUnknownAttribute: (p) =>
    `Unknown ${p.source ? 'source' : 'case'} attribute "${p.ref}"` +
    (p.known === undefined ? '' : ` (known: ${known(p.known, 'none')})`),
  errAttributeNeedsName: () => 'An attribute needs a name',
  errAttributeNameTaken: (p) => `There is already an attribute named "${p.label}"`,
  errAttributeValueNotNumber: (p) => `"${p.case}" has "${p.value}" in "${p.attribute}", which is not a number`,
  errAttributeValueInUse: (p) => `"${p.case}" uses the value "${p.value}" in "${p.attribute}"; it cannot be removed`,
  errRoleNeedsName: () => 'A role needs a name',
  errRoleNameTaken: (p) => `"${p.name}" already names the role "${p.role}"`,
  errUnknownRole: (p) => `Unknown role "${p.role}" (known: ${known(p.known, 'none')})`,
  errNotASpeaker: (p) => `"${p.label}" is not a speaker in "${p.source}" (speakers: ${known(p.known, 'none')})`,
  errUnknownParticipant: (p) => `Unknown participant: ${p.id}`,
  errNoSpeakersFor: (p) => `No speakers in "${p.source}" are linked to ${p.participant}`,
  errNoTurns: (p) => `No turns to code in "${p.source}"`,
  errUnknownCode: (p) => (p.id === undefined ? 'Unknown code' : `Unknown code: ${p.id}`),
  errCodeIsFolder: (p) => `The code "${p.code}" is a folder and cannot be coded directly`,
  errCodeNeedsName: () => 'Give a code name',
  errBadCodeName: () => 'A code name may not be empty or contain /',
  errCodeNameTaken: (p) => `There is already a code "${p.name}" in the same place`,
  errCodeExists: (p) => `The code "${p.path}" already exists`,
  errCodeIntoItself: () => 'A code cannot be moved under itself',
  errMergeWithItself: () => 'A code cannot be merged with itself',
  errMergeIntoChild: () => 'A code cannot be merged into its own child code',
  errCodebookNoCodes: () => 'the codebook contains no codes',
  errCodebookNoPathColumn: () => 'the column "path" is missing (expected: path,codable,color,description)',
  errCodebookBadColor: (p) => `${p.file}, row ${p.row}: invalid colour "${p.color}"`,
  errCodebookEmptyFile: () => 'no codes in the file',
  errQdcNotXml: (p) => `not valid XML (${p.detail})`,
  errQdcNoCodebook: () => 'no <CodeBook> in the file — is it a REFI-QDA codebook (.qdc)?',

  errUnknownConfiguration: (p) => `Unknown CMO configuration: ${p.id}`,
  errConfigurationNeedsCoding: () => 'A CMO configuration needs at least one coding',
  errBadQuoteEdit: (p) => `Invalid correction [${p.start}, ${p.end}) in a quote of ${p.length} characters`,
  errQuoteEditsOverlap: () => 'The corrections in the quote overlap',
  errQuoteEditNotAllowed: (p) =>
    `A quote may only be shortened with (…) and words replaced with [text in brackets] — not "${p.text}"`,
  errQuoteChangeNotAllowed: (p) =>
    'A quote may only be shortened with (…) and words replaced with [text in brackets] — ' +
    `"${p.from}" became "${p.to}"`,
  errQuoteEditEmpty: () => 'An empty correction changes nothing',
  errMarkOmission: (p) => `Mark the omission of "${p.text}" with (…)`,
  errUnknownAttributionField: (p) => `Unknown field {${p.field}} in the attribution (known: ${p.known})`,

  errNameNeedsLetters: (p) => `A name must contain letters: "${p.name}"`,
  errReplacementHasName: (p) => `The replacement "${p.replacement}" itself contains the name "${p.name}"`,
  errNotAPseudonym: (p) => `"${p.name}" is not on the pseudonym list (${known(p.known, 'empty')})`,
  errPseudonymListEmpty: () => 'The pseudonym list is empty',
  errNoPseudonymNames: () => 'None of the names on the pseudonym list occur in the transcripts',

  errUnknownRoleId: (p) => `Unknown role: ${p.id}`,
  errBadHit: (p) => `Invalid hit [${p.start}, ${p.end}) in ${p.source}`,
  errTooManyHits: (p) =>
    `The search "${p.query}" gives ${p.total} hits — more than ${p.max}; narrow it or choose the hits`,
  errNoHitsToCode: (p) => `No hits to code for "${p.query}"`,
  errAllHitsCoded: (p) => `All ${p.count} hits are already coded as ${p.coding}`,
  errUnknownMatrixRow: (p) => `Unknown row in the matrix (${p.dimension}): ${p.id}`,
  errUnknownMatrixColumn: (p) => `Unknown column in the matrix (${p.dimension}): ${p.id}`,
  errMatrixEmpty: () => 'No cases have the chosen attributes — the matrix is empty',

  errSheetNotExcel: (p) => `cannot be read as an Excel file (${p.detail})`,
  errSheetEmpty: () => 'the spreadsheet is empty',
  errSheetNoHeader: () => `row 1 must be the headings (${SHEET_COLUMNS})`,
  errFileEmpty: () => 'the file is empty',
  errSheetType: () => 'a code sheet must be .csv or .xlsx',
  errSheetMissingColumns: (p) =>
    `The code sheet lacks the column ${p.columns} in row 1 ` +
    `(found: ${known(p.found, 'none')}; expected: ${SHEET_COLUMNS})`,
  errSheetRowsFailed: (p) =>
    `${p.count} ${nounFor(p.count, 'row', 'rows')} of the code sheet could not be placed, so nothing was coded ` +
    `(${rowList(p, 'row')}${num(p.count) > 5 ? '; …' : ''})`,
  errSheetNothingPlaced: (p) => `No rows of ${p.file} could be placed (${p.failed} failed)`,
  errSheetAllCoded: (p) => `Nothing to code in ${p.file}: every row is already coded`,
};

/** every refusal's words: the workbench's and an import's */
export const errorsDa = { ...workbenchDa, ...importErrorsDa };
export type ErrorKey = keyof typeof workbenchDa | ImportErrorKey;
export const errorsEn: Record<ErrorKey, Template> = { ...workbenchEn, ...importErrorsEn };
