/**
 * Bytes from a .qdpx → text, in the encoding they are in. REFI-QDA asks for UTF-8 everywhere, but files
 * met in the wild are not always: a plain text saved as UTF-16 (with a BOM) or in Windows-1252 (æ, ø and å
 * as single bytes), a .qde declared `encoding="ISO-8859-1"` or written as UTF-16. Reading those as UTF-8
 * turns every æ into U+FFFD without a word; here they are decoded as what they are and the caller is told.
 */
export interface Decoded {
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be`, `windows-1252` or the label a .qde declared */
  encoding: string;
}

const utf8 = (b: Uint8Array, fatal: boolean) => new TextDecoder('utf-8', { fatal, ignoreBOM: true }).decode(b);

/** By its BOM, if it has one (the BOM is dropped: offsets count from after it). */
function byBom(b: Buffer): Decoded | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: utf8(b.subarray(3), false), encoding: 'utf-8' };
  if (b[0] === 0xff && b[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(b.subarray(2)), encoding: 'utf-16be' };
  return null;
}

/** A plain-text file: its BOM, else UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
export function decodeText(b: Buffer): Decoded {
  const bom = byBom(b);
  if (bom) return bom;
  try {
    return { text: utf8(b, true), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(b), encoding: 'windows-1252' };
  }
}

/** A .qde: its BOM, else UTF-16 told by `<?` as two-byte units, else the declaration's encoding, else UTF-8. */
export function decodeXml(b: Buffer): Decoded {
  const bom = byBom(b);
  if (bom) return bom;
  if (b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0)
    return { text: new TextDecoder('utf-16le').decode(b), encoding: 'utf-16le' };
  if (b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f)
    return { text: new TextDecoder('utf-16be').decode(b), encoding: 'utf-16be' };
  const decl = /^<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/.exec(
    b.subarray(0, 200).toString('latin1'),
  );
  const label = decl?.[1]?.toLowerCase();
  if (label && !/^utf-?8$/.test(label) && !/^utf-?16/.test(label)) {
    try {
      return { text: new TextDecoder(label).decode(b), encoding: label };
    } catch {
      // an encoding the platform does not know: read as UTF-8 below
    }
  }
  return { text: utf8(b, false), encoding: 'utf-8' };
}
