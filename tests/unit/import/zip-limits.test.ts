import { describe, expect, it } from 'vitest';
import { readTranscript, ImportError } from '../../../src/import';
import { openZip, ZIP_MAX_ENTRY_BYTES } from '../../../src/import/formats/zip';
import { ODT_MAX_REPEAT } from '../../../src/import/formats/odt';
import { wordsFor } from '../../../src/cmo/logMessages';
import {
  DOCX_HEAD,
  DOCX_TAIL,
  ODT_HEAD,
  ODT_TAIL,
  deflate,
  deflateRepeated,
  docxEntries,
  docxOf,
  odtEntries,
  odtOf,
  writeZip,
} from '../../fuzz/zipWriter';

const refused = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ImportError);
  return e as ImportError;
};
const seconds = async <T>(f: () => Promise<T>) => {
  const t0 = performance.now();
  const r = await f();
  return { r, s: (performance.now() - t0) / 1000 };
};

describe('zip bombs in .docx and .odt: refused while inflating, naming the file', () => {
  it('a document.xml inflating to 400 MB (1,000×) is stopped at 100× (~40 MB), before mammoth', async () => {
    const xml = await deflateRepeated('a'.repeat(1 << 20), 400); // 400 MB of "a", ~0.4 MB compressed
    // the headers tell the truth: refused from the declared size, without inflating
    const honest = writeZip(docxEntries(xml));
    const a = await seconds(() => refused(readTranscript('Case 06 - Leder.docx', honest)));
    expect(a.s).toBeLessThan(5);
    expect(a.r.message).toMatch(/^Case 06 - Leder\.docx: word\/document\.xml pakker sig ud til mere end 50,0 MB/);
    // the headers lie (40 MB declared, under the entry limit): the inflating itself is stopped on the ratio
    const lying = writeZip(docxEntries(xml, { declaredSize: 40 * 1024 * 1024 }));
    const b = await seconds(() => refused(readTranscript('Case 06 - Leder.docx', lying)));
    expect(b.s).toBeLessThan(5);
    expect(b.r.message).toMatch(/^Case 06 - Leder\.docx: word\/document\.xml pakker sig ud til over 100 gange/);
    expect(wordsFor(b.r.said!, 'en')).toMatch(/^Case 06 - Leder\.docx: word\/document\.xml inflates to over 100 times/);
    const zip = await openZip('x.docx', lying);
    await refused(zip.read('word/document.xml'));
    expect(zip.inflated).toBeLessThan(45 * 1024 * 1024); // 100 × its ~0.4 MB, not 400 MB
  }, 60_000);

  it('an entry that inflates past what its header says is refused as damaged or tampered with', async () => {
    const doc = deflate(DOCX_HEAD + '<w:p><w:r><w:t>hej</w:t></w:r></w:p>'.repeat(50) + DOCX_TAIL);
    const e = await refused(readTranscript('Case 02 - Leder.docx', writeZip(docxEntries(doc, { declaredSize: 100 }))));
    expect(e.message).toMatch(
      /^Case 02 - Leder\.docx: word\/document\.xml fylder mere udpakket end zip-arkivet angiver/,
    );
  });

  it('an .odt whose content.xml is a bomb is refused too', async () => {
    const content = await deflateRepeated(' '.repeat(1 << 20), 120);
    const e = await refused(
      readTranscript('Case 03 - Leder.odt', writeZip(odtEntries(content, { declaredSize: 30 * 1024 * 1024 }))),
    );
    expect(e.message).toMatch(/^Case 03 - Leder\.odt: content\.xml pakker sig ud til over 100 gange/);
  }, 30_000);

  it('the limits per entry, per archive and on the entry count hold, whatever the headers say', async () => {
    const random = (n: number) => {
      const b = Buffer.alloc(n);
      for (let i = 0; i < n; i++) b[i] = ((i * 2654435761) >>> 24) ^ i;
      return b;
    };
    const three = writeZip(['a', 'b', 'c'].map((name) => ({ name, data: random(1_500_000) })));
    const zip = await openZip('f.qdpx', three, { maxTotalBytes: 3_000_000 });
    expect((await zip.read('a'))!.length).toBe(1_500_000);
    expect((await zip.read('b'))!.length).toBe(1_500_000);
    expect((await refused(zip.read('c'))).message).toMatch(/^f\.qdpx: pakker sig ud til mere end 2,9 MB i alt/);
    expect(await zip.read('missing')).toBeNull();
    const many = writeZip(Array.from({ length: 6 }, (_, i) => ({ name: `f${i}`, data: 'x' })));
    expect((await refused(openZip('f.qdpx', many, { maxEntries: 5 }))).message).toMatch(
      /^f\.qdpx: zip-arkivet rummer for mange filer \(6; højst 5\)/,
    );
    const big = writeZip([{ name: 'big', data: random(300_000) }]);
    expect((await refused((await openZip('f.qdpx', big, { maxEntryBytes: 200_000 })).read('big'))).message).toMatch(
      /big pakker sig ud til mere end/,
    );
    expect(ZIP_MAX_ENTRY_BYTES).toBe(50 * 1024 * 1024);
  });

  it('absolute and ../ entry names (zip slip) are refused, naming the file and the entry', async () => {
    for (const name of ['../../etc/passwd', '/etc/passwd', 'C:/Windows/x', 'word/../../x.xml']) {
      const z = writeZip([...docxEntries(DOCX_HEAD + DOCX_TAIL), { name, data: 'x' }]);
      const e = await refused(readTranscript('Case 04 - Leder.docx', z));
      expect(e.message).toContain('Case 04 - Leder.docx: zip-arkivet rummer et farligt filnavn');
      expect(e.message).toContain(name);
    }
  });

  it('a truncated archive is refused as damaged', async () => {
    const z = docxOf(['Leder: hej']);
    const e = await refused(readTranscript('Case 05 - Leder.docx', z.subarray(0, z.length - 30)));
    expect(e.message).toMatch(/^Case 05 - Leder\.docx: filen er beskadiget eller ufuldstændig/);
  });

  it('documents written by the test writer read as before (speaker labels in bold)', async () => {
    const r = await readTranscript(
      'Case 01 - Leder.docx',
      docxOf(['**Interviewer:** Hvordan gik det?', '**Leder:** Godt.']),
    );
    expect(r.text).toBe('Interviewer: Hvordan gik det?\n\nLeder: Godt.');
    expect(r.turns?.map((t) => t.speaker)).toEqual(['Interviewer', 'Leder']);
    const o = await readTranscript('Case 01 - Leder.odt', odtOf('<text:p>Leder: ja<text:s text:c="3"/>nej</text:p>'));
    expect(o.text).toBe('Leder: ja   nej');
  });
});

