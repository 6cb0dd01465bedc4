/**
 * Search and "code all hits" params (declared in src/api/methods/search.ts) turned into engine
 * options: user references resolved to filter ids. Pure.
 */
import type { Project } from '../cmo/model';
import {
  SearchAutocodeParams,
  SearchFilterParams,
  SearchQueryParams,
  type SearchAutocodeResult,
} from '../api/methods/search';
import { findCase, findPt, findRole, fold, resolveRefs, sourceRef } from '../cmo/lookup';
import { requireCoder } from '../cmo/coders';
import type { SearchFilter, SearchOptions } from './engine';

export { SearchAutocodeParams, SearchFilterParams, SearchQueryParams, type SearchAutocodeResult };

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
