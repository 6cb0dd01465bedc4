import path from 'node:path';
import { ImportError, MAX_TEXT_CHARS, MAX_TEXT_FILE_BYTES, MAX_ZIP_FILE_BYTES, formatBytes } from './errors';
import { isEncryptedOffice, sniff } from './sniff';
import { decodeText } from './decode';
import { readTxt } from './formats/txt';
import { readDocx } from './formats/docx';
import { readOdt } from './formats/odt';
import { readRtf } from './formats/rtf';
import { readCues } from './formats/cues';
import type { ReadResult } from './types';
import type { SpeakerTurn } from '../cmo/model';
import { normalizeText } from '../cmo/text';
import { parseTurns } from '../cmo/turns';

export { ImportError } from './errors';
export type { ReadResult } from './types';
/** @deprecated the old name of ReadResult */
export type ReadTranscript = ReadResult;

/** Extensions `readTranscript` accepts, with the format each is read as. */
export const FORMATS = {
  '.docx': 'docx', '.odt': 'odt', '.rtf': 'rtf', '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md',
  '.vtt': 'vtt', '.srt': 'srt',
} as const;
export type Format = (typeof FORMATS)[keyof typeof FORMATS];
export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

const KNOWN_UNSUPPORTED: Record<string, string> = {
  '.doc': 'det gamle Word-format (.doc) understøttes ikke — åbn filen i Word og gem den som .docx',
  '.pdf': 'PDF understøttes ikke — eksportér transskriptionen som .docx eller .txt',
  '.pages': 'Pages-dokumenter understøttes ikke — eksportér som .docx',
  '.xlsx': 'regneark understøttes ikke som transskription — gem teksten som .docx eller .txt',
  '.mp3': 'lydfiler kan ikke importeres — importér transskriptionen (.docx, .txt, .vtt …)',
  '.m4a': 'lydfiler kan ikke importeres — importér transskriptionen (.docx, .txt, .vtt …)',
  '.wav': 'lydfiler kan ikke importeres — importér transskriptionen (.docx, .txt, .vtt …)',
  '.mp4': 'videofiler kan ikke importeres — importér transskriptionen (.vtt, .srt, .docx …)',
};

/** Whether a file name has an extension we read; the reason when not. Pure, for previews. */
export function checkFileName(fileName: string): { format: Format | null; problem: string | null } {
  const ext = path.extname(fileName).toLowerCase();
  const format = (FORMATS as Record<string, Format>)[ext] ?? null;
  if (format) return { format, problem: null };
  return { format: null, problem: KNOWN_UNSUPPORTED[ext] ?? `filtypen ${ext || '(ingen filendelse)'} understøttes ikke (brug ${SUPPORTED_EXTENSIONS.filter((e) => e !== '.text' && e !== '.markdown').join(', ')})` };
}

/**
 * A transcript file's bytes → text, by extension, checked against what the bytes are. Every
 * problem is an ImportError whose message names the file and says what is wrong in one line.
 * The text is raw (normalised by the caller) unless the reader returned turns, in which case it
 * is already normalised and the turns index into it.
 */
