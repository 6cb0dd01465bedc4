import ExcelJS from 'exceljs';
import { MEASURES, computeMatrix, type MatrixQuery } from '../cmo/matrix';
import type { Project } from '../cmo/model';

const MEASURE_LABEL: Record<(typeof MEASURES)[number], string> = {
  segments: 'Kodninger', sources: 'Kilder', participants: 'Deltagere', words: 'Ord kodet', cmoc: 'CMO-konfigurationer',
};

/** The query's filter settings in words, written above every sheet so a printout explains itself. */
export function describeQuery(q: MatrixQuery): string[] {
  const parts = [`Rækker: ${q.rows ?? 'case'}`, `Kolonner: ${q.cols ?? 'pt'}`];
  const f: [string, unknown[] | undefined][] = [['Type', q.kinds], ['Vurdering', q.verdicts], ['PT-punkter', q.pts], ['Cases', q.cases], ['Roller', q.roles], ['Kodere', q.coders]];
  const filters = f.filter(([, v]) => v?.length).map(([k, v]) => `${k}: ${v!.join(', ')}`);
  return [...parts, filters.length ? `Filter: ${filters.join('; ')}` : 'Filter: ingen'];
}

/**
 * The matrix as an Excel workbook: one sheet per measure (the asked-for measure first), the
 * filter settings on top, row and column headings frozen, zero cells left blank-looking.
 */
export async function matrixToXlsx(project: Project, q: MatrixQuery): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CMO Workbench';
  wb.created = new Date();
  const first = q.measure ?? 'segments';
  for (const measure of [first, ...MEASURES.filter((m) => m !== first)]) {
    const m = computeMatrix(project, { ...q, measure });
    const ws = wb.addWorksheet(MEASURE_LABEL[measure]);
    const info = [`${project.name} — ${MEASURE_LABEL[measure]}`, ...describeQuery({ ...q, measure })];
    info.forEach((line, i) => { ws.getCell(i + 1, 1).value = line; if (i === 0) ws.getCell(1, 1).font = { bold: true, size: 13 }; });
    const head = info.length + 2;
    const header = ws.getRow(head);
    header.getCell(1).value = '';
    m.cols.forEach((c, j) => { header.getCell(j + 2).value = c.label; });
    header.font = { bold: true };
    header.alignment = { horizontal: 'center' };
    m.rows.forEach((r, i) => {
      const row = ws.getRow(head + 1 + i);
      row.getCell(1).value = r.label;
      row.getCell(1).font = { bold: true };
      m.cells[i]!.forEach((v, j) => {
        const cell = row.getCell(j + 2);
        cell.value = v;
        if (v === 0) cell.font = { color: { argb: 'FFBBBBBB' } };
      });
    });
    ws.getColumn(1).width = Math.max(12, ...m.rows.map((r) => r.label.length + 2));
    for (let j = 0; j < m.cols.length; j++) ws.getColumn(j + 2).width = Math.max(6, m.cols[j]!.label.length + 2);
    ws.views = [{ state: 'frozen', xSplit: 1, ySplit: head }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
