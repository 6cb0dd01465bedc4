/** Coding: a passage coded, corrected, removed. */
import { z } from 'zod';
import { Kind, Verdict, type Segment } from '../../cmo/model';
import { mutation, returns, type Declarations } from '../define';
import { Ref, SegmentFields, codingComplete } from '../schemas';

export const segmentsMethods = {
  'segment.add': mutation(
    z
      .object({
        sourceId: Ref,
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        snapToWords: z.boolean().default(true),
        ...SegmentFields,
      })
      .strict()
      .refine(codingComplete.check, codingComplete.message),
    returns<Segment>(),
  ),
  'segment.codeText': mutation(
    z
      .object({ source: Ref, text: z.string().min(1).max(100_000), ...SegmentFields })
      .strict()
      .refine(codingComplete.check, codingComplete.message),
    returns<Segment>(),
  ),
  'segment.update': mutation(
    z
      .object({
        id: Ref,
        patch: z
          .object({
            start: z.number().int().nonnegative().optional(),
            end: z.number().int().nonnegative().optional(),
            kind: Kind.nullable().optional(),
            pt: z.array(Ref).optional(),
            codes: z.array(Ref).optional(),
            verdict: Verdict.optional(),
            memo: z.string().max(100_000).optional(),
            needsReview: z.boolean().optional(),
          })
          .strict(),
      })
      .strict(),
    returns<Segment>(),
  ),
  'segment.remove': mutation(z.object({ id: Ref }).strict(), returns<{ id: string }>()),
} satisfies Declarations;
