/**
 * What a file being imported can be refused for (`file: problem`) and what an import noticed but
 * did not refuse (warnings), in Danish and English: part of the one message table (logMessages.ts).
 */
import type { Template, Value } from './messageFormat';
import {
  detail,
  documentDa,
  documentEn,
  known,
  nounFor,
  numberDa,
  numberEn,
  sizeAndLimit,
  sizeInWords,
  num,
} from './messageFormat';

/** why a file could not be opened, from its error code */
const openProblemDa = (code: Value) =>
  code === 'ENOENT' ? 'filen findes ikke' : code === 'EISDIR' ? 'er en mappe' : code;
const openProblemEn = (code: Value) =>
  code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a folder' : code;

export const importErrorsDa = {
  errImportFile: (p) => `${p.file}: ${p.problem}`,
  errDuplicateImport: (p) =>
    `${p.file}: den samme tekst er allerede importeret som "${p.existingName}" — springes over`,
  errFileHasNoText: () => 'filen indeholder ingen tekst',
  errImportUnknownCase: (p) => `ukendt case "${p.id}" (kendte: ${known(p.known, 'ingen')})`,
  errImportUnknownRole: (p) => `ukendt rolle "${p.role}" (kendte: ${known(p.known, 'ingen')})`,
  errCannotOpenFile: (p) => `kan ikke læses (${openProblemDa(p.code)})`,
  errOldWordFormat: () => 'det gamle Word-format (.doc) understøttes ikke — åbn filen i Word og gem den som .docx',
  errPdfUnsupported: () => 'PDF understøttes ikke — eksportér transskriptionen som .docx eller .txt',
  errPagesUnsupported: () => 'Pages-dokumenter understøttes ikke — eksportér som .docx',
  errSpreadsheetUnsupported: () =>
    'regneark understøttes ikke som transskription — ' + 'gem teksten som .docx eller .txt',
  errAudioUnsupported: () => 'lydfiler kan ikke importeres — importér transskriptionen (.docx, .txt, .vtt …)',
  errVideoUnsupported: () => 'videofiler kan ikke importeres — importér transskriptionen (.vtt, .srt, .docx …)',
  errUnsupportedType: (p) => `filtypen ${p.ext || '(ingen filendelse)'} understøttes ikke (brug ${p.supported})`,
  errZeroBytes: () => 'filen er tom (0 byte)',
  errFileTooBig: (p) =>
    `er for stor (${sizeAndLimit(p, 'da').size}; højst ${sizeAndLimit(p, 'da').limit})` +
    ' — en transskription fylder sjældent over 1 MB; del filen op',
  errEncryptedWord: () =>
    'er beskyttet med adgangskode (krypteret) — åbn den i Word, ' +
    'fjern adgangskoden (Filer › Oplysninger › Beskyt dokument) og gem igen',
  errDocNamedDocx: () =>
    'er i det gamle Word-format (.doc) selv om den hedder .docx — ' + 'åbn den i Word og gem som .docx',
  errOldOfficeFormat: (p) => `er et Office-dokument i det gamle binære format, ikke ${p.ext}`,
  errIsPdf: (p) => `er en PDF-fil, ikke ${p.ext} — eksportér transskriptionen som .docx eller .txt`,
  errIsProgram: (p) => `er et program, ikke ${p.ext}`,
  errIsImage: (p) => `er et billede, ikke ${p.ext}`,
  errNotZip: (p) =>
    `er ikke en gyldig ${p.ext}-fil (ikke et zip-arkiv` +
    `${p.looksLikeText ? '; det ligner almindelig tekst — omdøb den til .txt' : ''})`,
  errIsZip: (p) => `er et zip-arkiv (fx et Word-dokument), ikke ${p.ext} — brug den rigtige filendelse`,
  errLooksBinary: () => 'ser ud til at være en binær fil, ikke tekst',
  errNoText: () => 'indeholder ingen tekst',
  errTooMuchText: (p) =>
    `indeholder for meget tekst (${numberDa(p.chars)} tegn; højst ${numberDa(p.max)}) — del filen op`,
  errUnreadableAs: (p) => `kunne ikke læses som ${documentDa(p.format)}${detail(p.detail)}`,
  errNoCues: () => 'indeholder ingen undertekster (ingen linjer med "-->" og tekst)',
  errEncryptedOdt: () =>
    'er beskyttet med adgangskode (krypteret) — ' +
    'fjern adgangskoden i LibreOffice (Filer › Egenskaber › Sikkerhed) og gem igen',
  errOdtNotText: (p) => `er ikke et tekstdokument (${p.mimetype}) — kun OpenDocument-tekst (.odt) kan importeres`,
  errOdtNoContent: () => 'er et zip-arkiv, men ikke et OpenDocument-tekstdokument (content.xml mangler)',
  errOdtContentUnreadable: (p) => `content.xml kan ikke læses (${p.detail})`,
  errZipDamaged: () =>
    'filen er beskadiget eller ufuldstændig (zip-arkivet kan ikke læses) — ' +
    'er den blevet afkortet under kopiering eller download?',
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
    `${p.part} erklærer sine egne XML-entiteter (<!ENTITY …>), ` +
    `hvad ${p.part === 'content.xml' ? 'et dokument' : 'en kodebog'} aldrig gør — afvist`,
  errXmlTooBig: (p) =>
    `er for stor (${sizeInWords(num(p.bytes), 'da', num(p.limit))}; højst ${sizeInWords(num(p.limit), 'da')})`,
  errTooManyCues: (p) =>
    `indeholder for mange undertekster (${numberDa(p.count)}; højst ${numberDa(p.max)}) — del filen op`,
} satisfies Record<string, Template>;

