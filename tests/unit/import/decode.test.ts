import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/import/decode';
import { readTranscript, ImportError } from '../../../src/import/index';
import { logText } from '../../../src/cmo/logMessages';

const DANISH = 'Blåbærgrød og ørred, æblekage';
const TRANSCRIPT =
  'Interviewer: Hvordan oplevede I besøget fra Arbejdstilsynet?\n\n' +
  'Leder: Det var rigtig godt. Vi fik hjælp til løft og bæring, og arbejdsmiljøet er blevet bedre.\n' +
  'ÆØÅ æøå — “citat” … og en aftale på 3 måneder.\n';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const withBom = (bom: number[], body: Buffer) => new Uint8Array(Buffer.concat([Buffer.from(bom), body]));

describe('decodeText', () => {
  it.each([DANISH, TRANSCRIPT])('reads UTF-8 without BOM: %#', (s) => {
    const d = decodeText(utf8(s));
    expect(d.text).toBe(s);
    expect(d.encoding).toBe('UTF-8');
    expect(d.warnings).toEqual([]);
  });

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const d = decodeText(withBom([0xef, 0xbb, 0xbf], Buffer.from(DANISH, 'utf8')));
    expect(d.text).toBe(DANISH);
    expect(d.text.charCodeAt(0)).toBe('B'.charCodeAt(0));
    expect(d.encoding).toBe('UTF-8');
  });

  it('reads UTF-16LE with BOM', () => {
    const d = decodeText(withBom([0xff, 0xfe], iconv.encode(TRANSCRIPT, 'utf-16le')));
    expect(d.text).toBe(TRANSCRIPT);
    expect(d.encoding).toBe('UTF-16LE');
  });

  it('reads UTF-16BE with BOM', () => {
    const d = decodeText(withBom([0xfe, 0xff], iconv.encode(TRANSCRIPT, 'utf-16be')));
    expect(d.text).toBe(TRANSCRIPT);
    expect(d.encoding).toBe('UTF-16BE');
  });

  it('reads UTF-16 with emoji (surrogate pairs) intact', () => {
    const s = 'Leder: Det var 👍 godt 😀';
    expect(decodeText(withBom([0xff, 0xfe], iconv.encode(s, 'utf-16le'))).text).toBe(s);
  });

  it.each([DANISH, TRANSCRIPT, 'Han sagde ”det er fint” – og gik. Æbler koster 5 €.'])(
    'reads Windows-1252 Danish text identically, with a warning: %#',
    (s) => {
      const bytes = iconv.encode(s, 'windows-1252');
      expect(Buffer.from(bytes).equals(Buffer.from(s, 'utf8'))).toBe(false);
      const d = decodeText(new Uint8Array(bytes));
      expect(d.text).toBe(s);
      expect(d.encoding).not.toBe('UTF-8');
      expect(d.warnings).toHaveLength(1);
      expect(logText(d.warnings[0]!, 'da')).toMatch(/ikke UTF-8/);
      expect(logText(d.warnings[0]!, 'en')).toMatch(/not UTF-8; read as /);
    },
  );

  it('reads ISO-8859-1 Danish text identically', () => {
    expect(decodeText(new Uint8Array(iconv.encode(TRANSCRIPT.replace(/[—“”…]/g, '-'), 'latin1'))).text).toBe(
      TRANSCRIPT.replace(/[—“”…]/g, '-'),
    );
  });

  it('decodes a Uint8Array view into a larger buffer by its own bytes only', () => {
    const big = Buffer.from(`XXXX${DANISH}YYYY`, 'utf8');
    const view = new Uint8Array(big.buffer, big.byteOffset + 4, big.byteLength - 8);
    expect(decodeText(view).text).toBe(DANISH);
  });

  // Short texts: chardet's confident first guess for these is windows-1257 (Baltic, "Øh, ja" → "Ųh, ja")
  // or ISO-8859-2 ("Øje" → "Řje"); a Danish text must still come out as written.
  it.each(['Øh, ja', 'Øje', 'Arbejdsmiljø', 'Så gik vi', 'Århus', 'Ærø'])(
    'reads the short Windows-1252 text %j identically',
    (s) => {
      expect(decodeText(new Uint8Array(iconv.encode(s, 'windows-1252'))).text).toBe(s);
    },
  );
});

describe('readTranscript', () => {
  it('reads .txt, .text and .md as plain text', async () => {
    for (const name of ['a.txt', 'a.TXT', 'a.text', 'a.md']) {
      const r = await readTranscript(name, utf8(DANISH));
      expect(r.text).toBe(DANISH);
      expect(r.encoding).toBe('UTF-8');
    }
  });

  it('refuses empty files, binary files, .doc and unknown types with an ImportError naming the file', async () => {
    await expect(readTranscript('tom.txt', new Uint8Array())).rejects.toThrow(ImportError);
    await expect(readTranscript('tom.txt', new Uint8Array())).rejects.toThrow(/^tom\.txt: /);
    await expect(
      readTranscript('bin.txt', new Uint8Array([0x41, 0x00, 0x00, 0x00, 0x42, 0x00, 0x00, 0x00, 0x01, 0x02])),
    ).rejects.toThrow(/bin\.txt/);
    await expect(readTranscript('gammel.doc', utf8('x'))).rejects.toThrow(/\.docx/);
    await expect(readTranscript('data.pdf', utf8('x'))).rejects.toThrow(ImportError);
  });

  it('refuses a .docx that is not a zip archive', async () => {
    await expect(readTranscript('falsk.docx', utf8('Leder: ikke et Word-dokument'))).rejects.toThrow(ImportError);
  });
});
