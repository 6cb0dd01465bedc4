/** The codebook of thematic frames: edit, import, export, and imported codes mapped onto the programteori. */
import { z } from 'zod';
import { Kind, Verdict } from '../../cmo/model';
import type { Notice } from '../../cmo/notice';
import { NoParams, fileExport, mutation, query, returns, type Declarations } from '../define';
import { Ref, type ExportFile } from '../schemas';

export interface CodeView {
  id: string;
  name: string;
  path: string;
  parent: string | null;
  codable: boolean;
  color: string | null;
  description: string;
  segments: number;
}
/** what a code's names suggest (src/refi/codeMap.ts), for the mapping table */
export interface Proposal {
  code: string;
  kind?: Kind;
  pt?: string[];
  verdict?: Verdict;
  path: string;
  segments: number;
  /** why: the names along its path that point to a kind, PT point or verdict (codes and data) */
  because: Notice[];
}

export const codesMethods = {
  'codes.list': query(NoParams, returns<CodeView[]>()),
  'codes.add': mutation(
    z
      .object({
        path: z.string().trim().min(1).max(2000),
        parent: Ref.optional(),
        description: z.string().max(100_000).optional(),
        color: z
          .string()
          .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/)
          .nullable()
          .optional(),
        codable: z.boolean().optional(),
      })
      .strict(),
    returns<CodeView>(),
  ),
  'codes.update': mutation(
    z
      .object({
        id: Ref,
        name: z.string().trim().min(1).max(500).optional(),
        parent: Ref.nullable().optional(),
        description: z.string().max(100_000).optional(),
        color: z
          .string()
          .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/)
          .nullable()
          .optional(),
        codable: z.boolean().optional(),
      })
      .strict(),
    returns<CodeView>(),
  ),
  'codes.merge': mutation(z.object({ from: Ref, into: Ref }).strict(), returns<CodeView>()),
  'codes.remove': mutation(z.object({ id: Ref }).strict(), returns<{ id: string; flagged: number }>()),
  'codes.importQdc': mutation(
    z.object({ fileName: z.string().min(1).max(1000), xml: z.string().max(50_000_000) }).strict(),
    returns<{ added: number; total: number }>(),
  ),
  'codes.importCsv': mutation(
    z.object({ fileName: z.string().min(1).max(1000), text: z.string().max(50_000_000) }).strict(),
    returns<{ added: number; total: number }>(),
  ),
  'codes.export': fileExport(z.object({ format: z.enum(['qdc', 'csv']) }).strict(), returns<ExportFile>()),
  /**
   * imported codes onto the programteori: every segment with the code gets the kind/PT/verdict; the code goes unless
   * `keep`
   */
  'codes.map': mutation(
    z
      .object({
        mappings: z
          .array(
            z
              .object({
                code: Ref,
                kind: Kind.optional(),
                pt: z.array(Ref).max(100).optional(),
                verdict: Verdict.optional(),
              })
              .strict(),
          )
          .min(1)
          .max(10_000),
        keep: z.boolean().default(false),
      })
      .strict(),
    returns<{ changed: number; incomplete: number; removed: number }>(),
  ),
  /**
   * what the code names along each path suggest (`PT 4a`, `Mekanisme`, `bekræfter`…), for the mapping table; never
   * applied by itself
   */
  'codes.proposeMap': query(NoParams, returns<Proposal[]>()),
  /** the project as a REFI-QDA 1.5 project (.qdpx), see src/refi/README.md */
  'refi.exportProject': fileExport(NoParams, returns<ExportFile>()),
} satisfies Declarations;
