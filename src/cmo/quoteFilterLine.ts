/**
 * A quote query's filters in words — `Filter: PT-punkter: #4a; Kilde-egenskab Interviewform: Telefon` — the
 * line a quote export prints under its title so a printout says which quotes it holds (as the matrix's
 * filter line does). Null when nothing is filtered.
 */
import type { Project } from './model';
import type { QuoteQuery } from './quotes';
import { say, wordsFor, type LogLang, type MessageKey } from './logMessages';
import { findCase, findPt, findRole } from './lookup';
import { findCode, codePaths } from './codebook';
import { findAttributeDef } from './cases';

type Values = Record<string, string | string[]>;

function attrsInWords(defs: Project['attributeDefs'], asked: Values | undefined, on: 'case' | 'source'): string[] {
  return Object.entries(asked ?? {}).map(([ref, v]) => {
    const def = findAttributeDef(defs, ref, on);
    return `${def.label}: ${(Array.isArray(v) ? v : [v]).join(', ')}`;
  });
}

export function quoteFilterLine(project: Project, q: QuoteQuery, lang: LogLang): string | null {
  const w = (key: MessageKey, params?: Record<string, string | number>) => wordsFor(say(key, params), lang);
  const paths = codePaths(project.codes);
  const named: [MessageKey, string[] | undefined][] = [
    ['matrixFilterPts', q.pts?.map((r) => findPt(project, r)?.id ?? r)],
    ['matrixFilterCases', q.cases?.map((r) => findCase(project, r)?.label ?? r)],
    ['matrixFilterRoles', q.roles?.map((r) => findRole(project, r)?.label ?? r)],
    ['matrixFilterKinds', q.kinds?.map((kind) => w('matrixKind', { kind }))],
    ['matrixFilterVerdicts', q.verdicts?.map((verdict) => w('matrixVerdict', { verdict }))],
    ['matrixFilterCoders', q.coders],
    ['quotesFilterCodes', q.codes?.map((r) => paths.get(findCode(project, r)?.id ?? '') ?? r)],
    ['quotesFilterCmocs', q.cmocs],
  ];
  const parts = named.filter(([, v]) => v?.length).map(([key, v]) => w(key, { values: v!.join(', ') }));
  for (const a of attrsInWords(project.attributeDefs, q.attrs, 'case'))
    parts.push(w('quotesFilterCaseAttr', { values: a }));
  for (const a of attrsInWords(project.sourceAttributeDefs ?? [], q.sourceAttrs, 'source'))
    parts.push(w('quotesFilterSourceAttr', { values: a }));
  if (q.starred) parts.push(w('quotesFilterStarred'));
  if (q.picked !== undefined) parts.push(w('quotesFilterPicked', { picked: q.picked ? 1 : 0 }));
  return parts.length ? w('matrixFilterLine', { filters: parts.join('; ') }) : null;
}
