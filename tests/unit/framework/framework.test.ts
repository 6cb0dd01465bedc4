/** Framework-matrix summaries: set/clear/undo, attribute filters, and the CSV/XLSX exports that carry them. */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  casesWithAttributes,
  keepFilteredRows,
  matrixWithSummariesCsv,
  orphanSummaries,
  pickRows,
  setSummary,
  summariesFor,
  summaryGrid,
  withAttributeFilter,
} from '../../../src/cmo/framework';
import { computeMatrix } from '../../../src/cmo/matrix';
import type { Project } from '../../../src/cmo/model';
import { openService, type Service } from '../../../src/service/service';
import { createProjectFile, openProjectFile } from '../../../src/store/projectFile';
import { fixture } from '../cmo/fixture';
import { NOW, makeTmp, rmTmp } from '../helpers';

const cell = (rowId: string, colId: string, text: string) => ({ rows: 'case', cols: 'pt', rowId, colId, text });
let n = 0;
const newId = () => `fws-${++n}`;

describe('setSummary', () => {
  it('adds, replaces, clears, and leaves the project untouched when nothing changes', () => {
    const p0 = fixture();
    const a = setSummary(p0, cell('case-03', '#4a', 'Leder og AMR: TF’s kompetence skaber tillid.  \n'), newId, NOW);
    expect(a.changed).toBe(true);
    expect(a.summary).toMatchObject({
      rows: 'case',
      cols: 'pt',
      rowId: 'case-03',
      colId: '#4a',
      text: 'Leder og AMR: TF’s kompetence skaber tillid.',
    });
    expect(a.project.frameworkSummaries).toHaveLength(1);
    expect(p0.frameworkSummaries ?? []).toHaveLength(0);

    const same = setSummary(
      a.project,
      cell('case-03', '#4a', 'Leder og AMR: TF’s kompetence skaber tillid.'),
      newId,
      NOW,
    );
    expect(same.changed).toBe(false);
    expect(same.project).toBe(a.project);

    const b = setSummary(a.project, cell('case-03', '#4a', 'Ny tekst'), newId, '2024-06-01T00:00:00.000Z');
    expect(b.project.frameworkSummaries).toEqual([
      { ...a.summary, text: 'Ny tekst', updatedAt: '2024-06-01T00:00:00.000Z' },
    ]);

    // another dimension pair is another cell, even with the same ids
    const c = setSummary(b.project, { ...cell('case-03', '#4a', 'Andet'), cols: 'pt-kind' }, newId, NOW);
    expect(c.project.frameworkSummaries).toHaveLength(2);
    expect(summariesFor(c.project, 'case', 'pt').map((s) => s.text)).toEqual(['Ny tekst']);

    const cleared = setSummary(c.project, cell('case-03', '#4a', '   '), newId, NOW);
    expect(cleared.summary).toBeNull();
    expect(summariesFor(cleared.project, 'case', 'pt')).toEqual([]);
    expect(cleared.project.frameworkSummaries).toHaveLength(1);
    expect(setSummary(cleared.project, cell('case-03', '#4a', ''), newId, NOW).changed).toBe(false);
  });

  it('lays summaries over the matrix and lists those outside it', () => {
    let p = fixture();
    p = setSummary(p, cell('case-03', '#4a', 'A'), newId, NOW).project;
    p = setSummary(p, cell('case-01', '#11', 'B'), newId, NOW).project;
    p = setSummary(p, cell('case-99', '#11', 'gammel'), newId, NOW).project;
    const m = computeMatrix(p, { rows: 'case', cols: 'pt' });
    const grid = summaryGrid(m, summariesFor(p, 'case', 'pt'));
    const r3 = m.rows.findIndex((r) => r.id === 'case-03'),
      r1 = m.rows.findIndex((r) => r.id === 'case-01');
    const c4a = m.cols.findIndex((c) => c.id === '#4a'),
      c11 = m.cols.findIndex((c) => c.id === '#11');
    expect(grid[r3]![c4a]).toBe('A');
    expect(grid[r1]![c11]).toBe('B');
    expect(grid.flat().filter(Boolean)).toHaveLength(2);
    expect(orphanSummaries(m, summariesFor(p, 'case', 'pt')).map((s) => s.text)).toEqual(['gammel']);
  });
});

