/** Memos on the project, a source, a case, a PT point or a code, and the analysis appendix. */
import { z } from 'zod';
import { MEMO_TARGETS } from '../../cmo/model';
import type { MemoView } from '../../cmo/memos';
import { fileExport, mutation, query, returns, type Declarations } from '../define';
import { Ref, type ExportFile } from '../schemas';

export const memosMethods = {
  /**
   * memos on the project, a source, a case, a PT point or a code; `target` as the user names it (`Case 01 - Leder`,
   * `3`, `#10`)
   */
  'memo.list': query(
    z.object({ on: z.enum(MEMO_TARGETS).optional(), target: Ref.optional() }).strict(),
    returns<MemoView[]>(),
  ),
  'memo.add': mutation(
    z
      .object({
        on: z.enum(MEMO_TARGETS),
        target: Ref.nullable().optional(),
        text: z.string().min(1).max(100_000),
        coder: z.string().max(200).optional(),
      })
      .strict(),
    returns<MemoView>(),
  ),
  'memo.edit': mutation(z.object({ id: Ref, text: z.string().min(1).max(100_000) }).strict(), returns<MemoView>()),
  'memo.remove': mutation(z.object({ id: Ref }).strict(), returns<{ id: string }>()),
  /** the memos as the analysis appendix (Word with Heading styles, or Markdown), all or those on one thing */
  'memo.export': fileExport(
    z
      .object({
        format: z.enum(['docx', 'md']),
        on: z.enum(MEMO_TARGETS).optional(),
        target: Ref.optional(),
        lang: z.enum(['da', 'en']).optional(),
      })
      .strict(),
    returns<ExportFile>(),
  ),
} satisfies Declarations;
