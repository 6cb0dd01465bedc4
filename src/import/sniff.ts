/** What a file's first bytes say it is, whatever its name says. */
export type Sniffed = 'zip' | 'ole2' | 'pdf' | 'rtf' | 'webvtt' | 'exe' | 'image' | 'utf16' | 'binary' | 'text';

const starts = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, s: string, at = 0) =>
  starts(
    b,
    [...s].map((c) => c.charCodeAt(0)),
    at,
  );

export function sniff(b: Uint8Array): Sniffed {
  if (starts(b, [0x50, 0x4b, 0x03, 0x04]) || starts(b, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (starts(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2';
  if (ascii(b, '%PDF')) return 'pdf';
  if (ascii(b, 'MZ') || starts(b, [0x7f, 0x45, 0x4c, 0x46]) || starts(b, [0xcf, 0xfa, 0xed, 0xfe])) return 'exe';
  if (starts(b, [0x89, 0x50, 0x4e, 0x47]) || starts(b, [0xff, 0xd8, 0xff]) || ascii(b, 'GIF8')) return 'image';
  const bom = starts(b, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  if (ascii(b, '{\\rtf', bom)) return 'rtf';
  if (ascii(b, 'WEBVTT', bom)) return 'webvtt';
  if (starts(b, [0xff, 0xfe]) || starts(b, [0xfe, 0xff]) || utf16Order(b)) return 'utf16';
  return looksBinary(b) ? 'binary' : 'text';
}

/** UTF-16 without a byte-order mark: every other byte is zero in Latin-script text. */
export function utf16Order(b: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 32) return null;
  let evenZero = 0,
    oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'be';
  return null;
}

/** NUL bytes, or many control characters other than tab, CR, LF, FF: not a text file. */
export function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const x = b[i]!;
    // a trailing NUL (WordPad adds one to RTF) is tolerated
    if (x === 0 && i < b.length - 1) return true;
    if (x < 0x20 && x !== 9 && x !== 10 && x !== 13 && x !== 12 && x !== 0 && x !== 0x1a) ctrl++;
  }
  return ctrl > n * 0.02;
}

/** An OLE2 compound file holding an encrypted Office document (Word's "password to open"). */
export function isEncryptedOffice(b: Uint8Array): boolean {
  const needle = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(needle) >= 0;
}
