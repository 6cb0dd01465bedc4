/** Team coding (src/service/commands/team.ts): coders, coder copies, merging, agreement, adopting. */
import { z } from 'zod';
import { Kind } from '../../cmo/model';
import { AGREEMENT_BY, type Agreement } from '../../cmo/agreement';
import type { CoderView } from '../../cmo/coders';
import type { MergeReport } from '../../cmo/merge';
import { NoParams, fileExport, mutation, query, returns, type Declarations } from '../define';
import { Ref, type ExportFile } from '../schemas';

export const teamMethods = {
  /** team coding (commands/team.ts): the coders with initials, colours and how many codings each has */
  'coders.list': query(NoParams, returns<CoderView[]>()),
  /** a coder added to the project (the window's "who is coding") */
  'coders.add': mutation(
    z
      .object({
        name: z.string().trim().min(1).max(200),
        initials: z.string().trim().min(1).max(8).optional(),
        color: z
          .string()
          .regex(/^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/)
          .optional(),
      })
      .strict(),
    returns<CoderView>(),
  ),
  /** a copy of the project for one coder; `blind`: without the other coders' work or any trace of it */
  'coders.copy': fileExport(
    z.object({ coder: z.string().trim().min(1).max(200), blind: z.boolean().default(false) }).strict(),
    returns<ExportFile>(),
  ),
  /** coder copies (project files) merged in as one undoable step; conflicts listed, never resolved */
  'coders.merge': mutation(
    z
      .object({
        copies: z
          .array(
            z
              .object({
                name: z.string().trim().min(1).max(1000),
                file: z.string().max(4096).optional(),
                dataBase64: z.string().max(800_000_000),
              })
              .strict(),
          )
          .min(1)
          .max(50),
      })
      .strict(),
    returns<MergeReport>(),
  ),
  /**
   * one coder's coding of a unit in a source (or some passages of it) adopted as another's (the consensus coder by
   * default), one undoable step
   */
  'coders.adopt': mutation(
    z
      .object({
        source: Ref,
        from: z.string().trim().min(1).max(200),
        as: z.string().trim().min(1).max(200).default('Konsensus'),
        unit: z
          .object({ kind: Kind.nullable().optional(), pt: Ref.nullable().optional(), code: Ref.nullable().optional() })
          .strict(),
        /** only these of the coder's segments (a passage adopted alone); all of the unit's when absent */
        segmentIds: z.array(Ref).min(1).max(10_000).optional(),
      })
      .strict(),
    returns<{ created: string[] }>(),
  ),
  /**
   * agreement of two coders per source × unit (NVivo's character-level κ and percent, Krippendorff's α) and per segment
   */
  'coders.agreement': query(
    z
      .object({
        coders: z.array(z.string().trim().min(1).max(200)).length(2),
        by: z.enum(AGREEMENT_BY).default('pt-kind'),
        sources: z.array(Ref).optional(),
        overlap: z.number().gt(0).max(1).default(0.9),
      })
      .strict(),
    returns<Agreement>(),
  ),
  /** the same comparison as a workbook (.xlsx) for the report's appendix */
  'coders.exportAgreement': fileExport(
    z
      .object({
        coders: z.array(z.string().trim().min(1).max(200)).length(2),
        by: z.enum(AGREEMENT_BY).default('pt-kind'),
        sources: z.array(Ref).optional(),
        overlap: z.number().gt(0).max(1).default(0.9),
      })
      .strict(),
    returns<ExportFile>(),
  ),
} satisfies Declarations;
