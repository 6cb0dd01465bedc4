/**
 * Offsets of another tool's plain text → offsets into our stored (normalised) text.
 * The raw text (BOM already dropped) is normalised exactly as normalizeText does, keeping a map
 * from every raw UTF-16 index to the stored index: CRLF/CR/U+2028/U+2029 → `\n`, spaces and tabs
 * before a line end dropped, NFC per base character and its combining marks. A position inside a
 * dropped or merged run maps to where that run starts in the stored text.
 */
import { normalizeText } from '../cmo/text';

export interface Mapped { text: string; map: Int32Array }

const TOKEN = /\r\n|[\r\n\u2028\u2029]|[ \t\u00a0]+|[^\p{M}][\p{M}]*|\p{M}+/gsu;

export function normalizeWithMap(raw: string): Mapped {
  const map = new Int32Array(raw.length + 1);
  const parts: string[] = [];
  let len = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(raw); m; m = TOKEN.exec(raw)) {
    const tok = m[0], at = m.index, end = at + tok.length;
    const c = tok.charCodeAt(0);
    if (c === 13 || c === 10 || c === 0x2028 || c === 0x2029) {
      for (let i = at; i < end; i++) map[i] = len;
      parts.push('\n'); len += 1;
    } else if (c === 32 || c === 9 || c === 0xa0) {
      const next = raw.charCodeAt(end);
      const trailing = end === raw.length || next === 13 || next === 10 || next === 0x2028 || next === 0x2029;
      if (trailing) { for (let i = at; i < end; i++) map[i] = len; continue; }
      for (let i = at; i < end; i++) map[i] = len + (i - at);
      parts.push(tok); len += tok.length;
    } else {
      const n = tok.normalize('NFC');
      if (n === tok) for (let i = at; i < end; i++) map[i] = len + (i - at);
      else for (let i = at; i < end; i++) map[i] = len;
      parts.push(n); len += n.length;
    }
  }
  map[raw.length] = len;
  const text = parts.join('');
  if (text === normalizeText(raw)) return { text, map };
  // NFC composed across our tokens (rare: Hangul jamo and the like): map each position by its prefix
  const whole = normalizeText(raw);
  const slow = new Int32Array(raw.length + 1);
  for (let i = 0; i <= raw.length; i++) slow[i] = Math.min(whole.length, normalizeText(raw.slice(0, i)).length);
  return { text: whole, map: slow };
}

/** Code-point offsets → UTF-16 indices of `raw` (offsets past the end map past the end). */
export function codePointIndex(raw: string): (cp: number) => number {
  const idx: number[] = [];
  let i = 0;
  for (; i < raw.length; i++) {
    idx.push(i);
    const c = raw.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < raw.length) { const d = raw.charCodeAt(i + 1); if (d >= 0xdc00 && d <= 0xdfff) i++; }
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
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) { const d = text.charCodeAt(i + 1); if (d >= 0xdc00 && d <= 0xdfff) { cps[i + 1] = n; i++; } }
    n++;
  }
  cps[text.length] = n;
  return (u) => cps[Math.max(0, Math.min(text.length, u))]!;
}

/** Whether any character is outside the BMP (the only case where UTF-16 units and code points differ). */
export const hasAstral = (s: string) => /[\ud800-\udbff][\udc00-\udfff]/.test(s);
