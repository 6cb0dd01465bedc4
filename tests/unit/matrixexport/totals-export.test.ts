import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../../src/service/service';
import { rmTmp } from '../helpers';
import { buildProject, fromB64 } from '../quotes/setup';

/** the text of each table cell, row by row */
async function docxTable(b64: string): Promise<string[][]> {
  const xml = await (await JSZip.loadAsync(fromB64(b64))).file('word/document.xml')!.async('string');
  const rows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((r) =>
    [...r[1]!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => c[1]!.replace(/<[^>]+>/g, '')),
  );
  return rows;
}

describe('matrix totals in every export', () => {
  let svc: Service, dir: string;
  beforeAll(async () => {
    ({ svc, dir } = await buildProject());
  });
  afterAll(() => rmTmp(dir));

  it('Word: a real table with a heading row, the project name above, totals row and column', async () => {
    const m = await svc.call('matrix.compute', { rows: 'case', cols: 'kind' });
    const f = await svc.call('matrix.export', { query: { rows: 'case', cols: 'kind' }, format: 'docx' });
    expect(f.fileName).toBe('matrix-case-kind.docx');
    const t = await docxTable(f.dataBase64);
    expect(t[0]).toEqual(['', 'Kontekst', 'Mekanisme', 'Outcome', 'I alt']);
    expect(t).toHaveLength(m.rows.length + 2);
    expect(t.at(-1)).toEqual(['I alt', ...m.totals!.cols.map((v) => (v ? String(v) : '–')), String(m.totals!.all)]);
    const r3 = m.rows.findIndex((r) => r.label === 'Case 3');
    expect(t[r3 + 1]![4]).toBe(String(m.totals!.rows[r3]));
    const xml = await (await JSZip.loadAsync(fromB64(f.dataBase64))).file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*?<w:t[^>]*>[^<]+<\/w:t>/s);
  });

  it('Excel: an "I alt" column and row on each measure sheet, sources counted once per row', async () => {
    const m = await svc.call('matrix.compute', { rows: 'role', cols: 'pt', measure: 'sources' });
    const f = await svc.call('matrix.export', {
      query: { rows: 'role', cols: 'pt', measure: 'sources' },
      format: 'xlsx',
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fromB64(f.dataBase64) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    let head = 0,
      totalCol = 0;
    ws.eachRow((row, n) =>
      row.eachCell((c, col) => {
        if (c.value === 'I alt' && !head) {
          head = n;
          totalCol = col;
        }
      }),
    );
    expect(head).toBeGreaterThan(0);
    const leader = m.rows.findIndex((r) => r.label === 'Leder');
    expect(ws.getRow(head + 1 + leader).getCell(totalCol).value).toBe(m.totals!.rows[leader]);
    // two Leder sources: the row total is 2 however many PT columns they reach
    expect(m.totals!.rows[leader]).toBe(2);
    expect(m.cells[leader]!.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
    expect(ws.getRow(head + 1 + m.rows.length).getCell(1).value).toBe('I alt');
    expect(ws.getRow(head + 1 + m.rows.length).getCell(totalCol).value).toBe(m.totals!.all);
  });

  it('CSV: totals last, and a case filter keeps the totals of the rows it keeps', async () => {
    const f = await svc.call('matrix.export', { query: { rows: 'case', cols: 'kind', cases: ['3'] }, format: 'csv' });
    const lines = Buffer.from(f.dataBase64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\n');
    const m = await svc.call('matrix.compute', { rows: 'case', cols: 'kind', cases: ['3'] });
    const r3 = m.rows.findIndex((r) => r.label === 'Case 3');
    expect(lines).toEqual([
      ',Kontekst,Mekanisme,Outcome,I alt',
      `Case 3,${m.cells[r3]!.join(',')},${m.totals!.rows[r3]}`,
      `I alt,${m.totals!.cols.join(',')},${m.totals!.all}`,
    ]);
  });
});
