import ExcelJS from 'exceljs';
import { type Matrix, type MatrixTotals } from '../cmo/matrix';
import { measureLabel, type MatrixGrid } from '../cmo/matrixGrid';
import { say, wordsFor, type LogLang, type LogParam, type MessageKey } from '../cmo/logMessages';
import type { Project } from '../cmo/model';

/**
 * The matrix as an Excel workbook: one sheet per measure's grid (the asked-for measure first), the
 * filter line on top, row and column headings frozen, zero cells left blank-looking; then the
 * framework summaries laid over the segments grid.
 */
export async function matrixToXlsx(
  project: Project,
  grids: readonly MatrixGrid[],
  lang: LogLang = 'da',
): Promise<Buffer> {
  const w = (key: MessageKey, params?: Record<string, LogParam>) => wordsFor(say(key, params), lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CMO Workbench';
  wb.created = new Date();
  for (const m of grids) {
    const label = measureLabel(m.measure, lang);
    const ws = wb.addWorksheet(label);
    sheetFrame(
      ws,
      [`${project.name} — ${label}`, ...m.filterLine],
      m,
      (i, j) => {
        const v = m.cells[i]![j]!;
        return { value: v, style: v === 0 ? { font: { color: { argb: 'FF767676' } } } : {} };
      },
      () => null,
      w('matrixTotal'),
      m.totals,
    );
  }
  const segments = grids.find((g) => g.measure === 'segments');
  if (segments) summarySheet(wb, project, segments, w);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type CellStyle = Partial<Pick<ExcelJS.Cell, 'font' | 'alignment'>>;

/**
 * One matrix sheet: the info lines on top (the first as a title), the column headings, the row
 * headings, the cells `fill` gives (null leaves a cell empty), widths, and headings frozen.
 * `width(j)` may fix a column's width; otherwise it fits the heading. Returns the heading row.
 */
function sheetFrame(
  ws: ExcelJS.Worksheet,
  info: string[],
  m: Matrix,
  fill: (i: number, j: number) => { value: string | number; style: CellStyle } | null,
  width: (j: number) => number | null,
  total: string,
  totals?: MatrixTotals,
) {
  info.forEach((line, i) => {
    ws.getCell(i + 1, 1).value = line;
    if (i === 0) ws.getCell(1, 1).font = { bold: true, size: 13 };
  });
  const head = info.length + 2;
  const header = ws.getRow(head);
  m.cols.forEach((c, j) => {
    header.getCell(j + 2).value = c.label;
  });
  header.font = { bold: true };
  header.alignment = { horizontal: 'center' };
  m.rows.forEach((r, i) => {
    const row = ws.getRow(head + 1 + i);
    row.getCell(1).value = r.label;
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { vertical: 'top' };
    m.cols.forEach((_, j) => {
      const f = fill(i, j);
      if (!f) return;
      const cell = row.getCell(j + 2);
      cell.value = f.value;
      Object.assign(cell, f.style);
    });
  });
  if (totals) {
    // the totals (distinct counts in the measure, see cmo/matrix.ts): a column after the last, a row after the rows
    const tc = m.cols.length + 2;
    header.getCell(tc).value = total;
    m.rows.forEach((_, i) => {
      const c = ws.getRow(head + 1 + i).getCell(tc);
      c.value = totals.rows[i]!;
      c.font = { bold: true };
    });
    const tr = ws.getRow(head + 1 + m.rows.length);
    tr.getCell(1).value = total;
    totals.cols.forEach((v, j) => {
      tr.getCell(j + 2).value = v;
    });
    tr.getCell(tc).value = totals.all;
    tr.font = { bold: true };
    ws.getColumn(tc).width = 8;
  }
  ws.getColumn(1).width = Math.max(12, ...m.rows.map((r) => r.label.length + 2));
  for (let j = 0; j < m.cols.length; j++)
    ws.getColumn(j + 2).width = width(j) ?? Math.max(6, m.cols[j]!.label.length + 2);
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: head }];
  return head;
}

/**
 * The framework matrix: the same rows and columns, each cell the researcher's summary (wrapped
 * text, wide columns), then any summary whose row or column is no longer in the matrix.
 */
function summarySheet(
  wb: ExcelJS.Workbook,
  project: Project,
  m: MatrixGrid,
  w: (key: MessageKey, params?: Record<string, LogParam>) => string,
) {
  const grid = m.summaries;
  const summaries = m.summaryList;
  const ws = wb.addWorksheet(w('matrixSummariesSheet'));
  const info = [
    w('matrixSummariesTitle', { project: project.name }),
    // the dimensions, not the filter line (always the last: describeQuery)
    ...m.filterLine.slice(0, -1),
    summaries.length ? w('matrixSummaryCount', { count: summaries.length }) : w('matrixNoSummaries'),
  ];
  const head = sheetFrame(
    ws,
    info,
    m,
    (i, j) => {
      const text = grid[i]![j];
      return text ? { value: text, style: { alignment: { wrapText: true, vertical: 'top' } } } : null;
    },
    (j) => (grid.some((r) => r[j]) ? 40 : null),
    w('matrixTotal'),
  );
  const orphans = m.orphans;
  if (orphans.length) {
    let at = head + m.rows.length + 2;
    ws.getCell(at++, 1).value = w('matrixOrphans');
    // a filtered-out case, a role… by its name where the project still has it
    const names = new Map<string, string>(
      [...project.cases, ...project.roles, ...project.participants].map((e) => [e.id, e.label]),
    );
    for (const src of project.sources) names.set(src.id, src.name);
    for (const s of orphans) {
      const row = ws.getRow(at++);
      row.getCell(1).value = names.get(s.rowId) ?? s.rowId;
      row.getCell(2).value = s.colId;
      row.getCell(3).value = s.text;
      row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    }
  }
}
