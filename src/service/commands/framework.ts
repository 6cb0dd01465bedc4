/**
 * Framework-matrix summaries (set/clear one cell, undoable), the matrix export with them, and the
 * coders a matrix can filter on. Every matrix here is the one grid query's (cmo/matrixGrid.ts).
 */
import { DomainError } from '../../cmo/errors';
import { matrixWithSummariesCsv, setSummary } from '../../cmo/framework';
import { computeGrid, computeGridEveryMeasure, measureLabel } from '../../cmo/matrixGrid';
import type { Project } from '../../cmo/model';
import { matrixToXlsx } from '../../export/matrixXlsx';
import { matrixToDocx } from '../../export/matrixDocx';
import type { ExportFile, ParsedParams } from '../../api/contract';
import type { Mutation } from '../types';
import { say } from '../../cmo/logMessages';

export const setFrameworkSummaryCmd: Mutation<'framework.set'> = (project, p, ctx) => {
  // the cell must exist in the matrix of these dimensions (a typo would otherwise keep a summary nobody sees)
  const m = computeGrid(project, { rows: p.rows, cols: p.cols, measure: 'segments' });
  const row = m.rows.find((r) => r.id === p.rowId),
    col = m.cols.find((c) => c.id === p.colId);
  if (!row) throw new DomainError(say('errUnknownMatrixRow', { dimension: p.rows, id: p.rowId }));
  if (!col) throw new DomainError(say('errUnknownMatrixColumn', { dimension: p.cols, id: p.colId }));
  const { project: next, summary, changed } = setSummary(project, p, () => ctx.newId('fws'), ctx.now());
  if (!changed)
    return { project, result: { summary }, summary: say('summaryUnchanged', { row: row.label, col: col.label }) };
  return {
    project: next,
    result: { summary },
    summary: say(summary ? 'summarySet' : 'summaryRemoved', { row: row.label, col: col.label }),
  };
};

/** Distinct coders of the project's segments, sorted. */
export function codersOf(p: Project): string[] {
  return [...new Set(p.segments.map((s) => s.coder).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'da'));
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The matrix as CSV, XLSX or Word (a table with totals), attribute filters applied, filtered-out
 * cases left out, with the cell summaries: the grid the window shows, written to a file.
 */
export async function exportMatrix(
  p: Project,
  { query, format, attrs, sourceAttrs, lang: askedLang }: ParsedParams<'matrix.export'>,
): Promise<ExportFile> {
  // the headings in the asked language, else the project's (as the quote and memo exports)
  const lang = askedLang ?? p.language;
  const asked = { ...query, ...(attrs ? { attrs } : {}), ...(sourceAttrs ? { sourceAttrs } : {}), lang };
  const grid = computeGrid(p, asked);
  if (grid.empty) throw new DomainError(say('errMatrixEmpty'));
  const base = `matrix-${query.rows ?? 'case'}-${query.cols ?? 'pt'}`.replace(/[^\w.-]+/g, '_');
  if (format === 'csv') {
    const csv = '\uFEFF' + matrixWithSummariesCsv(grid, grid.summaryList, lang);
    return { fileName: `${base}.csv`, mime: 'text/csv', dataBase64: Buffer.from(csv, 'utf8').toString('base64') };
  }
  if (format === 'docx') {
    const buf = await matrixToDocx(p, grid, measureLabel(grid.measure, lang), lang);
    return { fileName: `${base}.docx`, mime: DOCX, dataBase64: buf.toString('base64') };
  }
  const buf = await matrixToXlsx(p, computeGridEveryMeasure(p, asked), lang);
  return { fileName: `${base}.xlsx`, mime: XLSX, dataBase64: buf.toString('base64') };
}
