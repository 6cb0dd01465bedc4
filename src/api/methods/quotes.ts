/** Report-ready quotes (lists, exports, renditions, marks, order, settings) and the pseudonym list. */
import { z } from 'zod';
import { Kind, Verdict, QuoteEdit, type Pseudonym, type QuoteSettings } from '../../cmo/model';
import type { Quote } from '../../cmo/quotes';
import type { Leak } from '../../cmo/pseudonyms';
import { NoParams, fileExport, mutation, query, returns, type Declarations } from '../define';
import { AttrFilter } from '../../cmo/matrixGrid';
import { Ref } from '../schemas';

export const SegmentFilter = z
  .object({
    kinds: z.array(Kind).optional(),
    verdicts: z.array(Verdict).optional(),
    pts: z.array(Ref).optional(),
    cases: z.array(Ref).optional(),
    roles: z.array(Ref).optional(),
    coders: z.array(z.string()).optional(),
    codes: z.array(Ref).optional(),
  })
  .strict();

/** Quote retrieval: the segment filter plus attributes, configurations, star/pick, order and attribution. */
export const QuoteQuery = SegmentFilter.extend({
  /** `{ sektor: 'Offentlig' }`; several values of one attribute: any of them */
  attrs: AttrFilter.optional(),
  /** source attributes by id or label: `{ interviewform: 'Telefon' }`; several values: any of them */
  sourceAttrs: AttrFilter.optional(),
  cmocs: z.array(Ref).optional(),
  starred: z.boolean().optional(),
  picked: z.boolean().optional(),
  order: z.enum(['pt', 'manual']).optional(),
  /** e.g. `({role}, {case}, {attr:sektor}, {attr:ansatte} ansatte)` */
  attribution: z.string().max(500).optional(),
  /** an export of quotes in the interviewer's speech or with no participant (refused unless true) */
  allowUnattributed: z.boolean().optional(),
}).strict();
export interface QuoteExportResult {
  fileName: string;
  mime: string;
  dataBase64: string;
  count: number;
  leaks: Leak[];
}

export const quotesMethods = {
  'quotes.list': query(QuoteQuery, returns<Quote[]>()),
  'quotes.markdown': query(QuoteQuery, returns<{ markdown: string; count: number }>()),
  /**
   * a quote file: md, csv, xlsx, docx, json, txt or html — pseudonymised, with the leak check's findings; `inline`: the
   * attribution in the quote's paragraph (docx)
   */
  'quotes.export': fileExport(
    QuoteQuery.extend({
      format: z.enum(['md', 'csv', 'xlsx', 'docx', 'json', 'txt', 'html']),
      footnotes: z.boolean().default(false),
      title: z.string().max(500).nullable().optional(),
      inline: z.boolean().default(false),
      /** the filter line's language (the project's by default) */
      lang: z.enum(['da', 'en']).optional(),
    }).strict(),
    returns<QuoteExportResult>(),
  ),
  /** plain text and rich text (HTML) for the clipboard, pseudonymised */
  'quotes.clipboard': query(QuoteQuery, returns<{ text: string; html: string; count: number; leaks: Leak[] }>()),
  /** where a listed name would still appear in an export of these quotes */
  'quotes.leaks': query(QuoteQuery, returns<{ count: number; leaks: Leak[] }>()),
  /**
   * the report rendition: the author's edited text (only `(…)` cuts and `[…]` replacements), explicit edits, or null =
   * plain
   */
  'quotes.setRendition': mutation(
    z
      .object({
        id: Ref,
        text: z.string().min(1).max(100_000).optional(),
        edits: z.array(QuoteEdit).max(1000).nullable().optional(),
      })
      .strict()
      .refine((p) => (p.text === undefined) !== (p.edits === undefined), 'angiv enten text eller edits'),
    returns<Quote>(),
  ),
  'quotes.mark': mutation(
    z
      .object({
        ids: z.array(Ref).min(1).max(100_000),
        starred: z.boolean().optional(),
        picked: z.boolean().optional(),
      })
      .strict(),
    returns<Quote[]>(),
  ),
  /** manual order: these ids first, in this order, then the rest as before */
  'quotes.reorder': mutation(
    z.object({ ids: z.array(Ref).min(1).max(100_000) }).strict(),
    returns<{ order: string[] }>(),
  ),
  'quotes.settings': query(NoParams, returns<QuoteSettings>()),
  'quotes.setSettings': mutation(
    z.object({ attribution: z.string().max(500).optional(), quoteMarks: z.enum(['da', 'en']).optional() }).strict(),
    returns<QuoteSettings>(),
  ),
  'pseudonyms.list': query(NoParams, returns<Pseudonym[]>()),
  'pseudonyms.add': mutation(
    z.object({ name: z.string().trim().min(1).max(200), replacement: z.string().max(200) }).strict(),
    returns<Pseudonym[]>(),
  ),
  /** the pseudonym list applied to the stored transcripts (segments remapped, changed ones flagged) */
  'pseudonyms.applyToTranscripts': mutation(
    z.object({ sources: z.array(Ref).optional() }).strict(),
    returns<{ sources: number; replacements: number; flagged: string[] }>(),
  ),
  'pseudonyms.remove': mutation(z.object({ name: z.string().trim().min(1).max(200) }).strict(), returns<Pseudonym[]>()),
} satisfies Declarations;