export type ImportErrorKey = keyof typeof importErrorsDa;

export const importErrorsEn: Record<ImportErrorKey, Template> = {
  errImportFile: (p) => `${p.file}: ${p.problem}`,
  errDuplicateImport: (p) => `${p.file}: the same text has already been imported as "${p.existingName}" — skipped`,
  errFileHasNoText: () => 'the file contains no text',
  errImportUnknownCase: (p) => `unknown case "${p.id}" (known: ${known(p.known, 'none')})`,
  errImportUnknownRole: (p) => `unknown role "${p.role}" (known: ${known(p.known, 'none')})`,
  errCannotOpenFile: (p) => `cannot be read (${openProblemEn(p.code)})`,
  errOldWordFormat: () => 'the old Word format (.doc) is not supported — open the file in Word and save it as .docx',
  errPdfUnsupported: () => 'PDF is not supported — export the transcript as .docx or .txt',
  errPagesUnsupported: () => 'Pages documents are not supported — export as .docx',
  errSpreadsheetUnsupported: () => 'spreadsheets are not supported as transcripts — save the text as .docx or .txt',
  errAudioUnsupported: () => 'audio files cannot be imported — import the transcript (.docx, .txt, .vtt …)',
  errVideoUnsupported: () => 'video files cannot be imported — import the transcript (.vtt, .srt, .docx …)',
  errUnsupportedType: (p) => `the file type ${p.ext || '(no extension)'} is not supported (use ${p.supported})`,
  errZeroBytes: () => 'the file is empty (0 bytes)',
  errFileTooBig: (p) =>
    `is too large (${sizeAndLimit(p, 'en').size}; at most ${sizeAndLimit(p, 'en').limit})` +
    ' — a transcript is rarely over 1 MB; split the file up',
  errEncryptedWord: () =>
    'is password-protected (encrypted) — open it in Word, ' +
    'remove the password (File › Info › Protect Document) and save again',
  errDocNamedDocx: () =>
    'is in the old Word format (.doc) although it is named .docx — open it in Word and save it as .docx',
  errOldOfficeFormat: (p) => `is an Office document in the old binary format, not ${p.ext}`,
  errIsPdf: (p) => `is a PDF file, not ${p.ext} — export the transcript as .docx or .txt`,
  errIsProgram: (p) => `is a program, not ${p.ext}`,
  errIsImage: (p) => `is an image, not ${p.ext}`,
  errNotZip: (p) =>
    `is not a valid ${p.ext} file (not a zip archive` +
    `${p.looksLikeText ? '; it looks like plain text — rename it to .txt' : ''})`,
  errIsZip: (p) => `is a zip archive (e.g. a Word document), not ${p.ext} — use the right file extension`,
  errLooksBinary: () => 'appears to be a binary file, not text',
  errNoText: () => 'contains no text',
  errTooMuchText: (p) =>
    `contains too much text (${numberEn(p.chars)} characters; at most ${numberEn(p.max)}) — split the file up`,
  errUnreadableAs: (p) => `could not be read as ${documentEn(p.format)}${detail(p.detail)}`,
  errNoCues: () => 'contains no subtitles (no lines with "-->" and text)',
  errEncryptedOdt: () =>
    'is password-protected (encrypted) — ' +
    'remove the password in LibreOffice (File › Properties › Security) and save again',
  errOdtNotText: (p) => `is not a text document (${p.mimetype}) — only OpenDocument text (.odt) can be imported`,
  errOdtNoContent: () => 'is a zip archive but not an OpenDocument text document (content.xml is missing)',
  errOdtContentUnreadable: (p) => `content.xml cannot be read (${p.detail})`,
  errZipDamaged: () =>
    'the file is damaged or incomplete (the zip archive cannot be read) — ' +
    'was it cut short while copying or downloading?',
  errZipNotDocument: (p) => `is a zip archive but not ${documentEn(p.format)}`,
  errZipEntryTooBig: (p) =>
    `${p.entry} inflates to more than ${sizeInWords(num(p.limit), 'en')} — refused (a possible zip bomb)`,
  errZipRatio: (p) =>
    `${p.entry} inflates to over ${p.ratio} times its compressed size — refused (a possible zip bomb)`,
  errZipTotalTooBig: (p) =>
    `inflates to more than ${sizeInWords(num(p.limit), 'en')} in all — refused (a possible zip bomb)`,
  errZipSizeLie: (p) =>
    `${p.entry} inflates to more than the zip archive says — ` + 'the file is damaged or tampered with',
  errZipTooManyEntries: (p) =>
    `the zip archive holds too many files (${numberEn(p.count)}; at most ${numberEn(p.max)})`,
  errZipBadEntryName: (p) =>
    `the zip archive holds a dangerous file name (${p.name}: an absolute path or "..") — refused`,
  errXmlEntities: (p) =>
    `${p.part} declares its own XML entities (<!ENTITY …>), ` +
    `which ${p.part === 'content.xml' ? 'a document' : 'a codebook'} never does — refused`,
  errXmlTooBig: (p) =>
    `is too large (${sizeInWords(num(p.bytes), 'en', num(p.limit))}; at most ${sizeInWords(num(p.limit), 'en')})`,
  errTooManyCues: (p) =>
    `contains too many subtitles (${numberEn(p.count)}; at most ${numberEn(p.max)}) — split the file up`,
};

