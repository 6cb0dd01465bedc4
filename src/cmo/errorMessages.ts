/**
 * Refusals a researcher meets in the workbench (coding, cases and participants, correcting a
 * transcript, the codebook, quotes, configurations, code sheets, pseudonyms, autocoding) and the
 * problems of a file that cannot be imported, in Danish and English. Thrown as
 * `new DomainError(say(…))` or `new ImportError(file, say(…))`; the Danish words are the error's
 * message (what the CLI prints), the window shows its own language.
 */
import type { LogLang, Template } from './logMessages';

type Value = string | number | undefined;
/** `known` lists (the choices there were); "ingen"/"none" when there were none */
const known = (v: Value, none: string) => (v === undefined || v === '' ? none : v);
const num = (v: Value) => Number(v ?? 0);
/** ` (detail)` when there is one (a library's own words) */
const detail = (v: Value) => (v === undefined ? '' : ` (${v})`);

/** A file size as the import shows it: `1,5 MB` / `1.5 MB`, else whole kB; with more decimals when one would read as `than` (a file just over the limit). */
function sizeInWords(bytes: number, lang: LogLang, than?: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} kB`;
  const at = (d: number) => (bytes / 1024 / 1024).toFixed(d);
  let d = 1;
  while (than !== undefined && d < 3 && at(d) === (than / 1024 / 1024).toFixed(d)) d++;
  return `${lang === 'da' ? at(d).replace('.', ',') : at(d)} MB`;
}
const numberDa = (v: Value) => num(v).toLocaleString('da-DK');
const numberEn = (v: Value) => num(v).toLocaleString('en-GB');

/** the kind of document a file was read as (`format`: docx, odt, rtf, vtt, srt) */
const documentDa = (v: Value) =>
  v === 'docx' ? 'Word-dokument' : v === 'odt' ? 'OpenDocument-tekstdokument' : String(v ?? '').toUpperCase();
const documentEn = (v: Value) =>
  v === 'docx' ? 'a Word document' : v === 'odt' ? 'an OpenDocument text document' : String(v ?? '').toUpperCase();

/** the first rows of a code sheet that could not be placed (`row1`/`reason1` … `row5`/`reason5`), `; `-separated */
const rowList = (p: Record<string, Value>, row: string) =>
  [1, 2, 3, 4, 5]
    .filter((i) => p[`row${i}`] !== undefined)
    .map((i) => `${row} ${p[`row${i}`]}: ${p[`reason${i}`] ?? ''}`)
    .join('; ');

const SHEET_COLUMNS = 'source, quote, kind, pt, verdict, memo, coder';

export const errorsDa = {
  errInvalidIssue: (p) => `${p.issue}`,
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
    `Teksten forekommer ${p.count} gange i "${p.source}" (ved tegn ${p.at}) — angiv en længere passage, der kun forekommer én gang`,
  errNothingToUndo: () => 'Der er intet at fortryde',
  errNestedTooDeep: () => 'filen er indlejret for dybt til at kunne læses',
  errProjectsInWindow: () => 'Projekter oprettes og åbnes her med cmo new og ved at give projektfilen',
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
    `Ukendt case-egenskab "${p.ref}"${p.known === undefined ? '' : ` (kendte: ${known(p.known, 'ingen')})`}`,
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
    `Kodearket mangler kolonnen ${p.columns} i række 1 (fandt: ${known(p.found, 'ingen')}; forventet: ${SHEET_COLUMNS})`,
  errSheetRowsFailed: (p) =>
    `${p.count} række(r) i kodearket kunne ikke placeres, så intet er kodet (${rowList(p, 'række')}${num(p.count) > 5 ? '; …' : ''})`,
  errSheetNothingPlaced: (p) => `Ingen rækker i ${p.file} kunne placeres (${p.failed} fejlede)`,
  errSheetAllCoded: (p) => `Intet at kode i ${p.file}: alle rækker er allerede kodet`,

  // importing a transcript: `file: problem`
  errImportFile: (p) => `${p.file}: ${p.problem}`,
  errDuplicateImport: (p) => `${p.file}: den samme tekst er allerede importeret som "${p.name}" — springes over`,
  errFileHasNoText: () => 'filen indeholder ingen tekst',
  errImportUnknownCase: (p) => `ukendt case "${p.id}" (kendte: ${known(p.known, 'ingen')})`,
  errImportUnknownRole: (p) => `ukendt rolle "${p.role}" (kendte: ${known(p.known, 'ingen')})`,
  errCannotOpenFile: (p) =>
    `kan ikke læses (${p.code === 'ENOENT' ? 'filen findes ikke' : p.code === 'EISDIR' ? 'er en mappe' : p.code})`,
  errOldWordFormat: () => 'det gamle Word-format (.doc) understøttes ikke — åbn filen i Word og gem den som .docx',
  errPdfUnsupported: () => 'PDF understøttes ikke — eksportér transskriptionen som .docx eller .txt',
  errPagesUnsupported: () => 'Pages-dokumenter understøttes ikke — eksportér som .docx',
  errSpreadsheetUnsupported: () => 'regneark understøttes ikke som transskription — gem teksten som .docx eller .txt',
  errAudioUnsupported: () => 'lydfiler kan ikke importeres — importér transskriptionen (.docx, .txt, .vtt …)',
  errVideoUnsupported: () => 'videofiler kan ikke importeres — importér transskriptionen (.vtt, .srt, .docx …)',
  errUnsupportedType: (p) => `filtypen ${p.ext || '(ingen filendelse)'} understøttes ikke (brug ${p.supported})`,
  errZeroBytes: () => 'filen er tom (0 byte)',
  errFileTooBig: (p) =>
    `er for stor (${sizeInWords(num(p.bytes), 'da', num(p.limit))}; højst ${sizeInWords(num(p.limit), 'da')}) — en transskription fylder sjældent over 1 MB; del filen op`,
  errEncryptedWord: () =>
    'er beskyttet med adgangskode (krypteret) — åbn den i Word, fjern adgangskoden (Filer › Oplysninger › Beskyt dokument) og gem igen',
  errDocNamedDocx: () => 'er i det gamle Word-format (.doc) selv om den hedder .docx — åbn den i Word og gem som .docx',
  errOldOfficeFormat: (p) => `er et Office-dokument i det gamle binære format, ikke ${p.ext}`,
  errIsPdf: (p) => `er en PDF-fil, ikke ${p.ext} — eksportér transskriptionen som .docx eller .txt`,
  errIsProgram: (p) => `er et program, ikke ${p.ext}`,
  errIsImage: (p) => `er et billede, ikke ${p.ext}`,
  errNotZip: (p) =>
    `er ikke en gyldig ${p.ext}-fil (ikke et zip-arkiv${p.looksLikeText ? '; det ligner almindelig tekst — omdøb den til .txt' : ''})`,
  errIsZip: (p) => `er et zip-arkiv (fx et Word-dokument), ikke ${p.ext} — brug den rigtige filendelse`,
  errLooksBinary: () => 'ser ud til at være en binær fil, ikke tekst',
  errNoText: () => 'indeholder ingen tekst',
  errTooMuchText: (p) =>
    `indeholder for meget tekst (${numberDa(p.chars)} tegn; højst ${numberDa(p.max)}) — del filen op`,
  errUnreadableAs: (p) => `kunne ikke læses som ${documentDa(p.format)}${detail(p.detail)}`,
  errNoCues: () => 'indeholder ingen undertekster (ingen linjer med "-->" og tekst)',
  errEncryptedOdt: () =>
    'er beskyttet med adgangskode (krypteret) — fjern adgangskoden i LibreOffice (Filer › Egenskaber › Sikkerhed) og gem igen',
  errOdtNotText: (p) => `er ikke et tekstdokument (${p.mimetype}) — kun OpenDocument-tekst (.odt) kan importeres`,
  errOdtNoContent: () => 'er et zip-arkiv, men ikke et OpenDocument-tekstdokument (content.xml mangler)',
  errOdtContentUnreadable: (p) => `content.xml kan ikke læses (${p.detail})`,
  errZipDamaged: () =>
    'filen er beskadiget eller ufuldstændig (zip-arkivet kan ikke læses) — er den blevet afkortet under kopiering eller download?',
  errZipNotDocument: (p) => `er et zip-arkiv, men ikke et ${documentDa(p.format)}`,
  errZipEntryTooBig: (p) =>
    `${p.entry} pakker sig ud til mere end ${sizeInWords(num(p.limit), 'da')} — afvist (mulig zip-bombe)`,
  errZipRatio: (p) =>
    `${p.entry} pakker sig ud til over ${p.ratio} gange sin pakkede størrelse — afvist (mulig zip-bombe)`,
  errZipTotalTooBig: (p) =>
    `pakker sig ud til mere end ${sizeInWords(num(p.limit), 'da')} i alt — afvist (mulig zip-bombe)`,
  errZipSizeLie: (p) =>
    `${p.entry} fylder mere udpakket end zip-arkivet angiver — filen er beskadiget eller manipuleret`,
  errZipTooManyEntries: (p) => `zip-arkivet rummer for mange filer (${numberDa(p.count)}; højst ${numberDa(p.max)})`,
  errZipBadEntryName: (p) => `zip-arkivet rummer et farligt filnavn (${p.name}: absolut sti eller "..") — afvist`,
  errXmlEntities: (p) =>
    `${p.part} erklærer sine egne XML-entiteter (<!ENTITY …>), hvad ${p.part === 'content.xml' ? 'et dokument' : 'en kodebog'} aldrig gør — afvist`,
  errXmlTooBig: (p) =>
    `er for stor (${sizeInWords(num(p.bytes), 'da', num(p.limit))}; højst ${sizeInWords(num(p.limit), 'da')})`,
  errTooManyCues: (p) =>
    `indeholder for mange undertekster (${numberDa(p.count)}; højst ${numberDa(p.max)}) — del filen op`,
} satisfies Record<string, Template>;

/** What an import noticed but did not refuse: stored with the source (its Danish text) and shown in the reader's language. */
export const warningsDa = {
  warnUtf16NoBom: (p) => `Filen var UTF-16 uden byte-order mark; læst som ${p.encoding}`,
  warnNotUtf8: (p) => `Filen var ikke UTF-8; læst som ${p.encoding}`,
  warnRtf: (p) => `RTF: ${p.detail}`,
  warnGuidSpeakers: (p) =>
    `Talerne havde kun id'er (GUID) og hedder nu ${p.names} — knyt dem til deltagere under talerkortlægning`,
  warnOrphanCues: (p) =>
    `${p.count} ${Number(p.count) === 1 ? 'tekststykke' : 'tekststykker'} uden taler er lagt til den foregående taler (første ved ${p.at}) — kontrollér dem`,
  warnReadAsRtf: (p) => `filen hedder ${p.ext}, men er RTF; læst som RTF`,
  warnReadAsVtt: (p) => `filen hedder ${p.ext}, men er WebVTT; læst som WebVTT`,
  warnUnknownCaseNumber: (p) => `Filnavnet nævner case ${p.number}, som ikke findes i projektet`,
  warnRepeatCapped: (p) =>
    `${p.count} ${Number(p.count) === 1 ? 'gentagelse' : 'gentagelser'} af mellemrum, tabulatorer eller linjeskift (text:c) over ${p.max} er skåret ned til ${p.max}`,
} satisfies Record<string, Template>;