describe('attribute filters', () => {
  it('turn attribute values into the cases that have them, within a case filter', () => {
    const p = fixture();
    const offentlig = casesWithAttributes(p.cases, { sektor: 'Offentlig' })!;
    expect(offentlig).toEqual(['case-03', 'case-07', 'case-08', 'case-10', 'case-14', 'case-15', 'case-16', 'case-20']);
    expect(casesWithAttributes(p.cases, { sektor: 'Offentlig', ansatte: ['10-34', '35-99'] })).toEqual([
      'case-03',
      'case-10',
    ]);
    expect(casesWithAttributes(p.cases, {})).toBeNull();
    expect(casesWithAttributes(p.cases, undefined)).toBeNull();
    expect(withAttributeFilter(p, { cases: ['case-01', 'case-03'] }, { sektor: 'Offentlig' })).toEqual({
      query: { cases: ['case-03'] },
      empty: false,
    });
    expect(withAttributeFilter(p, { cases: ['case-01'] }, { sektor: 'Offentlig' }).empty).toBe(true);
    expect(withAttributeFilter(p, { rows: 'role' }, undefined)).toEqual({ query: { rows: 'role' }, empty: false });
  });

  it('leave filtered-out cases out of a case matrix, by id, label or number; other rows stay', () => {
    const p = fixture();
    const q = { rows: 'case', cols: 'pt', cases: ['case-03', 'Case 1'] };
    const m = computeMatrix(p, q);
    expect(m.rows).toHaveLength(20);
    const kept = pickRows(m, keepFilteredRows(m, q, p.cases));
    expect(kept.rows.map((r) => r.id)).toEqual(['case-01', 'case-03']);
    const c4a = kept.cols.findIndex((c) => c.id === '#4a');
    expect(kept.cells.map((r) => r[c4a])).toEqual([1, 2]);
    expect(kept.segmentIds[1]![c4a]!.sort()).toEqual(['g1', 'g2']);
    const roles = computeMatrix(p, { rows: 'role', cols: 'pt', cases: ['3'] });
    expect(keepFilteredRows(roles, { rows: 'role', cases: ['3'] }, p.cases)).toHaveLength(roles.rows.length);
  });
});

describe('CSV with summaries', () => {
  it('writes the matrix, then one line per summary in row and column order, escaped', () => {
    const m = {
      rows: [
        { id: 'r1', label: 'Case 1' },
        { id: 'r2', label: 'Case 2' },
      ],
      cols: [
        { id: 'a', label: '#1' },
        { id: 'b', label: '#2' },
      ],
      cells: [
        [1, 0],
        [0, 2],
      ],
      segmentIds: [
        [[], []],
        [[], []],
      ],
      measure: 'segments',
    };
    const s = (rowId: string, colId: string, text: string) => ({
      id: `${rowId}${colId}`,
      rows: 'case',
      cols: 'pt',
      rowId,
      colId,
      text,
      updatedAt: NOW,
    });
    expect(matrixWithSummariesCsv(m, [])).toBe(',#1,#2\nCase 1,1,0\nCase 2,0,2\n');
    expect(matrixWithSummariesCsv(m, [s('r2', 'b', 'To "citater", én linje\nmere'), s('r1', 'b', 'Kort')])).toBe(
      ',#1,#2\nCase 1,1,0\nCase 2,0,2\n\nRække,Kolonne,Sammenfatning\nCase 1,#2,Kort\nCase 2,#2,"To ' +
        '""citater"", én linje\nmere"\n',
    );
  });
});

