/** CMO configurations and the evidence for a PT point. */
import { z } from 'zod';
import { Verdict } from '../../cmo/model';
import type { ConfigurationView } from '../../cmo/configurations';
import type { Evidence } from '../../cmo/evidence';
import { mutation, query, returns, type Declarations } from '../define';
import { Ref } from '../schemas';

export const cmocMethods = {
  'cmoc.list': query(z.object({ pt: Ref.optional() }).strict(), returns<ConfigurationView[]>()),
  'cmoc.add': mutation(
    z
      .object({
        pt: Ref,
        segmentIds: z.array(Ref).min(1).max(1000),
        verdict: Verdict.optional(),
        statement: z.string().max(100_000).optional(),
      })
      .strict(),
    returns<ConfigurationView>(),
  ),
  'cmoc.update': mutation(
    z
      .object({
        id: Ref,
        pt: Ref.optional(),
        segmentIds: z.array(Ref).min(1).max(1000).optional(),
        verdict: Verdict.optional(),
        statement: z.string().max(100_000).optional(),
      })
      .strict(),
    returns<ConfigurationView>(),
  ),
  'cmoc.remove': mutation(z.object({ id: Ref }).strict(), returns<{ id: string }>()),
  'evidence.get': query(
    z.object({ pt: Ref, coders: z.array(z.string().max(200)).optional() }).strict(),
    returns<Evidence>(),
  ),
} satisfies Declarations;
