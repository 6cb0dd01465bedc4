/** Case × PT matrices, their export, and the framework summaries written into their cells. */
import { z } from 'zod';
import { ColDim, MatrixQuery, RowDim } from '../../cmo/matrix';
import { AttrFilter, GridQuery, type MatrixGrid } from '../../cmo/matrixGrid';
import type { FrameworkSummary } from '../../cmo/model';
import { NoParams, fileExport, mutation, query, returns, type Declarations } from '../define';
import type { ExportFile } from '../schemas';

export const matrixMethods = {
  /** the finished matrix: every filter in (case attribute values too), rows, cells, totals and summaries out */
  'matrix.compute': query(GridQuery.strict(), returns<MatrixGrid>()),
  'matrix.export': fileExport(
    z
      .object({
        query: MatrixQuery.strict(),
        format: z.enum(['csv', 'xlsx', 'docx']),
        /**
         * case attribute values (`{ sektor: 'Offentlig' }`): only cases with them; written in the export's filter line
         */
        attrs: AttrFilter.optional(),
        /** source attribute values (`{ interviewform: 'Telefon' }`): only the codings in those sources */
        sourceAttrs: AttrFilter.optional(),
        /** the headings' language (kinds, verdicts, totals, filter line); the project's by default */
        lang: z.enum(['da', 'en']).optional(),
      })
      .strict(),
    returns<ExportFile>(),
  ),
  /** the coders named on the project's segments, for the matrix's coder filter */
  'matrix.coders': query(NoParams, returns<string[]>()),
  /** framework-matrix summaries written for a matrix of these dimensions */
  'framework.list': query(z.object({ rows: RowDim, cols: ColDim }).strict(), returns<FrameworkSummary[]>()),
  /** one cell's summary; empty text clears it (one undoable step) */
  'framework.set': mutation(
    z
      .object({
        rows: RowDim,
        cols: ColDim,
        rowId: z.string().min(1).max(500),
        colId: z.string().min(1).max(500),
        text: z.string().max(100_000),
      })
      .strict(),
    returns<{ summary: FrameworkSummary | null }>(),
  ),
} satisfies Declarations;
