import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldForMatch, locate } from '../../../src/cmo/sheetMatch';
import { noticeText } from '../../../src/cmo/notice';
import { parseCsv } from '../../../src/cmo/csv';
import { readSheet } from '../../../src/import/sheet';
import type { Service } from '../../../src/service/service';
import { rmTmp } from '../helpers';
import { buildProject, FILES, T } from './setup';

const csvRow = (cells: string[]) => cells.map((c) => (/[",\n;]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
const sheetOf = (rows: string[][]) =>
  [csvRow(['source', 'quote', 'kind', 'pt', 'verdict', 'memo', 'coder']), ...rows.map(csvRow)].join('\n');
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

const S1 = 'Case 01 - Leder.txt',
  S3 = 'Case 03 - Arbejdsmiljørepræsentant',
  S14 = 'Case 14 - Leder';

describe('parseCsv', () => {
  it('keeps line breaks and quotes inside quoted fields; one record per spreadsheet row', () => {
    expect(parseCsv('a,b\n"x\ny","say ""hi"""\r\n\nlast,1\n')).toEqual([
      ['a', 'b'],
      ['x\ny', 'say "hi"'],
      [''],
      ['last', '1'],
    ]);
  });
  it('reads the semicolons of a Danish Excel, and tabs', () => {
    expect(parseCsv('source;quote;pt\nA;"x, y";#7;#8\n')).toEqual([
      ['source', 'quote', 'pt'],
      ['A', 'x, y', '#7', '#8'],
    ]);
    expect(parseCsv('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  it('decodes a Windows-1252 file (Excel’s "CSV (semikolonsepareret)")', async () => {
    const s = await readSheet(
      'ark.csv',
      iconv.encode('kilde;citat;type;pt\nA;Løftene går på ærmet;C;#7\n', 'windows-1252'),
    );
    expect(s.rows).toEqual([{ row: 2, cells: ['A', 'Løftene går på ærmet', 'C', '#7'] }]);
  });
});

describe('locate: tolerances', () => {
  const src = (name: string) => foldForMatch(FILES[name]!.text);
  const at = (name: string, quote: string) => {
    const r = locate(src(name), quote);
    if (!r.ok) throw new Error(noticeText(r.reason, 'da'));
    return FILES[name]!.text.slice(r.at.start, r.at.end);
  };
  it('whitespace and line breaks, either side', () => {
    expect(at('Case 14 - Leder.txt', 'I en kommune går beskeden gennem tre led')).toBe(
      'I en kommune går beskeden\ngennem tre led',
    );
    expect(at('Case 01 - Leder.txt', 'Vi sagde ja,\n  fordi vi gerne\tville have hjælp')).toBe(
      'Vi sagde ja, fordi vi gerne ville have hjælp',
    );
  });
  it('straight vs curly quotes, and the quote wrapped in ”…”', () => {
    expect(at('Case 03 - Arbejdsmiljørepræsentant.txt', 'Hun sagde "det er fint", og så gik hun.')).toBe(
      'Hun sagde “det er fint”, og så gik hun.',
    );
    expect(at('Case 01 - Leder.txt', '”Vi sagde ja, fordi vi gerne ville have hjælp”')).toBe(
      'Vi sagde ja, fordi vi gerne ville have hjælp',
    );
  });
  it('a word hyphenated across a line break, in the sheet or in the transcript', () => {
    expect(at('Case 14 - Leder.txt', 'I en kom-\nmune går beskeden')).toBe('I en kommune går beskeden');
    expect(at('Case 03 - Arbejdsmiljørepræsentant.txt', 'Den tilsynsførende var god til at lytte')).toBe(
      'Den tilsyns-\nførende var god til at lytte',
    );
  });
  it('(…), (...), […] gaps and [bracketed] replacements: the passage spans first to last part', () => {
    expect(at('Case 01 - Leder.txt', 'Vi sagde ja, fordi vi gerne ville have hjælp (…) et påbud.')).toBe(T.c1);
    expect(at('Case 01 - Leder.txt', 'Vi sagde ja (...) hjælp […] et påbud.')).toBe(T.c1);
    expect(at('Case 03 - Arbejdsmiljørepræsentant.txt', 'Kontrolbesøget var [helt] bare en formalitet')).toBe(
      'Kontrolbesøget var egentlig bare en formalitet',
    );
    expect(at('Case 01 - Leder.txt', '(…) fordi vi gerne ville have hjælp til løftene (…)')).toBe(
      'fordi vi gerne ville have hjælp til løftene',
    );
  });
  it('says why when it cannot place a quote', () => {
    const why = (name: string, q: string) => {
      const r = locate(src(name), q);
      return r.ok ? 'ok' : noticeText(r.reason, 'da');
    };
    expect(why('Case 01 - Leder.txt', 'Dette står der ikke')).toBe('citatet findes ikke i kilden');
    expect(why('Case 14 - Leder.txt', 'Det er det samme.')).toMatch(
      /^citatet forekommer 2 gange i kilden \(ved tegn \d+, \d+\)/,
    );
    expect(why('Case 01 - Leder.txt', 'Vi sagde ja (…) noget andet')).toMatch(
      /^delen "noget andet" efter \(…\) findes ikke efter "vi sagde ja"/,
    );
    expect(why('Case 01 - Leder.txt', 'Noget andet (…) et påbud')).toMatch(/^begyndelsen "noget andet" findes ikke/);
    expect(why('Case 01 - Leder.txt', ' (…) ')).toBe('citatet er tomt');
  });
});

describe('coding sheet through the service', () => {
  let svc: Service, dir: string;
  beforeAll(async () => {
    ({ svc, dir } = await buildProject());
  });
  afterAll(() => rmTmp(dir));

  const good: string[][] = [
    [S1, 'Vi sagde ja, fordi vi gerne ville have hjælp (…) et påbud.', 'C', '#7', 'supports', 'gap', 'bar'],
    [
      S14,
      'I en kommune går beskeden gennem tre led,\nfør den når ud til os på stuerne.',
      'kontekst',
      '#15; #14',
      'nuancerer',
      'linebreak',
      '',
    ],
    [S3, 'Hun sagde "det er fint", og så gik hun.', 'O', '11', '', 'quotes', 'bar'],
    [S3, 'Den tilsynsførende var god til at lytte', 'M', '#9a', 'supports', 'hyphen', 'bar'],
    [S3, 'Kontrolbesøget var [helt] bare en formalitet', 'O', '#11', 'refutes', 'bracket', 'bar'],
  ];
  const bad: [string[], RegExp][] = [
    [
      [S1, 'Dette citat findes slet ikke.', 'M', '#5', '', 'missing', ''],
      /citatet findes ikke i kilden \("Case 01 - Leder"\)/,
    ],
    [[S14, 'Det er det samme.', 'M', '#5', '', 'twice', ''], /citatet forekommer 2 gange/],
    [
      [S1, 'Vi sagde ja (…) noget helt andet', 'M', '#5', '', 'gap', ''],
      /delen "noget helt andet" efter \(…\) findes ikke/,
    ],
    [['Case 99 - Ingen', 'Vi sagde ja', 'M', '#5', '', '', ''], /ukendt kilde "Case 99 - Ingen"/],
    [[S1, 'Vi sagde ja', 'X', '#5', '', '', ''], /ukendt type "X"/],
    [[S1, 'Vi sagde ja', '', '#5', '', '', ''], /typen \(C\/M\/O\) mangler/],
    [[S1, 'Vi sagde ja', 'M', '#99', '', '', ''], /ukendt programteoripunkt "#99"/],
    [[S1, 'Vi sagde ja', 'M', '', '', '', ''], /programteoripunkt mangler/],
    [[S1, 'Vi sagde ja', 'M', '#5', 'måske', '', ''], /ukendt vurdering "måske"/],
    [[S1, '', 'M', '#5', '', '', ''], /citatet er tomt/],
    [['', 'Vi sagde ja', 'M', '#5', '', '', ''], /kilden er ikke angivet/],
  ];

  it('previews every row: placed, or its number (header = 1, a two-line quote is one row) and why', async () => {
    const csv = sheetOf([...good, ...bad.map(([r]) => r)]);
    const plan = await svc.call('codeSheet.preview', { fileName: 'ark.csv', dataBase64: b64(csv) });
    expect(plan.ok).toBe(good.length);
    expect(plan.failed.map((f) => f.row)).toEqual(bad.map((_, i) => good.length + 2 + i));
    bad.forEach(([, re], i) => expect(noticeText(plan.failed[i]!.reason, 'da')).toMatch(re));
    // each reason is a code and its data, worded in English with no Danish left
    expect(plan.failed.map((f) => f.reason.code)).toEqual([
      ...['sheetNotPlaced', 'sheetNotPlaced', 'sheetNotPlaced', 'sheetUnknownSource', 'sheetUnknownKind'],
      ...['sheetNoKind', 'sheetUnknownPt', 'sheetNoPt', 'sheetUnknownVerdict', 'sheetEmptyQuote', 'sheetNoSource'],
    ]);
    const english = plan.failed.map((f) => noticeText(f.reason, 'en'));
    expect(english.slice(0, 4)).toEqual([
      'the quote is not in the source ("Case 01 - Leder")',
      expect.stringMatching(/^the quote occurs 2 times in the source \(at characters \d+, \d+\) — make it longer/),
      expect.stringMatching(/^the part "noget helt andet" after \(…\) is not found after "vi sagde ja"/),
      'unknown source "Case 99 - Ingen"',
    ]);
    for (const w of english)
      expect(w).not.toMatch(/\b(findes|ikke|kilden?|citatet|ukendt|mangler|typen|vurdering|angivet|tomt)\b/);
    const hyphen = plan.rows.find((r) => r.memo === 'hyphen')!;
    expect(hyphen).toMatchObject({
      status: 'ok',
      located: 'Den tilsyns- førende var god til at lytte',
      pt: ['#9a'],
      kind: 'M',
    });
  });

  it('applies nothing when a row fails, all of it as one undo step with --partial', async () => {
    const n0 = (await svc.call('quotes.list', {})).length;
    const csv = sheetOf([...good, bad[0]![0]]);
    await expect(svc.call('codeSheet.apply', { fileName: 'ark.csv', dataBase64: b64(csv) })).rejects.toThrow(
      /række 7: citatet findes ikke/,
    );
    expect((await svc.call('quotes.list', {})).length).toBe(n0);
    const r = await svc.call('codeSheet.apply', { fileName: 'ark.csv', dataBase64: b64(csv), partial: true });
    expect(r).toMatchObject({ applied: 5, failed: [{ row: 7 }], skipped: [] });
    const all = await svc.call('quotes.list', {});
    expect(all.length).toBe(n0 + 5);
    const by = (memo: string) => all.find((q) => q.memo === memo)!;
    expect(by('gap')).toMatchObject({
      text: T.c1,
      kind: 'C',
      pt: ['#7'],
      verdict: 'supports',
      coder: 'bar',
      reportText: 'Vi sagde ja, fordi vi gerne ville have hjælp (…) et påbud.',
    });
    expect(by('linebreak')).toMatchObject({
      text: T.c14,
      kind: 'C',
      pt: ['#15', '#14'],
      verdict: 'refines',
      coder: 'tester',
    });
    expect(by('quotes')).toMatchObject({ kind: 'O', pt: ['#11'], verdict: 'unclear' });
    expect(by('bracket')).toMatchObject({
      text: 'Kontrolbesøget var egentlig bare en formalitet',
      reportText: 'Kontrolbesøget var [helt] bare en formalitet',
    });
    // a second run skips what is already coded
    const again = await svc.call('codeSheet.preview', { fileName: 'ark.csv', dataBase64: b64(csv) });
    expect(again.ok).toBe(0);
    expect(again.skipped.map((s) => s.row)).toEqual([2, 3, 4, 5, 6]);
    // one undo takes the whole sheet back
    await svc.call('history.undo', {});
    expect((await svc.call('quotes.list', {})).length).toBe(n0);
  });

  it('reads an XLSX sheet with Danish headings; row numbers are the sheet’s', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Citater');
    ws.addRow(['Kilde', 'Citat', 'Type', 'PT-punkt', 'Vurdering', 'Memo', 'Koder']);
    ws.addRow([S1, T.c1, 'M', 7, 'bekræfter', 'xlsx', '']);
    ws.addRow([]);
    ws.addRow([S1, 'findes ikke', 'M', '#7', '', '', '']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const plan = await svc.call('codeSheet.preview', { fileName: 'ark.xlsx', dataBase64: b64(buf) });
    expect(plan.ok).toBe(1);
    expect(plan.rows[0]).toMatchObject({ row: 2, pt: ['#7'], verdict: 'supports' });
    expect(plan.failed.map((f) => ({ row: f.row, reason: noticeText(f.reason, 'da') }))).toEqual([
      { row: 4, reason: expect.stringMatching(/citatet findes ikke/) },
    ]);
  });

  it('names the missing columns of a sheet it cannot use', async () => {
    await expect(
      svc.call('codeSheet.preview', { fileName: 'ark.csv', dataBase64: b64('kilde,tekst\nA,B\n') }),
    ).rejects.toThrow(/mangler kolonnen kind, pt/);
    await expect(svc.call('codeSheet.preview', { fileName: 'ark.pdf', dataBase64: b64('x') })).rejects.toThrow(
      /\.csv eller \.xlsx/,
    );
  });
});
