import path from 'node:path';
import mammoth from 'mammoth';
import { decodeText } from './decode';

export interface ReadTranscript { text: string; format: string; encoding: string | null; warnings: string[] }

export class ImportError extends Error {
  constructor(readonly fileName: string, problem: string) { super(`${fileName}: ${problem}`); this.name = 'ImportError'; }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** A transcript file's bytes → raw text (not yet normalised), by extension, checked against the content. */
export async function readTranscript(fileName: string, bytes: Uint8Array): Promise<ReadTranscript> {
  const ext = path.extname(fileName).toLowerCase();
  if (bytes.byteLength === 0) throw new ImportError(fileName, 'filen er tom');
  switch (ext) {
    case '.txt':
    case '.text':
    case '.md': {
      if (bytes.subarray(0, 8000).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe))
        throw new ImportError(fileName, 'ser ud til at være en binær fil, ikke tekst');
      const d = decodeText(bytes);
      return { text: d.text, format: 'txt', encoding: d.encoding, warnings: d.warnings };
    }
    case '.docx': {
      if (!startsWith(bytes, ZIP)) throw new ImportError(fileName, 'er ikke en gyldig .docx-fil (ikke et zip-arkiv)');
      try {
        const r = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
        const warnings = r.messages.filter((m) => m.type === 'error').map((m) => m.message);
        return { text: r.value, format: 'docx', encoding: null, warnings };
      } catch (e) {
        throw new ImportError(fileName, `kunne ikke læses som Word-dokument (${(e as Error).message})`);
      }
    }
    case '.doc':
      throw new ImportError(fileName, 'det gamle Word-format (.doc) understøttes ikke — gem filen som .docx');
    default:
      throw new ImportError(fileName, `filtypen ${ext || '(ingen)'} understøttes endnu ikke (brug .txt eller .docx)`);
  }
}
