/** The quotes tab's filter (kept by the app across tabs) and the service query it stands for. */
import type { Params } from '../../../src/api/contract';
import type { Kind, Verdict } from '../shared/labels';
import { attributePair } from '../shared/attributePair';

export const SELECTIONS = ['', 'starred', 'picked', 'notPicked'] as const;
export type Selection = (typeof SELECTIONS)[number];

export interface QuoteFilter {
  pt: string;
  caseId: string;
  roleId: string;
  kind: Kind | '';
  verdict?: Verdict | '';
  coder?: string;
  code?: string;
  cmoc?: string;
  /** case attribute id → value */
  attrs?: Record<string, string>;
  /** a source attribute's value as `<id>=<value>` (`interviewform=Telefon`), as the matrix keeps it */
  srcAttr?: string;
  selection?: Selection;
  order?: 'pt' | 'manual';
}

export type QuoteQuery = Params<'quotes.list'>;

export function toQuery(f: QuoteFilter): QuoteQuery {
  const attrs = Object.fromEntries(Object.entries(f.attrs ?? {}).filter(([, v]) => v));
  const sourceAttrs = attributePair(f.srcAttr);
  return {
    ...(f.pt ? { pts: [f.pt] } : {}),
    ...(f.caseId ? { cases: [f.caseId] } : {}),
    ...(f.roleId ? { roles: [f.roleId] } : {}),
    ...(f.kind ? { kinds: [f.kind] } : {}),
    ...(f.verdict ? { verdicts: [f.verdict] } : {}),
    ...(f.coder ? { coders: [f.coder] } : {}),
    ...(f.code ? { codes: [f.code] } : {}),
    ...(f.cmoc ? { cmocs: [f.cmoc] } : {}),
    ...(Object.keys(attrs).length ? { attrs } : {}),
    ...(sourceAttrs ? { sourceAttrs } : {}),
    ...(f.selection === 'starred' ? { starred: true } : {}),
    ...(f.selection === 'picked' ? { picked: true } : {}),
    ...(f.selection === 'notPicked' ? { picked: false } : {}),
    ...(f.order === 'manual' ? { order: 'manual' as const } : {}),
  };
}

/** How many of the filters behind "more filters" are set. */
export const moreCount = (f: QuoteFilter): number =>
  [f.coder, f.code, f.cmoc, f.srcAttr].filter(Boolean).length + Object.values(f.attrs ?? {}).filter(Boolean).length;

export const EMPTY_FILTER: QuoteFilter = { pt: '', caseId: '', roleId: '', kind: '' };

/** Moves `id` before (or after) `target` in `ids`. */
export function moveId(ids: readonly string[], id: string, target: string, after: boolean): string[] {
  if (id === target) return [...ids];
  const rest = ids.filter((x) => x !== id);
  const at = rest.indexOf(target);
  if (at < 0) return [...ids];
  rest.splice(after ? at + 1 : at, 0, id);
  return rest;
}