/** What an import noticed but did not refuse: stored with the source (its Danish text), in the reader's language. */
export const warningsDa = {
  warnUtf16NoBom: (p) => `Filen var UTF-16 uden byte-order mark; læst som ${p.encoding}`,
  warnNotUtf8: (p) => `Filen var ikke UTF-8; læst som ${p.encoding}`,
  warnRtf: (p) => `RTF: ${p.detail}`,
  warnGuidSpeakers: (p) =>
    `Talerne havde kun id'er (GUID) og hedder nu ${p.names} — knyt dem til deltagere under talerkortlægning`,
  warnOrphanCues: (p) =>
    `${p.count} ${nounFor(p.count, 'tekststykke', 'tekststykker')} uden taler er lagt til den foregående taler ` +
    `(første ved ${p.at}) — kontrollér dem`,
  warnReadAsRtf: (p) => `filen hedder ${p.ext}, men er RTF; læst som RTF`,
  warnReadAsVtt: (p) => `filen hedder ${p.ext}, men er WebVTT; læst som WebVTT`,
  warnUnknownCaseNumber: (p) => `Filnavnet nævner case ${p.number}, som ikke findes i projektet`,
  warnRepeatCapped: (p) =>
    `${p.count} ${nounFor(p.count, 'gentagelse', 'gentagelser')} af mellemrum, tabulatorer eller linjeskift ` +
    `(text:c) over ${p.max} er skåret ned til ${p.max}`,
  warnFromQdpx: (p) =>
    `Importeret fra REFI-QDA (${p.origin || 'ukendt program'}); ` +
    `positioner læst som ${p.offsets === 'utf16' ? 'UTF-16-enheder' : 'kodepunkter'}`,
} satisfies Record<string, Template>;

export type WarningKey = keyof typeof warningsDa;

export const warningsEn: Record<WarningKey, Template> = {
  warnUtf16NoBom: (p) => `The file was UTF-16 without a byte-order mark; read as ${p.encoding}`,
  warnNotUtf8: (p) => `The file was not UTF-8; read as ${p.encoding}`,
  warnRtf: (p) => `RTF: ${p.detail}`,
  warnGuidSpeakers: (p) =>
    `The speakers only had ids (GUIDs) and are now called ${p.names} — ` +
    'link them to participants when mapping speakers',
  warnOrphanCues: (p) =>
    `${p.count} ${nounFor(p.count, 'cue', 'cues')} without a speaker added to the speaker before ` +
    `(the first at ${p.at}) — check them`,
  warnReadAsRtf: (p) => `the file is called ${p.ext} but is RTF; read as RTF`,
  warnReadAsVtt: (p) => `the file is called ${p.ext} but is WebVTT; read as WebVTT`,
  warnUnknownCaseNumber: (p) => `The file name mentions case ${p.number}, which is not in the project`,
  warnRepeatCapped: (p) =>
    `${p.count} ${nounFor(p.count, 'repeat', 'repeats')} of spaces, tabs or line breaks (text:c) ` +
    `over ${p.max} cut down to ${p.max}`,
  warnFromQdpx: (p) =>
    `Imported from REFI-QDA (${p.origin || 'unknown program'}); ` +
    `positions read as ${p.offsets === 'utf16' ? 'UTF-16 units' : 'code points'}`,
};
