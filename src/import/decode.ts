import iconv from 'iconv-lite';
import chardet from 'chardet';

export interface Decoded { text: string; encoding: string; warnings: string[] }

/**
 * Bytes of a plain-text transcript → string. UTF-8 (with or without BOM) and UTF-16 by BOM;
 * anything that is not valid UTF-8 is detected with chardet and decoded with iconv-lite, falling
 * back to Windows-1252, the usual encoding of older Danish Windows files.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), encoding: 'UTF-8', warnings: [] };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'UTF-16LE', warnings: [] };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'UTF-16BE', warnings: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'UTF-8', warnings: [] };
  } catch { /* not UTF-8: a legacy 8-bit encoding */ }
  const guesses = chardet.analyse(buf).map((g) => g.name.toLowerCase());
  // chardet often names ISO-8859-1 for Windows-1252 text; 1252 is a superset for printable text, so prefer it.
  const pick = guesses.find((g) => /^(windows-125[0-8]|iso-8859-\d+|ibm8\d\d|macintosh)$/.test(g)) ?? 'windows-1252';
  const encoding = /^iso-8859-1$/.test(pick) ? 'windows-1252' : pick;
  const text = iconv.decode(buf, iconv.encodingExists(encoding) ? encoding : 'windows-1252');
  return { text, encoding, warnings: [`Filen var ikke UTF-8; læst som ${encoding}`] };
}
