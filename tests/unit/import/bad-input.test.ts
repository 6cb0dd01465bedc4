/** Files that cannot be imported: each one clear line naming the file and what is wrong. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { ImportError, readTranscript } from '../../../src/import/index';
import { logText, say } from '../../../src/cmo/logMessages';
import { makeTmp, rmTmp } from '../helpers';

let dir: string;
beforeAll(() => {
  dir = makeTmp('cmo-bad-input-');
});
afterAll(() => rmTmp(dir));

/** Writes the bad file into the temp dir and reads it back, as a user's file would be. */
async function problem(name: string, bytes: Uint8Array | string): Promise<string> {
  const f = path.join(dir, name);
  fs.writeFileSync(f, bytes);
  try {
    await readTranscript(name, new Uint8Array(fs.readFileSync(f)));
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    const msg = (e as Error).message;
    expect(msg.startsWith(`${name}: `)).toBe(true);
    expect(msg).not.toContain('\n');
    return msg;
  }
  throw new Error(`${name} was imported`);
}

/** An OLE2 compound file header with the stream names Word writes for an encrypted .docx. */
function encryptedDocx(): Uint8Array {
  const b = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
  Buffer.from('EncryptionInfo', 'utf16le').copy(b, 1024);
  Buffer.from('EncryptedPackage', 'utf16le').copy(b, 1152);
  return new Uint8Array(b);
}

describe('bad input', () => {
  it('empty file', async () => {
    expect(await problem('tom.txt', '')).toBe('tom.txt: filen er tom (0 byte)');
    expect(await problem('tom.docx', '')).toMatch(/filen er tom/);
  });

  it('binary junk named .docx, and text named .docx', async () => {
    expect(await problem('junk.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7]))).toMatch(
      /beskadiget eller ufuldstændig/,
    );
    expect(await problem('noise.docx', 'not a zip at all')).toMatch(
      /ikke en gyldig \.docx-fil \(ikke et zip-arkiv; det ligner almindelig tekst/,
    );
    expect(await problem('random.docx', Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 251)))).toMatch(
      /ikke en gyldig \.docx-fil|binær/,
    );
  });

  it('a truncated Word file', async () => {
    const full = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('Leder: Vi fik en aftale.')] }] }),
    );
    expect(await problem('afkortet.docx', full.subarray(0, Math.floor(full.length / 2)))).toMatch(
      /afkortet\.docx: filen er beskadiget eller ufuldstændig \(zip-arkivet kan ikke læses\)/,
    );
  });

  it('a zip that is not a Word document', async () => {
    const JSZip = (await import('jszip')).default;
    const z = new JSZip();
    z.file('readme.txt', 'hej');
    expect(await problem('arkiv.docx', await z.generateAsync({ type: 'uint8array' }))).toMatch(
      /er et zip-arkiv, men ikke et Word-dokument/,
    );
  });

  it('a password-protected Word file (OLE2 with EncryptedPackage), and an old .doc renamed .docx', async () => {
    expect(await problem('hemmelig.docx', encryptedDocx())).toMatch(
      /^hemmelig\.docx: er beskyttet med adgangskode \(krypteret\)/,
    );
    const doc = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(doc);
    Buffer.from('WordDocument', 'utf16le').copy(doc, 1024);
    expect(await problem('gammel.docx', doc)).toMatch(/det gamle Word-format \(\.doc\)/);
  });

  it('a 50 MB text file is refused at once, without being decoded', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 'Leder: bla bla bla.\n');
    const t0 = performance.now();
    expect(await problem('kæmpe.txt', big)).toMatch(/^kæmpe\.txt: er for stor \(50,0 MB; højst 20,0 MB\)/);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('unsupported and known-but-unsupported extensions', async () => {
    expect(await problem('program.exe', Buffer.from([0x4d, 0x5a, 0x90, 0]))).toMatch(
      /^program\.exe: filtypen \.exe understøttes ikke \(brug \.docx, \.odt, \.rtf, \.txt, \.md, \.vtt, \.srt\)$/,
    );
    expect(await problem('rapport.pdf', '%PDF-1.7')).toMatch(/PDF understøttes ikke/);
    expect(await problem('gammel.doc', 'x')).toMatch(/gem den som \.docx/);
    expect(await problem('uden-endelse', 'x')).toMatch(/\(ingen filendelse\)/);
  });

  it('content that is not what the name says', async () => {
    expect(await problem('pdf.txt', '%PDF-1.4 …')).toMatch(/er en PDF-fil, ikke \.txt/);
    expect(await problem('word.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toMatch(/er et zip-arkiv/);
    expect(await problem('bin.vtt', Buffer.from([0x41, 0, 1, 2, 3, 0, 0x42, 7, 8]))).toMatch(/binær fil/);
    expect(await problem('blank.txt', '  \n\n \t\n')).toMatch(/indeholder ingen tekst/);
  });

  it('a problem given as a message: the same Danish text, and English for the window', async () => {
    const e = new ImportError('pdf.txt', say('errIsPdf', { ext: '.txt' }));
    expect(e.message).toBe('pdf.txt: er en PDF-fil, ikke .txt — eksportér transskriptionen som .docx eller .txt');
    expect(e.problem).toBe('er en PDF-fil, ikke .txt — eksportér transskriptionen som .docx eller .txt');
    expect(logText(e.said!, 'en')).toBe('pdf.txt: is a PDF file, not .txt — export the transcript as .docx or .txt');
    // a problem given only in Danish words still has the refusal's code, its words as the problem
    expect(new ImportError('x.txt', 'kun dansk').said).toEqual({
      key: 'errImportFile',
      params: { file: 'x.txt', problem: 'kun dansk' },
    });
    const read = await readTranscript('uden-endelse', new Uint8Array([120])).catch((x: ImportError) => x);
    expect(logText((read as ImportError).said!, 'en')).toBe(
      'uden-endelse: the file type (no extension) is not supported (use .docx, .odt, .rtf, .txt, .md, .vtt, .srt)',
    );
  });
});