export async function readTranscript(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  const name = path.basename(fileName);
  const { format, problem } = checkFileName(name);
  if (!format) throw new ImportError(name, problem!);
  if (bytes.byteLength === 0) throw new ImportError(name, 'filen er tom (0 byte)');
  const kind = sniff(bytes);
  const zipFormat = format === 'docx' || format === 'odt';
  const limit = zipFormat ? MAX_ZIP_FILE_BYTES : MAX_TEXT_FILE_BYTES;
  if (bytes.byteLength > limit)
    throw new ImportError(name, `er for stor (${formatBytes(bytes.byteLength)}; højst ${formatBytes(limit)}) — en transskription fylder sjældent over 1 MB; del filen op`);
  const wrong = wrongContent(name, format, kind, bytes);
  if (wrong) throw new ImportError(name, wrong);

  let result: ReadResult;
  // content that is plainly another supported format than the name says: read it as what it is
  if (format !== 'rtf' && kind === 'rtf') result = note(readRtf(name, bytes), `filen hedder ${path.extname(name)}, men er RTF; læst som RTF`);
  else if (format !== 'vtt' && kind === 'webvtt') result = note(await readCues(name, decodeText(bytes).text, 'vtt'), `filen hedder ${path.extname(name)}, men er WebVTT; læst som WebVTT`);
  else if (format === 'docx') result = await readDocx(name, bytes);
  else if (format === 'odt') result = await readOdt(name, bytes);
  else if (format === 'rtf') result = readRtf(name, bytes);
  else if (format === 'vtt' || format === 'srt') {
    const d = decodeText(bytes);
    result = await readCues(name, d.text, format);
    result = { ...result, encoding: d.encoding, warnings: [...d.warnings, ...result.warnings] };
  } else result = readTxt(bytes, format);

  if (!result.text.trim()) throw new ImportError(name, 'indeholder ingen tekst');
  if (result.text.length > MAX_TEXT_CHARS)
    throw new ImportError(name, `indeholder for meget tekst (${result.text.length.toLocaleString('da-DK')} tegn; højst ${MAX_TEXT_CHARS.toLocaleString('da-DK')}) — del filen op`);
  return result;
}

function note(r: ReadResult, warning: string): ReadResult {
  return { ...r, warnings: [warning, ...r.warnings] };
}

/** Why these bytes cannot be a file of this format, or null. */
function wrongContent(name: string, format: Format, kind: ReturnType<typeof sniff>, bytes: Uint8Array): string | null {
  const ext = path.extname(name).toLowerCase();
  if (kind === 'ole2') {
    if (isEncryptedOffice(bytes)) return 'er beskyttet med adgangskode (krypteret) — åbn den i Word, fjern adgangskoden (Filer › Oplysninger › Beskyt dokument) og gem igen';
    return format === 'docx' ? 'er i det gamle Word-format (.doc) selv om den hedder .docx — åbn den i Word og gem som .docx' : `er et Office-dokument i det gamle binære format, ikke ${ext}`;
  }
  if (kind === 'pdf') return `er en PDF-fil, ikke ${ext} — eksportér transskriptionen som .docx eller .txt`;
  if (kind === 'exe') return `er et program, ikke ${ext}`;
  if (kind === 'image') return `er et billede, ikke ${ext}`;
  if (format === 'docx' || format === 'odt') {
    if (kind === 'rtf') return null; // read as RTF below
    if (kind !== 'zip') return `er ikke en gyldig ${ext}-fil (ikke et zip-arkiv${kind === 'text' ? '; det ligner almindelig tekst — omdøb den til .txt' : ''})`;
    return null;
  }
  if (kind === 'zip') return `er et zip-arkiv (fx et Word-dokument), ikke ${ext} — brug den rigtige filendelse`;
  if (kind === 'binary') return `ser ud til at være en binær fil, ikke tekst`;
  return null;
}

/** A transcript as it is stored: normalised text, its speaker turns, notes, and how it was read. */
export interface Transcript { text: string; turns: SpeakerTurn[]; notes: string[]; format: string; encoding: string | null; warnings: string[] }

/**
 * readTranscript, then the stored form: normalizeText (see src/cmo/text.ts: BOM dropped, CRLF/CR
 * and U+2028/2029 → `\n`, NFC, spaces and tabs before a line end removed) and the speaker turns,
 * from the reader when it has them (VTT/SRT voices and times, Word's bold labels), else from
 * `Label:` lines. Turn offsets are UTF-16 code units into that text.
 */
export async function loadTranscript(fileName: string, bytes: Uint8Array): Promise<Transcript> {
  const r = await readTranscript(fileName, bytes);
  const base = { notes: r.notes ?? [], format: r.format, encoding: r.encoding, warnings: r.warnings };
  if (r.turns && normalizeText(r.text) === r.text) return { ...base, text: r.text, turns: r.turns };
  const text = normalizeText(r.text);
  return { ...base, text, turns: parseTurns(text) };
}
