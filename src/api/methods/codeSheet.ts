/** Coding sheets: a spreadsheet of extracted quotes located in the transcripts and coded. */
import { z } from 'zod';
import type { Kind, QuoteEdit, Verdict } from '../../cmo/model';
import { fileExport, mutation, returns, type Declarations } from '../define';

/** a coding sheet read and every row located (src/cmo/codesheet.ts, planSheet) */
export interface RowFailure {
  row: number;
  reason: string;
}
export interface RowPlan {
  row: number;
  status: 'ok' | 'skipped' | 'failed';
  reason: string | null;
  source: string;
  sourceId: string | null;
  quote: string;
  start: number | null;
  end: number | null;
  /** the located passage on one line, for a preview */
  located: string | null;
  kind: Kind | null;
  pt: string[];
  verdict: Verdict;
  memo: string;
  coder: string;
  /** `(…)` and `[…]` of the sheet's quote, kept as the quote's report rendition */
  edits: QuoteEdit[];
}
export interface SheetPlan {
  rows: RowPlan[];
  ok: number;
  failed: RowFailure[];
  skipped: RowFailure[];
}
export interface CodeSheetResult {
  applied: number;
  failed: RowFailure[];
  skipped: RowFailure[];
  segmentIds: string[];
}
const SheetFile = { fileName: z.string().trim().min(1).max(1000), dataBase64: z.string().max(200_000_000) };

export const codeSheetMethods = {
  /** a coding sheet (CSV/XLSX) read and every row located; nothing changes */
  'codeSheet.preview': fileExport(z.object(SheetFile).strict(), returns<SheetPlan>()),
  /** the sheet coded as one undoable change; unless `partial`, nothing when any row fails */
  'codeSheet.apply': mutation(
    z.object({ ...SheetFile, partial: z.boolean().default(false) }).strict(),
    returns<CodeSheetResult>(),
  ),
} satisfies Declarations;
