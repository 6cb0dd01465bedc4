/**
 * Framework matrices (as in NVivo): the researcher's summary of each matrix cell, kept in the
 * project by the matrix's dimensions and the cell's row and column ids, so one summary follows
 * its cell whatever the filter or measure. Pure: the service, the exports and the renderer use it.
 */
import type { Case, FrameworkSummary, Project } from './model';
import { findCase } from './lookup';
import { matrixGrid, type Matrix, type MatrixQuery } from './matrix';
import { say, wordsFor, type LogLang } from './logMessages';

export const summariesOf = (p: Project): FrameworkSummary[] => p.frameworkSummaries ?? [];

export interface CellRef {
  rows: string;
  cols: string;
  rowId: string;
  colId: string;
}

const sameCell = (s: CellRef, c: CellRef) =>
  s.rows === c.rows && s.cols === c.cols && s.rowId === c.rowId && s.colId === c.colId;

/** The summaries written for a matrix of these dimensions. */
export function summariesFor(p: Project, rows: string, cols: string): FrameworkSummary[] {
  return summariesOf(p).filter((s) => s.rows === rows && s.cols === cols);
}

/**
 * Sets (or, with empty text, clears) one cell's summary. Returns the project unchanged (same
 * reference) when nothing changes, and the summary now kept (null when cleared).
 */
export function setSummary(
  p: Project,
  cell: CellRef & { text: string },
  newId: () => string,
  now: string,
): { project: Project; summary: FrameworkSummary | null; changed: boolean } {
  const text = cell.text.trimEnd(); // not /\s+$/u: quadratic on a long blank run
  const list = summariesOf(p);
  const at = list.findIndex((s) => sameCell(s, cell));
  if (!text.trim()) {
    if (at < 0) return { project: p, summary: null, changed: false };
    return { project: { ...p, frameworkSummaries: list.filter((_, i) => i !== at) }, summary: null, changed: true };
  }
  if (at >= 0) {
    const old = list[at]!;
    if (old.text === text) return { project: p, summary: old, changed: false };
    const summary = { ...old, text, updatedAt: now };
    const next = list.slice();
    next[at] = summary;
    return { project: { ...p, frameworkSummaries: next }, summary, changed: true };
  }
  const summary: FrameworkSummary = {
    id: newId(),
    rows: cell.rows,
    cols: cell.cols,
    rowId: cell.rowId,
    colId: cell.colId,
    text,
    updatedAt: now,
  };
  return { project: { ...p, frameworkSummaries: [...list, summary] }, summary, changed: true };
}

/** The summaries laid over a computed matrix: `grid[row][col]` is the text or ''. */
export function summaryGrid(m: Pick<Matrix, 'rows' | 'cols'>, summaries: readonly FrameworkSummary[]): string[][] {
  // no summary: no key per cell to build and look up
  if (!summaries.length) return m.rows.map(() => m.cols.map(() => ''));
  const byCell = new Map(summaries.map((s) => [`${s.rowId}\u0000${s.colId}`, s.text]));
  return m.rows.map((r) => m.cols.map((c) => byCell.get(`${r.id}\u0000${c.id}`) ?? ''));
}

/**
 * Summaries whose row or column is not in the matrix as computed (a case renamed away, an
 * attribute value no longer used): kept in the project, listed in exports so nothing is lost.
 */
export function orphanSummaries(
  m: Pick<Matrix, 'rows' | 'cols'>,
  summaries: readonly FrameworkSummary[],
): FrameworkSummary[] {
  const rows = new Set(m.rows.map((r) => r.id)),
    cols = new Set(m.cols.map((c) => c.id));
  return summaries.filter((s) => !rows.has(s.rowId) || !cols.has(s.colId));
}

/**
 * Cases whose attributes have all the given values (`{ sektor: ['Offentlig'] }`); null when no attribute is asked for.
 */
export function casesWithAttributes(
  cases: readonly { id: string; attributes: Record<string, string> }[],
  attrs: Record<string, string | string[]> | undefined,
): string[] | null {
  const wanted = Object.entries(attrs ?? {})
    .map(([k, v]) => [k, new Set(Array.isArray(v) ? v : [v])] as const)
    .filter(([, v]) => v.size > 0);
  if (!wanted.length) return null;
  return cases.filter((c) => wanted.every(([k, v]) => v.has(c.attributes[k] ?? ''))).map((c) => c.id);
}