export const warningsEn: Record<keyof typeof warningsDa, Template> = {
  warnUtf16NoBom: (p) => `The file was UTF-16 without a byte-order mark; read as ${p.encoding}`,
  warnNotUtf8: (p) => `The file was not UTF-8; read as ${p.encoding}`,
  warnRtf: (p) => `RTF: ${p.detail}`,
  warnGuidSpeakers: (p) =>
    `The speakers only had ids (GUIDs) and are now called ${p.names} — link them to participants when mapping speakers`,
  warnOrphanCues: (p) =>
    `${p.count} ${Number(p.count) === 1 ? 'cue' : 'cues'} without a speaker added to the speaker before (the first at ${p.at}) — check them`,
  warnReadAsRtf: (p) => `the file is called ${p.ext} but is RTF; read as RTF`,
  warnReadAsVtt: (p) => `the file is called ${p.ext} but is WebVTT; read as WebVTT`,
  warnUnknownCaseNumber: (p) => `The file name mentions case ${p.number}, which is not in the project`,
  warnRepeatCapped: (p) =>
    `${p.count} ${Number(p.count) === 1 ? 'repeat' : 'repeats'} of spaces, tabs or line breaks (text:c) over ${p.max} cut down to ${p.max}`,
};

export type ErrorKey = keyof typeof errorsDa;
export type WarningKey = keyof typeof warningsDa;

