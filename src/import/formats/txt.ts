import { decodeText } from '../decode';
import type { ReadResult } from '../types';

/** Plain text and Markdown: decoded (see decodeText); turns are found later from `Label:` lines. */
export function readTxt(bytes: Uint8Array, format: 'txt' | 'md'): ReadResult {
  const d = decodeText(bytes);
  return { text: d.text.replace(/\u0000+$/, ''), format, encoding: d.encoding, warnings: d.warnings };
}
