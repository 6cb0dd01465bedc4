import { decodeText } from '../decode';
import { ImportError } from '../errors';
import type { ReadResult } from '../types';
import { say } from '../../cmo/logMessages';

/**
 * Plain text and Markdown: decoded (see decodeText); turns are found later from `Label:` lines.
 * Trailing NULs (some editors pad with them) are dropped; a NUL inside the text means the file is
 * not text after all (the first bytes looked like it), and it is refused as binary.
 */
export function readTxt(bytes: Uint8Array, format: 'txt' | 'md', fileName: string): ReadResult {
  const d = decodeText(bytes);
  let end = d.text.length;
  while (end > 0 && d.text.charCodeAt(end - 1) === 0) end--; // not /\u0000+$/: quadratic on a long run
  const text = end === d.text.length ? d.text : d.text.slice(0, end);
  if (text.includes('\u0000')) throw new ImportError(fileName, say('errLooksBinary'));
  return { text, format, encoding: d.encoding, warnings: d.warnings };
}
