import path from 'node:path';
import { ImportError, MAX_TEXT_CHARS, MAX_TEXT_FILE_BYTES, MAX_ZIP_FILE_BYTES } from './errors';
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
import { say, wordsFor, type LogMessage } from '../cmo/logMessages';

export { ImportError } from './errors';
export type { ReadResult } from './types';
/** @deprecated the old name of ReadResult */
export type ReadTranscript = ReadResult;

/** Extensions `readTranscript` accepts, with the format each is read as. */
export const FORMATS = {
  '.docx': 'docx',
  '.odt': 'odt',
  '.rtf': 'rtf',
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.vtt': 'vtt',
  '.srt': 'srt',
} as const;
export type Format = (typeof FORMATS)[keyof typeof FORMATS];
export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

const KNOWN_UNSUPPORTED: Record<string, LogMessage> = {
  '.doc': say('errOldWordFormat'),
  '.pdf': say('errPdfUnsupported'),
  '.pages': say('errPagesUnsupported'),
  '.xlsx': say('errSpreadsheetUnsupported'),
  '.mp3': say('errAudioUnsupported'),
  '.m4a': say('errAudioUnsupported'),
  '.wav': say('errAudioUnsupported'),
  '.mp4': say('errVideoUnsupported'),
};

/** Why a file name's extension (not one of FORMATS) cannot be read. */
function fileNameProblem(ext: string): LogMessage {
  return (
    KNOWN_UNSUPPORTED[ext] ??
    say('errUnsupportedType', {
      ext: ext || undefined,
      supported: SUPPORTED_EXTENSIONS.filter((e) => e !== '.text' && e !== '.markdown').join(', '),
    })
  );
}

/**
 * Whether a file name has an extension we read; the reason when not (`problem` in Danish,
 * `problemSaid` as a message for the reader's language). Pure, for previews.
 */
export function checkFileName(fileName: string): {
  format: Format | null;
  problem: string | null;
  problemSaid?: LogMessage;
} {
  const ext = path.extname(fileName).toLowerCase();
  const format = (FORMATS as Record<string, Format>)[ext] ?? null;
  if (format) return { format, problem: null };
  const said = fileNameProblem(ext);
  return { format: null, problem: wordsFor(said, 'da'), problemSaid: said };
}

/**
 * A transcript file's bytes → text, by extension, checked against what the bytes are. Every
 * problem is an ImportError whose message names the file and says what is wrong in one line.
 * The text is raw (normalised by the caller) unless the reader returned turns, in which case it
 * is already normalised and the turns index into it.
 */
export async function readTranscript(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  const name = path.basename(fileName);
  const { format, problemSaid } = checkFileName(name);
  if (!format) throw new ImportError(name, problemSaid!);
  if (bytes.byteLength === 0) throw new ImportError(name, say('errZeroBytes'));
  const kind = sniff(bytes);
  const zipFormat = format === 'docx' || format === 'odt';
  const limit = zipFormat ? MAX_ZIP_FILE_BYTES : MAX_TEXT_FILE_BYTES;
  if (bytes.byteLength > limit) throw new ImportError(name, say('errFileTooBig', { bytes: bytes.byteLength, limit }));
  const wrong = wrongContent(name, format, kind, bytes);
  if (wrong) throw new ImportError(name, wrong);

  let result: ReadResult;
  // content that is plainly another supported format than the name says: read it as what it is
  if (format !== 'rtf' && kind === 'rtf')
    result = note(readRtf(name, bytes), say('warnReadAsRtf', { ext: path.extname(name) }));
  else if (format !== 'vtt' && kind === 'webvtt')
    result = note(
      await readCues(name, decodeText(bytes).text, 'vtt'),
      say('warnReadAsVtt', { ext: path.extname(name) }),
    );
  else if (format === 'docx') result = await readDocx(name, bytes);
  else if (format === 'odt') result = await readOdt(name, bytes);
  else if (format === 'rtf') result = readRtf(name, bytes);
  else if (format === 'vtt' || format === 'srt') {
    const d = decodeText(bytes);
    result = await readCues(name, d.text, format);
    result = { ...result, encoding: d.encoding, warnings: [...d.warnings, ...result.warnings] };
  } else result = readTxt(bytes, format, name);

  if (!result.text.trim()) throw new ImportError(name, say('errNoText'));
  if (result.text.length > MAX_TEXT_CHARS)
    throw new ImportError(name, say('errTooMuchText', { chars: result.text.length, max: MAX_TEXT_CHARS }));
  return result;
}

function note(r: ReadResult, warning: LogMessage): ReadResult {
  return { ...r, warnings: [warning, ...r.warnings] };
}

/** Why these bytes cannot be a file of this format, or null. */
function wrongContent(
  name: string,
  format: Format,
  kind: ReturnType<typeof sniff>,
  bytes: Uint8Array,
): LogMessage | null {
  const ext = path.extname(name).toLowerCase();
  if (kind === 'ole2') {
    if (isEncryptedOffice(bytes)) return say('errEncryptedWord');
    return format === 'docx' ? say('errDocNamedDocx') : say('errOldOfficeFormat', { ext });
  }
  if (kind === 'pdf') return say('errIsPdf', { ext });
  if (kind === 'exe') return say('errIsProgram', { ext });
  if (kind === 'image') return say('errIsImage', { ext });
  if (format === 'docx' || format === 'odt') {
    if (kind === 'rtf') return null; // read as RTF below
    if (kind !== 'zip') return say('errNotZip', { ext, looksLikeText: kind === 'text' ? 1 : undefined });
    return null;
  }
  if (kind === 'zip') return say('errIsZip', { ext });
  if (kind === 'binary') return say('errLooksBinary');
  return null;
}

/** A transcript as it is stored: normalised text, its speaker turns, notes, and how it was read. */
export interface Transcript {
  text: string;
  turns: SpeakerTurn[];
  notes: string[];
  format: string;
  encoding: string | null;
  warnings: LogMessage[];
}

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