/**
 * The case filter a matrix query ends up with once attribute values are applied: the cases
 * that have the values, within any cases already asked for. `empty` when no case is left.
 */
export function withAttributeFilter(
  project: Pick<Project, 'cases'>,
  q: MatrixQuery,
  attrs: Record<string, string | string[]> | undefined,
): { query: MatrixQuery; empty: boolean } {
  const byAttr = casesWithAttributes(project.cases, attrs);
  if (!byAttr) return { query: q, empty: false };
  const asked = q.cases?.length ? new Set(q.cases) : null;
  const cases = asked ? byAttr.filter((id) => asked.has(id)) : byAttr;
  return { query: { ...q, cases }, empty: cases.length === 0 };
}

/**
 * Rows of a case matrix limited to the cases the filter keeps (a filtered-out case is not an
 * empty row, it is not asked about); other dimensions keep all their rows in template order.
 */
export function keepFilteredRows(m: Pick<Matrix, 'rows'>, q: MatrixQuery, cases: readonly Case[]): number[] {
  if ((q.rows ?? 'case') !== 'case' || !q.cases?.length) return m.rows.map((_, i) => i);
  // the filter may name cases by id, label or number (`case-03`, `Case 3`, `3`), as the matrix engine accepts
  const keep = new Set(q.cases.map((ref) => findCase({ cases } as unknown as Project, ref)?.id ?? ref));
  return m.rows.flatMap((r, i) => (keep.has(r.id) ? [i] : []));
}

/** Only the kept rows of a matrix. */
export function pickRows(m: Matrix, rows: readonly number[]): Matrix {
  if (rows.length === m.rows.length) return m;
  // the rows left out hold nothing a case filter kept, so the column totals stand; the row totals follow the rows
  const totals = m.totals && { ...m.totals, rows: rows.map((i) => m.totals!.rows[i]!) };
  return {
    ...m,
    rows: rows.map((i) => m.rows[i]!),
    cells: rows.map((i) => m.cells[i]!),
    segmentIds: rows.map((i) => m.segmentIds[i]!),
    ...(totals ? { totals } : {}),
  };
}

const csvEscape = (s: string) => (/[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The matrix as CSV, followed (after an empty line) by the cell summaries as a list, one row
 * per summary: row, column, summary. Without summaries, just the matrix.
 */
export function matrixWithSummariesCsv(
  m: Matrix,
  summaries: readonly FrameworkSummary[],
  lang: LogLang = 'da',
): string {
  const heading = (key: 'matrixRowHeading' | 'matrixColHeading' | 'matrixSummaryHeading') => wordsFor(say(key), lang);
  const headings = {
    row: heading('matrixRowHeading'),
    col: heading('matrixColHeading'),
    summary: heading('matrixSummaryHeading'),
  };
  const lines = matrixGrid(m, lang).map((row) =>
    row.map((v) => (typeof v === 'number' ? String(v) : csvEscape(v))).join(','),
  );
  const rowLabel = new Map(m.rows.map((r) => [r.id, r.label])),
    colLabel = new Map(m.cols.map((c) => [c.id, c.label]));
  const rowAt = new Map(m.rows.map((r, i) => [r.id, i])),
    colAt = new Map(m.cols.map((c, i) => [c.id, i]));
  const shown = summaries
    .filter((s) => s.text.trim())
    .slice()
    .sort(
      (a, b) =>
        (rowAt.get(a.rowId) ?? 1e9) - (rowAt.get(b.rowId) ?? 1e9) ||
        (colAt.get(a.colId) ?? 1e9) - (colAt.get(b.colId) ?? 1e9),
    );
  if (shown.length) {
    lines.push('', [headings.row, headings.col, headings.summary].map(csvEscape).join(','));
    for (const s of shown)
      lines.push([rowLabel.get(s.rowId) ?? s.rowId, colLabel.get(s.colId) ?? s.colId, s.text].map(csvEscape).join(','));
  }
  return lines.join('\n') + '\n';
}
