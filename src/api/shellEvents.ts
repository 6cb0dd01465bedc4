/**
 * What the Electron shell tells the window (its File menu's team coding), over the one channel the
 * preload opens for it (`cmoBridge.onShell`). Checked on both sides: the shell sends only what
 * parses, and the window ignores anything else. Pure: zod and src/cmo types.
 */
import { z } from 'zod';
import type { MergeReport } from '../cmo/merge';

const count = z.number().int().nonnegative();
const short = z.string().max(10_000);

/** a merge's report as `coders.merge` answers it */
export const MergeReportSchema = z
  .object({
    added: z
      .object({
        segments: count,
        configurations: count,
        memos: count,
        codes: count,
        cases: count,
        sources: count,
        ptPoints: count,
        attributes: count,
        participants: count,
        coders: count,
      })
      .strict(),
    skipped: count,
    conflicts: z
      .array(
        z
          .object({
            kind: z.enum(['code', 'pt', 'case', 'attribute', 'segment', 'configuration', 'memo', 'transcript']),
            id: short,
            what: short,
            here: short,
            there: short,
            copy: short,
          })
          .strict(),
      )
      .max(100_000),
    flagged: z.array(short).max(1_000_000),
  })
  .strict() satisfies z.ZodType<MergeReport>;

export const ShellEvent = z.discriminatedUnion('action', [
  /** File → Coder copy…: the window's team coding opened at the copy (the coder and "blind" are chosen there) */
  z.object({ action: z.literal('coderCopy') }).strict(),
  /** File → Merge coder copies…: the copies picked were merged; the window shows the report */
  z
    .object({
      action: z.literal('merged'),
      files: z.array(z.string().min(1).max(1000)).min(1).max(50),
      report: MergeReportSchema,
    })
    .strict(),
]);
export type ShellEvent = z.infer<typeof ShellEvent>;
export type { MergeReport };
