/**
 * Offsets of another tool's plain text → offsets into our stored (normalised) text.
 * The raw text (BOM already dropped) is normalised exactly as normalizeText does, keeping a map
 * from every raw UTF-16 index to the stored index: CRLF/CR/U+2028/U+2029 → `\n`, spaces and tabs
 * before a line end dropped, NFC per base character and its combining marks. A position inside a
 * dropped or merged run maps to where that run starts in the stored text.
 */
import { normalizeText } from '../cmo/text';

export interface Mapped {
  text: string;
  map: Int32Array;
}

const LINE_END = /\r\n|[\r\n\u2028\u2029]/g;
/** a base character with its combining marks (or marks alone): where NFC composes */
const COMBINING = /[^\p{M}]?\p{M}+/gsu;
const isBlank = (c: number) => c === 32 || c === 9 || c === 0xa0;

export function normalizeWithMap(raw: string): Mapped {
  const map = new Int32Array(raw.length + 1);
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; ;) {
    LINE_END.lastIndex = i;
    const m = LINE_END.exec(raw);
    const end = m ? m.index : raw.length;
    let keep = end;
    while (keep > i && isBlank(raw.charCodeAt(keep - 1))) keep--;
    const line = raw.slice(i, keep);
    const nfc = line.normalize('NFC');
    if (nfc === line) {
      for (let k = i; k < keep; k++) map[k] = len + (k - i);
      parts.push(line);
      len += line.length;
    } else {
      // only lines NFC changes are walked per base character and its combining marks
      const toks: string[] = [];
      const at0 = len;
      const same = (from: number, to: number) => {
        for (let k = from; k < to; k++) map[i + k] = len + (k - from);
        toks.push(line.slice(from, to));
        len += to - from;
      };
      let last = 0;
      COMBINING.lastIndex = 0;
      for (let t = COMBINING.exec(line); t; t = COMBINING.exec(line)) {
        same(last, t.index);
        const tok = t[0],
          at = i + t.index,
          n = tok.normalize('NFC');
        for (let k = 0; k < tok.length; k++) map[at + k] = n === tok ? len + k : len;
        toks.push(n);
        len += n.length;
        last = t.index + tok.length;
      }
      same(last, line.length);
      if (toks.join('') !== nfc) {
        // composed across clusters (Hangul jamo and the like): positions in this line are estimated proportionally
        for (let k = i; k < keep; k++) map[k] = at0 + Math.round(((k - i) * nfc.length) / line.length);
        len = at0 + nfc.length;
        toks.length = 0;
        toks.push(nfc);
      }
      parts.push(...toks);
    }
    for (let k = keep; k < end; k++) map[k] = len; // spaces before the line end are dropped
    if (!m) break;
    for (let k = end; k < end + m[0].length; k++) map[k] = len;
    parts.push('\n');
    len += 1;
    i = end + m[0].length;
  }
  map[raw.length] = len;
  const text = parts.join('');
  const whole = normalizeText(raw);
  if (text === whole) return { text, map };
  // not expected (NFC across a line end): the stored text wins, positions estimated proportionally
  for (let k = 0; k <= raw.length; k++)
    map[k] = Math.min(whole.length, Math.round((map[k]! * whole.length) / Math.max(1, text.length)));
  return { text: whole, map };
}

/** Code-point offsets → UTF-16 indices of `raw` (offsets past the end map past the end). */
export function codePointIndex(raw: string): (cp: number) => number {
  const idx: number[] = [];
  let i = 0;
  for (; i < raw.length; i++) {
    idx.push(i);
    const c = raw.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < raw.length) {
      const d = raw.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  idx.push(raw.length);
  return (cp) => (cp < idx.length ? idx[cp]! : raw.length + (cp - idx.length + 1));
}

/** Stored-text UTF-16 offsets → code points (for the export). */
export function toCodePoints(text: string): (u: number) => number {
  const cps = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    cps[i] = n;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cps[i + 1] = n;
        i++;
      }
    }
    n++;
  }
  cps[text.length] = n;
  return (u) => cps[Math.max(0, Math.min(text.length, u))]!;
}

/** Whether any character is outside the BMP (the only case where UTF-16 units and code points differ). */
export const hasAstral = (s: string) => /[\ud800-\udbff][\udc00-\udfff]/.test(s);