export const errorsEn: Record<ErrorKey, Template> = {
  errInvalidIssue: (p) => `${p.issue}`,
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
    `The text occurs ${p.count} times in "${p.source}" (at characters ${p.at}) — give a longer passage that occurs only once`,
  errNothingToUndo: () => 'There is nothing to undo',
  errNestedTooDeep: () => 'the file is nested too deeply to be read',
  errProjectsInWindow: () => 'Here, projects are made with cmo new and opened by giving the project file',
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
    `Unknown case attribute "${p.ref}"${p.known === undefined ? '' : ` (known: ${known(p.known, 'none')})`}`,
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
    `A quote may only be shortened with (…) and words replaced with [text in brackets] — "${p.from}" became "${p.to}"`,
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
    `The code sheet lacks the column ${p.columns} in row 1 (found: ${known(p.found, 'none')}; expected: ${SHEET_COLUMNS})`,
  errSheetRowsFailed: (p) =>
    `${p.count} ${num(p.count) === 1 ? 'row' : 'rows'} of the code sheet could not be placed, so nothing was coded (${rowList(p, 'row')}${num(p.count) > 5 ? '; …' : ''})`,
  errSheetNothingPlaced: (p) => `No rows of ${p.file} could be placed (${p.failed} failed)`,
  errSheetAllCoded: (p) => `Nothing to code in ${p.file}: every row is already coded`,

  errImportFile: (p) => `${p.file}: ${p.problem}`,
  errDuplicateImport: (p) => `${p.file}: the same text has already been imported as "${p.name}" — skipped`,
  errFileHasNoText: () => 'the file contains no text',
  errImportUnknownCase: (p) => `unknown case "${p.id}" (known: ${known(p.known, 'none')})`,
  errImportUnknownRole: (p) => `unknown role "${p.role}" (known: ${known(p.known, 'none')})`,
  errCannotOpenFile: (p) =>
    `cannot be read (${p.code === 'ENOENT' ? 'the file does not exist' : p.code === 'EISDIR' ? 'it is a folder' : p.code})`,
  errOldWordFormat: () => 'the old Word format (.doc) is not supported — open the file in Word and save it as .docx',
  errPdfUnsupported: () => 'PDF is not supported — export the transcript as .docx or .txt',
  errPagesUnsupported: () => 'Pages documents are not supported — export as .docx',
  errSpreadsheetUnsupported: () => 'spreadsheets are not supported as transcripts — save the text as .docx or .txt',
  errAudioUnsupported: () => 'audio files cannot be imported — import the transcript (.docx, .txt, .vtt …)',
  errVideoUnsupported: () => 'video files cannot be imported — import the transcript (.vtt, .srt, .docx …)',
  errUnsupportedType: (p) => `the file type ${p.ext || '(no extension)'} is not supported (use ${p.supported})`,
  errZeroBytes: () => 'the file is empty (0 bytes)',
  errFileTooBig: (p) =>
    `is too large (${sizeInWords(num(p.bytes), 'en', num(p.limit))}; at most ${sizeInWords(num(p.limit), 'en')}) — a transcript is rarely over 1 MB; split the file up`,
  errEncryptedWord: () =>
    'is password-protected (encrypted) — open it in Word, remove the password (File › Info › Protect Document) and save again',
  errDocNamedDocx: () =>
    'is in the old Word format (.doc) although it is named .docx — open it in Word and save it as .docx',
  errOldOfficeFormat: (p) => `is an Office document in the old binary format, not ${p.ext}`,
  errIsPdf: (p) => `is a PDF file, not ${p.ext} — export the transcript as .docx or .txt`,
  errIsProgram: (p) => `is a program, not ${p.ext}`,
  errIsImage: (p) => `is an image, not ${p.ext}`,
  errNotZip: (p) =>
    `is not a valid ${p.ext} file (not a zip archive${p.looksLikeText ? '; it looks like plain text — rename it to .txt' : ''})`,
  errIsZip: (p) => `is a zip archive (e.g. a Word document), not ${p.ext} — use the right file extension`,
  errLooksBinary: () => 'appears to be a binary file, not text',
  errNoText: () => 'contains no text',
  errTooMuchText: (p) =>
    `contains too much text (${numberEn(p.chars)} characters; at most ${numberEn(p.max)}) — split the file up`,
  errUnreadableAs: (p) => `could not be read as ${documentEn(p.format)}${detail(p.detail)}`,
  errNoCues: () => 'contains no subtitles (no lines with "-->" and text)',
  errEncryptedOdt: () =>
    'is password-protected (encrypted) — remove the password in LibreOffice (File › Properties › Security) and save again',
  errOdtNotText: (p) => `is not a text document (${p.mimetype}) — only OpenDocument text (.odt) can be imported`,
  errOdtNoContent: () => 'is a zip archive but not an OpenDocument text document (content.xml is missing)',
  errOdtContentUnreadable: (p) => `content.xml cannot be read (${p.detail})`,
  errZipDamaged: () =>
    'the file is damaged or incomplete (the zip archive cannot be read) — was it cut short while copying or downloading?',
  errZipNotDocument: (p) => `is a zip archive but not ${documentEn(p.format)}`,
  errZipEntryTooBig: (p) =>
    `${p.entry} inflates to more than ${sizeInWords(num(p.limit), 'en')} — refused (a possible zip bomb)`,
  errZipRatio: (p) =>
    `${p.entry} inflates to over ${p.ratio} times its compressed size — refused (a possible zip bomb)`,
  errZipTotalTooBig: (p) =>
    `inflates to more than ${sizeInWords(num(p.limit), 'en')} in all — refused (a possible zip bomb)`,
  errZipSizeLie: (p) => `${p.entry} inflates to more than the zip archive says — the file is damaged or tampered with`,
  errZipTooManyEntries: (p) =>
    `the zip archive holds too many files (${numberEn(p.count)}; at most ${numberEn(p.max)})`,
  errZipBadEntryName: (p) =>
    `the zip archive holds a dangerous file name (${p.name}: an absolute path or "..") — refused`,
  errXmlEntities: (p) =>
    `${p.part} declares its own XML entities (<!ENTITY …>), which ${p.part === 'content.xml' ? 'a document' : 'a codebook'} never does — refused`,
  errXmlTooBig: (p) =>
    `is too large (${sizeInWords(num(p.bytes), 'en', num(p.limit))}; at most ${sizeInWords(num(p.limit), 'en')})`,
  errTooManyCues: (p) =>
    `contains too many subtitles (${numberEn(p.count)}; at most ${numberEn(p.max)}) — split the file up`,
};
