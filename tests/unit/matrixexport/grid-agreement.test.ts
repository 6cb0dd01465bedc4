/**
 * The matrix is one query: what the window draws (matrix.compute with the view's settings) and
 * what each export writes (CSV, XLSX with every measure and the framework summaries, Word) agree
 * cell by cell — labels, counts, "I alt" totals — on the NFA sample project.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleProject } from '../../../samples/sample-project';
import { openService, type Service } from '../../../src/service/service';
import type { MatrixGrid } from '../../../src/cmo/matrixGrid';
import { MEASURES } from '../../../src/cmo/matrix';
import { attrsOf, baseQuery, gridQuery, type MatrixSettings } from '../../../renderer/src/matrix/MatrixControls';
import { makeTmp, rmTmp } from '../helpers';

const b64 = (s: string) => Buffer.from(s, 'base64');

/** RFC 4180 fields of one CSV line (the labels may be quoted) */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (at <= line.length) {
    if (line[at] === '"') {
      let v = '';
      at++;
      while (at < line.length) {
        if (line[at] === '"' && line[at + 1] === '"') ((v += '"'), (at += 2));
        else if (line[at] === '"') break;
        else v += line[at++];
      }
      out.push(v);
      at += 2;
    } else {
      const end = line.indexOf(',', at);
      out.push(line.slice(at, end < 0 ? line.length : end));
      at = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return out;
}

/** the grid as the table every export lays out: heading row, rows with their totals, the totals row */
function expected(g: MatrixGrid, zero: (v: number) => string = String): string[][] {
  const t = g.totals!;
  return [
    ['', ...g.cols.map((c) => c.label), 'I alt'],
    ...g.rows.map((r, i) => [r.label, ...g.cells[i]!.map(zero), zero(t.rows[i]!)]),
    ['I alt', ...t.cols.map(zero), zero(t.all)],
  ];
}

async function docxTable(data: string): Promise<string[][]> {
  const xml = await (await JSZip.loadAsync(b64(data))).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((r) =>
    [...r[1]!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => c[1]!.replace(/<[^>]+>/g, '')),
  );
}

const settings = (s: Partial<MatrixSettings>): MatrixSettings => ({
  rows: 'case',
  cols: 'pt',
  measure: 'segments',
  kinds: ['C', 'M', 'O'],
  ...s,
});

const CASES: [string, MatrixSettings][] = [
  ['cases × PT points', settings({})],
  ['roles × PT point and kind, counting sources', settings({ rows: 'role', cols: 'pt-kind', measure: 'sources' })],
  ['public cases only (an attribute filter), by kind', settings({ cols: 'kind', attr: 'sektor=Offentlig' })],
  ['one case, outcomes only, by verdict', settings({ cols: 'verdict', caseId: 'case-03', kinds: ['O'] })],
];

describe('the view and every export read the one matrix query (NFA sample)', () => {
  let dir: string, svc: Service;
  beforeAll(async () => {
    dir = makeTmp('cmo-grid-');
    const file = await buildSampleProject(path.join(dir, 'sample.cmo.json'));
    svc = await openService(file, { user: 'tester' });
    const m = await svc.call('matrix.compute', { rows: 'case', cols: 'pt' });
    const r = m.cells.findIndex((row) => row.some((v) => v > 0));
    const c = m.cells[r]!.findIndex((v) => v > 0);
    const at = { rows: 'case', cols: 'pt', rowId: m.rows[r]!.id, colId: m.cols[c]!.id };
    await svc.call('framework.set', { ...at, text: 'Ledelsen, "ejerskab", gennem hele forløbet' });
    await svc.call('framework.set', { rows: 'case', cols: 'pt', rowId: 'case-20', colId: '#1', text: 'Kort' });
  }, 120_000);
  afterAll(async () => {
    svc?.close();
    rmTmp(dir);
  });

  it.each(CASES)('%s', async (_name, s) => {
    const grid = await svc.call('matrix.compute', gridQuery(s));
    expect(grid.empty).toBe(false);
    expect(grid.totals!.all).toBeGreaterThan(0);
    const attrs = attrsOf(s);
    const asked = { query: baseQuery(s), ...(attrs ? { attrs } : {}) };

    const csv = await svc.call('matrix.export', { ...asked, format: 'csv' });
    const lines = b64(csv.dataBase64)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\n');
    const table = lines.slice(0, lines.indexOf('')).map(csvFields);
    expect(table).toEqual(expected(grid));
    // the summaries listed after the matrix are the grid's, each at its cell's labels
    const listed = lines.slice(lines.indexOf('') + 2, -1).map(csvFields);
    expect(listed).toHaveLength(grid.summaryList.length);
    for (const [row, col, text] of listed) {
      const i = grid.rows.findIndex((r) => r.label === row),
        j = grid.cols.findIndex((c) => c.label === col);
      if (i >= 0 && j >= 0) expect(grid.summaries[i]![j]).toBe(text);
      else expect(grid.orphans.map((o) => o.text)).toContain(text);
    }

    const docx = await svc.call('matrix.export', { ...asked, format: 'docx' });
    expect(await docxTable(docx.dataBase64)).toEqual(expected(grid, (v) => (v === 0 ? '–' : String(v))));

    const xlsx = await svc.call('matrix.export', { ...asked, format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(b64(xlsx.dataBase64) as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(MEASURES.length + 1);
    for (const [k, measure] of [s.measure, ...MEASURES.filter((x) => x !== s.measure)].entries()) {
      const g = await svc.call('matrix.compute', { ...gridQuery(s), measure });
      const ws = wb.worksheets[k]!;
      // the filter line on top, the same as the window's query gives
      expect(g.filterLine.map((l, i) => ws.getCell(i + 2, 1).value)).toEqual(g.filterLine);
      const head = g.filterLine.length + 3;
      const sheet = expected(g).map((row, i) =>
        row.map((_, j) => {
          const v = ws.getRow(head + i).getCell(j + 1).value;
          return v === null ? '' : String(v);
        }),
      );
      expect(sheet).toEqual(expected(g).map((row) => row.map(String)));
    }
    const sums = wb.getWorksheet('Sammenfatninger')!;
    // the title, the dimensions, the count of summaries, a gap and the heading row come first
    const first = 1 + grid.filterLine.filter((l) => !l.startsWith('Filter')).length + 1 + 3;
    const seg = await svc.call('matrix.compute', { ...gridQuery(s), measure: 'segments' });
    seg.summaries.forEach((row, i) =>
      row.forEach((text, j) => expect(sums.getRow(first + i).getCell(j + 2).value ?? '').toBe(text)),
    );
  });

  it('a summary is on its cell in the grid the view draws', async () => {
    const grid = await svc.call('matrix.compute', gridQuery(settings({})));
    expect(grid.summaries.flat().filter(Boolean)).toEqual(
      expect.arrayContaining(['Ledelsen, "ejerskab", gennem hele forløbet', 'Kort']),
    );
    expect(grid.orphans).toEqual([]);
  });

  it('a filter nobody passes is an empty grid, and the exports refuse it', async () => {
    const s = settings({ attr: 'sektor=Ingen' });
    const grid = await svc.call('matrix.compute', gridQuery(s));
    expect(grid).toMatchObject({ empty: true, rows: [], cells: [] });
    await expect(
      svc.call('matrix.export', { query: baseQuery(s), attrs: attrsOf(s)!, format: 'csv' }),
    ).rejects.toThrow();
  });
});
