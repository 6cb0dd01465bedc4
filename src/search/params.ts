/** API parameters of search and "code all hits", and turning user references into filter ids. Pure. */
import { z } from 'zod';
import { Kind, Verdict, type Project } from '../cmo/model';
import { findCase, findPt, findRole, fold, resolveRefs, sourceRef } from '../cmo/lookup';
import { requireCoder } from '../cmo/coders';
import type { SearchFilter, SearchOptions } from './engine';

const Ref = z.string().trim().min(1).max(500);

export const SearchFilterParams = {
  /** source ids or names */
  sources: z.array(Ref).optional(),
  cases: z.array(Ref).optional(),
  roles: z.array(Ref).optional(),
  participants: z.array(Ref).optional(),
  coded: z.boolean().optional(),
  kinds: z.array(Kind).optional(),
  pts: z.array(Ref).optional(),
  /** only hits in these coders' codings (names as the project spells them, or initials) */
  coders: z.array(z.string().trim().min(1).max(200)).optional(),
};

export const SearchQueryParams = z
  .object({
    query: z.string().max(1000),
    fuzzy: z.boolean().default(false),
    aa: z.boolean().default(true),
    limit: z.number().int().nonnegative().max(100_000).default(200),
    scope: z.array(z.enum(['transcripts', 'memos', 'cmoc', 'pt'])).optional(),
    context: z.number().int().nonnegative().max(1000).optional(),
    ...SearchFilterParams,
  })
  .strict();
export type SearchQueryParams = z.output<typeof SearchQueryParams>;

export const HitRef = z
  .object({ sourceId: Ref, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .strict();

export const SearchAutocodeParams = z
  .object({
    /** the search whose transcript hits are coded; or give `hits` (the selected results) instead */
    query: z.string().max(1000).default(''),
    hits: z.array(HitRef).max(100_000).optional(),
    fuzzy: z.boolean().default(false),
    aa: z.boolean().default(true),
    ...SearchFilterParams,
    widen: z.enum(['none', 'sentence', 'turn']).default('none'),
    kind: Kind,
    pt: z.array(Ref).min(1, 'mindst ét programteoripunkt'),
    verdict: Verdict.optional(),
    memo: z.string().max(100_000).optional(),
    coder: z.string().max(200).optional(),
    /** refuse to code more hits than this in one go */
    max: z.number().int().positive().max(100_000).default(5000),
    /**
     * also code hits in the interviewer's speech or with no participant (left out by default: not an
     * interviewee's evidence)
     */
    includeInterviewer: z.boolean().default(false),
  })
  .strict()
  .refine(
    (p) => p.query.trim() !== '' || (p.hits?.length ?? 0) > 0,
    'angiv en søgning (query) eller de fund, der skal kodes (hits)',
  );
export type SearchAutocodeParams = z.output<typeof SearchAutocodeParams>;

export interface SearchAutocodeResult {
  /** the new segments, in source and text order */
  created: import('../cmo/model').Segment[];
  /** hits already coded by an identical segment (same range, kind and PT points) */
  skipped: number;
  /** hits found (before widening merged some of them) */
  hits: number;
  /** hits left out because they lie in the interviewer's speech / have no participant (0 with includeInterviewer) */
  skippedInterviewer: number;
  skippedUnattributed: number;
}

/** References as users type them (`14`, `Case 14`, `AMR`, `#10`, a source name) → ids; unknown ones are an error. */
export function resolveSearchFilter(
  project: Project,
  p: Partial<Pick<SearchQueryParams, keyof typeof SearchFilterParams>>,
): SearchFilter {
  return {
    sources: p.sources?.length ? p.sources.map((r) => sourceRef(project, r).id) : undefined,
    cases: resolveRefs(p.cases, (r) => findCase(project, r), 'errUnknownCase'),
    roles: resolveRefs(p.roles, (r) => findRole(project, r), 'errUnknownRoleId'),
    participants: resolveRefs(
      p.participants,
      (r) => project.participants.find((x) => x.id === r || fold(x.label) === fold(r)),
      'errUnknownParticipant',
    ),
    pts: resolveRefs(p.pts, (r) => findPt(project, r), 'errUnknownPt'),
    kinds: p.kinds?.length ? p.kinds : undefined,
    coders: p.coders?.length ? p.coders.map((c) => requireCoder(project, c)) : undefined,
    coded: p.coded,
  };
}

/** API params → engine options. */
export function searchOptions(project: Project, p: SearchQueryParams): SearchOptions {
  return {
    fuzzy: p.fuzzy,
    aa: p.aa,
    limit: p.limit,
    scope: p.scope,
    context: p.context,
    filter: resolveSearchFilter(project, p),
  };
}
