/** Params pieces several features' declarations share. Pure: zod and src/cmo only. */
import { z } from 'zod';
import { Kind, Verdict } from '../cmo/model';
import { codingProblem } from '../cmo/codingProblem';

/** a reference as users type it: an id, a name, `3`, `#4a` */
export const Ref = z.string().trim().min(1).max(500);

/** A produced file, handed to the renderer to save (download) or written by the CLI. */
export interface ExportFile {
  fileName: string;
  mime: string;
  dataBase64: string;
}

/** C/M/O with PT points, and/or thematic codes (paths or ids). */
export const SegmentFields = {
  kind: Kind.optional(),
  pt: z.array(Ref).optional(),
  codes: z.array(Ref).optional(),
  verdict: Verdict.optional(),
  memo: z.string().max(100_000).optional(),
  coder: z.string().max(200).optional(),
};

/** A kind needs PT points and PT points need a kind (thematic codes can stand alone). */
export const codingComplete = {
  check: (p: { kind?: string; pt?: unknown[]; codes?: unknown[] }) => codingProblem(p) === null,
  message: {
    message: 'angiv kind (C/M/O) med mindst ét programteoripunkt (pt), og/eller mindst én kode',
    path: ['pt'],
  },
};