describe('service: framework.set, undo, exports', () => {
  let dir: string,
    file: string,
    svc: Service,
    t = 0;
  beforeEach(async () => {
    dir = makeTmp('cmo-fw-');
    file = path.join(dir, 'fw.cmo.json');
    await createProjectFile(file, fixture());
    svc = await openService(file, {
      user: 'tester',
      now: () => new Date(Date.UTC(2024, 4, 1, 10, 0, t++)).toISOString(),
    });
  });
  afterEach(() => rmTmp(dir));

  it('sets a summary as one undoable step, kept on disk; undo and redo restore it', async () => {
    const r = await svc.call('framework.set', {
      rows: 'case',
      cols: 'pt',
      rowId: 'case-03',
      colId: '#4a',
      text: 'TF’s kompetence',
    });
    expect(r.summary?.text).toBe('TF’s kompetence');
    expect((await svc.call('history.state', {})).undoLabel).toBe('Sammenfatning for Case 3 × #4a');
    const disk = async (): Promise<Project> => (await openProjectFile(file)).data;
    expect((await disk()).frameworkSummaries).toHaveLength(1);
    // the undo step records only the summary, as a keyed change
    const step = (await disk()).history.undo.at(-1)!;
    expect(step.changes).toEqual([expect.objectContaining({ c: 'frameworkSummaries', before: null })]);

    await svc.call('framework.set', { rows: 'case', cols: 'pt', rowId: 'case-03', colId: '#4a', text: '' });
    expect(await svc.call('framework.list', { rows: 'case', cols: 'pt' })).toEqual([]);
    await svc.call('history.undo', {});
    expect((await svc.call('framework.list', { rows: 'case', cols: 'pt' })).map((s) => s.text)).toEqual([
      'TF’s kompetence',
    ]);
    await svc.call('history.undo', {});
    expect(await svc.call('framework.list', { rows: 'case', cols: 'pt' })).toEqual([]);
    await svc.call('history.redo', {});
    expect((await disk()).frameworkSummaries?.map((s) => s.text)).toEqual(['TF’s kompetence']);
  });

  it('refuses a cell that is not in the matrix, and bad dimensions', async () => {
    await expect(
      svc.call('framework.set', { rows: 'case', cols: 'pt', rowId: 'case-99', colId: '#4a', text: 'x' }),
    ).rejects.toThrow(/Ukendt række/);
    await expect(
      svc.call('framework.set', { rows: 'case', cols: 'pt', rowId: 'case-03', colId: '#99', text: 'x' }),
    ).rejects.toThrow(/Ukendt kolonne/);
    await expect(
      svc.call('framework.set', { rows: 'sag', cols: 'pt', rowId: 'case-03', colId: '#4a', text: 'x' }),
    ).rejects.toThrow();
    expect(svc.project().frameworkSummaries ?? []).toEqual([]);
  });

  it('lists the coders', async () => {
    expect(await svc.call('matrix.coders', {})).toEqual(['anden', 'tester']);
  });

  it('XLSX with a Sammenfatninger sheet, the attribute filter written, filtered-out cases left out', async () => {
    await svc.call('framework.set', {
      rows: 'case',
      cols: 'pt',
      rowId: 'case-03',
      colId: '#4a',
      text: 'Tillid til TF',
    });
    await svc.call('framework.set', {
      rows: 'case',
      cols: 'pt',
      rowId: 'case-01',
      colId: '#11',
      text: 'Tid nok (privat)',
    });
    const f = await svc.call('matrix.export', {
      query: { rows: 'case', cols: 'pt' },
      format: 'xlsx',
      attrs: { sektor: 'Offentlig' },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(f.dataBase64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Kodninger',
      'Kilder',
      'Deltagere',
      'Ord kodet',
      'CMO-konfigurationer',
      'Sammenfatninger',
    ]);
    const texts = (ws: ExcelJS.Worksheet) => {
      const out: string[] = [];
      ws.eachRow((r) => r.eachCell((c) => out.push(String(c.value))));
      return out;
    };
    const counts = wb.getWorksheet('Kodninger')!;
    expect(texts(counts)).toContain('Filter: Privat/offentlig: Offentlig');
    const rowLabels = texts(counts).filter((v) => /^Case \d+$/.test(v));
    expect(rowLabels).toEqual(['Case 3', 'Case 7', 'Case 8', 'Case 10', 'Case 14', 'Case 15', 'Case 16', 'Case 20']);
    const sheet = wb.getWorksheet('Sammenfatninger')!;
    // the summary sits in the Case 3 row, under the #4a column
    let head = 0;
    sheet.eachRow((r, i) => {
      if (r.getCell(2).value === 'Overordnet' || String(r.getCell(2).value).startsWith('Overordnet')) head = i;
    });
    expect(head).toBeGreaterThan(0);
    const col = (sheet.getRow(head).values as unknown[]).indexOf('#4a');
    let found = false;
    sheet.eachRow((r) => {
      if (r.getCell(1).value === 'Case 3') {
        expect(r.getCell(col).value).toBe('Tillid til TF');
        found = true;
      }
    });
    expect(found).toBe(true);
    // the private case's summary is outside this filter: listed below, not lost
    expect(texts(sheet)).toContain('Tid nok (privat)');
    let orphanRow = '';
    sheet.eachRow((r) => {
      if (r.getCell(3).value === 'Tid nok (privat)')
        orphanRow = `${String(r.getCell(1).value)} × ${String(r.getCell(2).value)}`;
    });
    expect(orphanRow).toBe('Case 1 × #11');
  });

  it('exports CSV with the summaries after the matrix', async () => {
    await svc.call('framework.set', {
      rows: 'attr:sektor',
      cols: 'kind',
      rowId: 'Offentlig',
      colId: 'M',
      text: 'Mekanismer i offentlige cases',
    });
    const f = await svc.call('matrix.export', { query: { rows: 'attr:sektor', cols: 'kind' }, format: 'csv' });
    const csv = Buffer.from(f.dataBase64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    expect(csv).toBe(
      ',Kontekst,Mekanisme,Outcome,I alt\nPrivat,1,1,0,2\nOffentlig,1,1,1,3\n(ingen værdi),0,0,1,1\nI ' +
        'alt,2,2,2,6\n\nRække,Kolonne,Sammenfatning\nOffentlig,Mekanisme,Mekanismer i offentlige cases\n',
    );
  });

  it('refuses an export whose attribute filter leaves no case', async () => {
    await expect(
      svc.call('matrix.export', { query: { cases: ['case-01'] }, format: 'csv', attrs: { sektor: 'Offentlig' } }),
    ).rejects.toThrow(/Ingen cases/);
  });
});
