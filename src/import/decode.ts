import iconv from 'iconv-lite';
import chardet from 'chardet';
import { utf16Order } from './sniff';
import { say, type LogMessage } from '../cmo/logMessages';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: LogMessage[];
}

const WESTERN = /^(iso-8859-1|iso-8859-15|windows-1252)$/i;

/**
 * Bytes of a plain-text transcript → string (BOM removed; not yet normalised).
 *
 * 1. A byte-order mark decides: UTF-8, UTF-16LE, UTF-16BE.
 * 2. UTF-16 without a BOM is recognised by its zero bytes.
 * 3. Bytes that are valid UTF-8 are UTF-8 (legacy 8-bit text with æøå is never valid UTF-8).
 * 4. Otherwise chardet may name a non-Western encoding (Cyrillic, Central European, CJK), taken
 * only on enough evidence (a confident guess and many non-ASCII bytes). For the Western family (Windows-1252,
 * ISO-8859-1,
 *    ISO-8859-15), which chardet cannot tell apart, the bytes decide: any byte 0x80–0x9F is
 *    Windows-1252 (those are control codes in the ISO sets, never text); else a byte 0xA4 is the
 *    euro sign of ISO-8859-15 (in the others it is `¤`, which nobody types); else ISO-8859-1,
 *    which reads the same as Windows-1252 for such text. So a Danish text comes out identical
 *    whichever of the three (or UTF-8/UTF-16) it was saved in.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { text: buf.subarray(3).toString('utf8'), encoding: 'UTF-8', warnings: [] };
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'UTF-16LE', warnings: [] };
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'UTF-16BE', warnings: [] };
  const order = utf16Order(buf);
  if (order) {
    const encoding = order === 'le' ? 'UTF-16LE' : 'UTF-16BE';
    return {
      text: iconv.decode(buf, encoding.toLowerCase()),
      encoding,
      warnings: [say('warnUtf16NoBom', { encoding })],
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'UTF-8', warnings: [] };
  } catch {
    /* not UTF-8: a legacy 8-bit encoding */
  }
  const encoding = legacyEncoding(buf);
  const text = iconv.decode(buf, encoding);
  return { text, encoding, warnings: [say('warnNotUtf8', { encoding })] };
}

function legacyEncoding(buf: Buffer): string {
  let c1 = false,
    currency = false,
    high = 0;
  for (const x of buf) {
    if (x >= 0x80) high++;
    if (x >= 0x80 && x <= 0x9f) c1 = true;
    if (x === 0xa4) currency = true;
  }
  // A guess outside the Western family (Central European, Cyrillic, Greek, CJK …) is taken only
  // with enough evidence: on a short text chardet readily calls Danish "Øh, ja" Baltic or Polish.
  const top = chardet.analyse(buf)[0];
  const name = top?.name ?? '';
  const cjk = /^(shift_jis|gb18030|big5|euc-jp|euc-kr)$/i.test(name);
  const single =
    /^(windows-125\d|iso-8859-\d+|koi8-r)$/i.test(name) &&
    !WESTERN.test(name) &&
    !/^(windows-1254|iso-8859-9)$/i.test(name);
  if (top && top.confidence >= 60 && ((cjk && high >= 8) || (single && high >= 32)) && iconv.encodingExists(name))
    return name;
  if (c1) return 'windows-1252';
  return currency ? 'ISO-8859-15' : 'ISO-8859-1';
}
