/** Cases, their attributes, and roles. */
import { z } from 'zod';
import type { AttributeDef, Case, Role } from '../../cmo/model';
import { mutation, query, returns, type Declarations } from '../define';
import { Ref } from '../schemas';
import type { AttributeRemovalPreview } from '../../cmo/attributeRemove';

/** a case (or source) attribute by id or label */
const AttributeRef = z
  .object({
    on: z.enum(['case', 'source']).default('case'),
    id: z.string().trim().min(1).max(200).optional(),
    label: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
  .refine((p) => (p.id === undefined) !== (p.label === undefined), { message: 'id or label' });

export const casesMethods = {
  /** a new case; without a label `Case <n>` with the next free number */
  'cases.add': mutation(
    z
      .object({
        label: z.string().trim().min(1).max(200).optional(),
        number: z.number().int().nonnegative().nullable().optional(),
        attributes: z.record(z.string().min(1).max(200), z.string().max(500)).optional(),
      })
      .strict(),
    returns<Case>(),
  ),
  /** rename, renumber, or set attribute values of a case (a value null or empty removes it) */
  'cases.update': mutation(
    z
      .object({
        id: Ref,
        label: z.string().trim().min(1).max(200).optional(),
        number: z.number().int().nonnegative().nullable().optional(),
        attributes: z.record(z.string().min(1).max(200), z.string().max(500).nullable()).optional(),
      })
      .strict(),
    returns<Case>(),
  ),
  /** a new case (or, `on: 'source'`, source) attribute, or (with id) a changed one: label, type, category values */
  'attributes.define': mutation(
    z
      .object({
        on: z.enum(['case', 'source']).default('case'),
        id: Ref.optional(),
        label: z.string().trim().min(1).max(200),
        type: z.enum(['text', 'number', 'category']),
        values: z.array(z.string().max(500)).max(1000).optional(),
      })
      .strict(),
    returns<AttributeDef>(),
  ),
  /**
   * a case (or source) attribute removed with every case's (source's) value for it, by id or label; a quote
   * attribution part naming it goes too; refused while a framework summary is kept for a matrix by it
   */
  'attributes.remove': mutation(
    AttributeRef,
    returns<{ def: AttributeDef; cleared: number; attribution: string | null }>(),
  ),
  /** what `attributes.remove` would do, changing nothing: values held, the attribution left, summaries in the way */
  'attributes.removal': query(AttributeRef, returns<AttributeRemovalPreview>()),
  'roles.add': mutation(
    z
      .object({
        label: z.string().trim().min(1).max(200),
        labelEn: z.string().max(200).optional(),
        aliases: z.array(z.string().max(200)).max(100).optional(),
      })
      .strict(),
    returns<Role>(),
  ),
} satisfies Declarations;
