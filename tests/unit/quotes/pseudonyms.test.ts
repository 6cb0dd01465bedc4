import mammoth from 'mammoth';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLeaks, pseudonymizer, addPseudonym } from '../../../src/cmo/pseudonyms';
import type { Service } from '../../../src/service/service';
import { rmTmp } from '../helpers';
import { buildProject, fromB64 } from './setup';

describe('pseudonymizer', () => {
  const ps = pseudonymizer([
    { name: 'Jens Hansen', replacement: '[lederen]' },
    { name: 'Jens', replacement: '[en kollega]' },
    { name: 'Coop', replacement: '[kunden]' },
  ]);
  it('replaces whole names, any case, over line breaks; the longer name first', () => {
    expect(ps('Jens Hansen kom')).toBe('[lederen] kom');
    expect(ps('JENS  hansen og\njens\nHansen')).toBe('[lederen] og\n[lederen]');
    expect(ps('Jens sagde det')).toBe('[en kollega] sagde det');
    expect(ps('Jensen og Coops og Cooperative')).toBe('Jensen og [kundens] og Cooperative');
  });
  it('puts the Danish genitive inside the brackets', () => {
    expect(ps('Jens Hansens kontor')).toBe('[lederens] kontor');
    expect(ps('Jens’ bil')).toBe('[en kollegas] bil');
  });
  it('never scans a replacement again', () => {
    const p2 = pseudonymizer([
      { name: 'Hansen', replacement: '[Jens]' },
      { name: 'Jens', replacement: '[x]' },
    ]);
    expect(p2('Hansen og Jens')).toBe('[Jens] og [x]');
  });
  it('refuses a replacement that contains the name', () => {
    expect(() => addPseudonym([], 'Coop', '[Coop-butikken]')).toThrow(/indeholder selv navnet/);
  });
});

describe('findLeaks', () => {
  const list = [
    { name: 'Jens Hansen', replacement: '[lederen]' },
    { name: 'Søren Ørsted', replacement: '[direktøren]' },
  ];
  const leaks = (text: string) =>
    findLeaks(list, [{ field: 'citat', quoteId: 'q1', text }]).map((l) => [l.kind, l.found]);
  it('finds variants the list does not cover, and parts of a name', () => {
    expect(leaks('Jens-Hansen var her')).toEqual([['variant', 'Jens-Hansen']]);
    expect(leaks('J. Hansen var her')).toEqual([['variant', 'J. Hansen']]);
    expect(leaks('Soeren Oersted og Soren Orsted')).toEqual([
      ['variant', 'Soeren Oersted'],
      ['variant', 'Soren Orsted'],
    ]);
    expect(leaks('og så sagde Hansen')).toEqual([['part', 'Hansen']]);
    expect(leaks('Hansens bil')).toEqual([['part', 'Hansens']]);
    expect(leaks('jens hansen')).toEqual([['name', 'jens hansen']]);
  });
  it('says nothing of the replacements or of unrelated words', () => {
    expect(leaks('[lederen] og [direktøren] mødtes med Jensen')).toEqual([]);
  });
  it('tells where: field, quote and context', () => {
    const [l] = findLeaks(list, [{ field: 'memo', quoteId: 'q9', text: 'Spørg Hansen om det' }]);
    expect(l).toMatchObject({
      name: 'Jens Hansen',
      found: 'Hansen',
      kind: 'part',
      field: 'memo',
      quoteId: 'q9',
      context: 'Spørg Hansen om det',
    });
  });
});

describe('a listed name never reaches any export', () => {
  let svc: Service, dir: string;
  beforeAll(async () => {
    ({ svc, dir } = await buildProject());
    await svc.call('pseudonyms.add', { name: 'Jens Hansen', replacement: '[lederen]' });
    // the name in metadata too: a source's name and a memo
    const info = await svc.call('project.info', {});
    const src = info.sourceList.find((s) => s.name.startsWith('Case 01'))!;
    await svc.call('source.update', { id: src.id, name: 'Case 01 - Leder Jens Hansen' });
  });
  afterAll(() => rmTmp(dir));

  const NAME = /jens\s+hansen/i;

  it('md, csv, json, txt, html, clipboard: pseudonymised, and the genitive too', async () => {
    for (const format of ['md', 'csv', 'json', 'txt', 'html'] as const) {
      const f = await svc.call('quotes.export', { format, pts: ['#10'] });
      const text = fromB64(f.dataBase64).toString('utf8');
      expect(text, format).toMatch(/\[lederen\] sagde til mig/);
      expect(text, format).not.toMatch(NAME);
      if (format !== 'json') expect(text, format).toContain('[lederens] kollega');
    }
    const clip = await svc.call('quotes.clipboard', { pts: ['#10'] });
    expect(clip.text + clip.html).not.toMatch(NAME);
    expect(clip.text).toContain('”[lederen] sagde til mig');
  });

  it('xlsx: no cell carries the name', async () => {
    const f = await svc.call('quotes.export', { format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fromB64(f.dataBase64) as unknown as ArrayBuffer);
    let all = '';
    wb.worksheets.forEach((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          all += ` ${c.text}`;
        }),
      ),
    );
    expect(all).toContain('[lederen] sagde til mig');
    expect(all).toContain('Case 01 - Leder [lederen]');
    expect(all).not.toMatch(NAME);
  });

  it('docx (with provenance footnotes): no run carries the name', async () => {
    const f = await svc.call('quotes.export', { format: 'docx', footnotes: true });
    const buf = fromB64(f.dataBase64);
    const { value } = await mammoth.convertToHtml({ buffer: buf });
    expect(value).toContain('[lederen] sagde til mig');
    expect(value).toContain('Kilde: Case 01 - Leder [lederen], tegn'); // the footnote's source
    expect(value).not.toMatch(NAME);
    // and not in any part of the package (document, footnotes, properties)
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(buf);
    for (const name of Object.keys(zip.files)) {
      const xml = await zip.files[name]!.async('string');
      expect(xml, name).not.toMatch(NAME);
    }
  });

  it('warns, and lists where, when a name variant slips through', async () => {
    expect((await svc.call('quotes.leaks', {})).leaks).toEqual([]);
    await svc.call('segment.codeText', {
      source: 'Case 03 - Arbejdsmiljørepræsentant',
      text: 'Hun sagde “det er fint”',
      kind: 'O',
      pt: ['#10'],
      memo: 'spørg J. Hansen',
    });
    const f = await svc.call('quotes.export', { format: 'docx', pts: ['#10'] });
    expect(f.leaks).toHaveLength(1);
    expect(f.leaks[0]).toMatchObject({ kind: 'variant', found: 'J. Hansen', field: 'memo' });
    // the memo is not in the docx, but it is in the csv — the check runs over what each export carries
    const csv = await svc.call('quotes.export', { format: 'csv', pts: ['#10'] });
    expect(csv.leaks.map((l) => l.found)).toEqual(['J. Hansen']);
  });
});
