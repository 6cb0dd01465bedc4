/** Framework-matrix summaries (set/clear one cell, undoable), the matrix export with them, and the coders a matrix can filter on. */
import { DomainError } from '../../cmo/errors';
import {
  keepFilteredRows,
  matrixWithSummariesCsv,
  pickRows,
  setSummary,
  summariesFor,
  withAttributeFilter,
} from '../../cmo/framework';
import { computeMatrix } from '../../cmo/matrix';
import type { Project } from '../../cmo/model';
import { MEASURE_LABEL, describeQuery, matrixToXlsx } from '../../export/matrixXlsx';
import { matrixToDocx } from '../../export/matrixDocx';
import type { ExportFile, ParsedParams } from '../../api/contract';
import type { Mutation } from '../types';
import { say } from '../../cmo/logMessages';

export const setFrameworkSummaryCmd: Mutation<'framework.set'> = (project, p, ctx) => {
  // the cell must exist in the matrix of these dimensions (a typo would otherwise keep a summary nobody sees)
  const m = computeMatrix(project, { rows: p.rows, cols: p.cols, measure: 'segments' });
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

/** `Privat/offentlig: Offentlig` for the filter line of an export. */
function describeAttrs(p: Project, attrs: Record<string, string | string[]> | undefined): string[] {
  return Object.entries(attrs ?? {}).map(
    ([k, v]) => `${p.attributeDefs.find((a) => a.id === k)?.label ?? k}: ${(Array.isArray(v) ? v : [v]).join(', ')}`,
  );
}

/** The matrix as CSV, XLSX or Word (a table with totals), attribute filters applied, filtered-out cases left out, with the cell summaries. */
export async function exportMatrix(
  p: Project,
  { query, format, attrs }: ParsedParams<'matrix.export'>,
): Promise<ExportFile> {
  const { query: q, empty } = withAttributeFilter(p, query, attrs);
  if (empty) throw new DomainError(say('errMatrixEmpty'));
  const base = `matrix-${q.rows ?? 'case'}-${q.cols ?? 'pt'}`.replace(/[^\w.-]+/g, '_');
  const summaries = summariesFor(p, q.rows ?? 'case', q.cols ?? 'pt');
  if (format === 'csv') {
    const full = computeMatrix(p, q);
    const m = pickRows(full, keepFilteredRows(full, q, p.cases));
    return {
      fileName: `${base}.csv`,
      mime: 'text/csv',
      dataBase64: Buffer.from('\uFEFF' + matrixWithSummariesCsv(m, summaries), 'utf8').toString('base64'),
    };
  }
  if (format === 'docx') {
    const full = computeMatrix(p, q);
    const m = pickRows(full, keepFilteredRows(full, q, p.cases));
    const buf = await matrixToDocx(
      p,
      m,
      MEASURE_LABEL[m.measure as keyof typeof MEASURE_LABEL] ?? m.measure,
      describeQuery(query, describeAttrs(p, attrs)),
    );
    return {
      fileName: `${base}.docx`,
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      dataBase64: buf.toString('base64'),
    };
  }
  const buf = await matrixToXlsx(p, q, { summaries, extraFilters: describeAttrs(p, attrs), asked: query });
  return {
    fileName: `${base}.xlsx`,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    dataBase64: buf.toString('base64'),
  };
}