describe('.odt repeats and text size', () => {
  it(`<text:s text:c="9000000"/> gives ${ODT_MAX_REPEAT} spaces and a warning, at once`, async () => {
    const { r, s } = await seconds(() =>
      readTranscript(
        'Case 07 - Leder.odt',
        odtOf('<text:p>Leder: ja<text:s text:c="9000000"/>nej<text:s text:c="1e12"/>x</text:p>'),
      ),
    );
    expect(s).toBeLessThan(2);
    expect(r.text).toBe(`Leder: ja${' '.repeat(ODT_MAX_REPEAT)}nej${' '.repeat(ODT_MAX_REPEAT)}x`);
    expect(r.warnings.map((w) => wordsFor(w, 'da'))).toEqual([
      '2 gentagelser af mellemrum, tabulatorer eller linjeskift (text:c) over 1000 er skåret ned til 1000',
    ]);
  });

  it('many capped repeats cannot build more text than an import may hold: refused naming the file', async () => {
    const body = `<text:p>${'<text:s text:c="9000000"/>'.repeat(25_000)}x</text:p>`;
    const { r: e, s } = await seconds(() => refused(readTranscript('Case 07 - Leder.odt', odtOf(body))));
    expect(s).toBeLessThan(5);
    expect(e.message).toMatch(/^Case 07 - Leder\.odt: indeholder for meget tekst/);
  });

  it('content.xml declaring its own entities (billion laughs) is refused', async () => {
    const lol = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const xml = ODT_HEAD.replace('?>', `?>${lol}`) + '<text:p>&b;&b;</text:p>' + ODT_TAIL;
    const e = await refused(readTranscript('Case 08 - Leder.odt', writeZip(odtEntries(xml))));
    expect(e.message).toMatch(/^Case 08 - Leder\.odt: content\.xml erklærer sine egne XML-entiteter/);
  });
});
