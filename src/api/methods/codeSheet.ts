/** Coding sheets: a spreadsheet of extracted quotes located in the transcripts and coded. */
import { z } from 'zod';
import type { RowFailure, RowPlan, SheetPlan } from '../../cmo/codesheet';
import { fileExport, mutation, returns, type Declarations } from '../define';

/** a coding sheet read and every row located: the domain's plan (src/cmo/codesheet.ts, planSheet) */
export type { RowFailure, RowPlan, SheetPlan };

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
