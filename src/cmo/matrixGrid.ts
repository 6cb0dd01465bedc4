/**
 * The matrix as one query: every filter in (the engine's, plus case attribute values), the
 * finished grid out — the rows the filter asks about, the cells with their counts and segment
 * ids, the row and column totals ("I alt"), each cell's framework summary, the summaries that
 * fall outside it, and the filter line the exports print — worded in the asked language, else the
 * project's (matrixMessages.ts). The window's matrix, its CSV, XLSX
 * and Word exports and the framework summaries all read this grid; nothing else assembles one.
 */
import { z } from 'zod';
import type { FrameworkSummary, Project } from './model';
import { MEASURES, MatrixQuery, computeMatrix, type Matrix } from './matrix';
import { say, wordsFor, type LogLang, type MessageKey } from './logMessages';
import { sourcesWithAttributes } from './sourceFilter';
import {
  keepFilteredRows,
  orphanSummaries,
  pickRows,
  summariesFor,
  summaryGrid,
  withAttributeFilter,
} from './framework';

/** Case attribute values (`{ sektor: 'Offentlig' }`): only cases with them. */
export const AttrFilter = z.record(
  z.string().trim().min(1).max(200),
  z.union([z.string().max(500), z.array(z.string().max(500))]),
);
export type AttrFilter = z.infer<typeof AttrFilter>;

export const GridQuery = MatrixQuery.extend({
  attrs: AttrFilter.optional(),
  /** source attribute values (`{ interviewform: 'Telefon' }`, by id or label): only the codings in those sources */
  sourceAttrs: AttrFilter.optional(),
  /** the headings' language (kinds, verdicts, totals, the filter line); the project's by default */
  lang: z.enum(['da', 'en']).optional(),
});
export type GridQuery = z.input<typeof GridQuery>;

export type Measure = (typeof MEASURES)[number];

export interface MatrixGrid extends Matrix {
  /** the engine's query as counted: attribute values applied as the cases that have them */
  query: MatrixQuery;
  /** no case has the asked attribute values: nothing is counted, rows and columns are empty */
  empty: boolean;
  /** rows of a case matrix left out because the case filter does not ask about them */
  hiddenRows: number;
  /** each cell's framework summary (`''` when none), row by row */
  summaries: string[][];
  /** the summaries for these dimensions whose row or column is not in the grid */
  orphans: FrameworkSummary[];
  /** every summary kept for these dimensions */
  summaryList: FrameworkSummary[];
  /** the dimensions and filters in words, as every export prints them above the matrix */
  filterLine: string[];
}

/** A measure's name (`Kodninger`), as a sheet or a heading says it. */
export const measureLabel = (measure: string, lang: LogLang): string =>
  wordsFor(say('matrixMeasure', { measure }), lang);

/**
 * The query's filter settings in words, written above every export so a printout explains itself;
 * the filter line is always the last.
 */
export function describeQuery(q: MatrixQuery, extraFilters: readonly string[] = [], lang: LogLang = 'da'): string[] {
  const w = (key: MessageKey, params?: Record<string, string>) => wordsFor(say(key, params), lang);
  const parts = [w('matrixRowsLine', { rows: q.rows ?? 'case' }), w('matrixColsLine', { cols: q.cols ?? 'pt' })];
  const f: [MessageKey, unknown[] | undefined][] = [
    ['matrixFilterKinds', q.kinds],
    ['matrixFilterVerdicts', q.verdicts],
    ['matrixFilterPts', q.pts],
    ['matrixFilterCases', q.cases],
    ['matrixFilterRoles', q.roles],
    ['matrixFilterCoders', q.coders],
  ];
  const filters = [...f.filter(([, v]) => v?.length).map(([k, v]) => w(k, { values: v!.join(', ') })), ...extraFilters];
  return [...parts, filters.length ? w('matrixFilterLine', { filters: filters.join('; ') }) : w('matrixNoFilter')];
}

/** `Privat/offentlig: Offentlig` for the filter line. */
function describeAttrs(p: Project, attrs: AttrFilter | undefined): string[] {
  return Object.entries(attrs ?? {}).map(
    ([k, v]) => `${p.attributeDefs.find((a) => a.id === k)?.label ?? k}: ${(Array.isArray(v) ? v : [v]).join(', ')}`,
  );
}

/** The finished grid of one query. */
export function computeGrid(project: Project, input: GridQuery): MatrixGrid {
  const { attrs, sourceAttrs, lang: askedLang, ...asked } = input;
  // the codings in sources with the asked source attribute values: a filter on the whole project's segments (not a
  // project of fewer segments, whose tables a matrix would work out again on every call)
  const { keep, said } = sourcesWithAttributes(project, sourceAttrs);
  const lang = askedLang ?? project.language ?? 'da';
  const rows = asked.rows ?? 'case',
    cols = asked.cols ?? 'pt';
  const summaryList = summariesFor(project, rows, cols);
  const filterLine = describeQuery(asked, [...describeAttrs(project, attrs), ...said], lang);
  const { query, empty } = withAttributeFilter(project, asked, attrs);
  if (empty) {
    const measure = asked.measure ?? 'segments';
    const none: Matrix = { rows: [], cols: [], cells: [], segmentIds: [], measure };
    return { ...none, query, empty, hiddenRows: 0, summaries: [], orphans: [], summaryList, filterLine };
  }
  const full = computeMatrix(project, query, lang, keep);
  const m = pickRows(full, keepFilteredRows(full, query, project.cases));
  return {
    ...m,
    query,
    empty,
    hiddenRows: full.rows.length - m.rows.length,
    summaries: summaryGrid(m, summaryList),
    orphans: orphanSummaries(m, summaryList),
    summaryList,
    filterLine,
  };
}

/** The grid in every measure, the asked one first (an Excel workbook has a sheet for each). */
export function computeGridEveryMeasure(project: Project, q: GridQuery): MatrixGrid[] {
  const first = q.measure ?? 'segments';
  return [first, ...MEASURES.filter((m) => m !== first)].map((measure) => computeGrid(project, { ...q, measure }));
}
