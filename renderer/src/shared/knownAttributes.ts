/**
 * A kept filter's attribute references checked against the project's attributes: one removed (`attributes.remove`,
 * or undone into existence and out again) since the filter was set is dropped, so the matrix or the quotes show
 * what is left rather than a refusal of an attribute that is no longer there.
 */
import type { ProjectInfo } from '../../../src/api/contract';

type Defs = Pick<ProjectInfo, 'attributeDefs' | 'sourceAttributeDefs'>;

const has = (defs: readonly { id: string }[], id: string) => defs.some((d) => d.id === id);
const pairId = (v: string) => v.slice(0, Math.max(0, v.indexOf('=')));

/** `<id>=<value>` kept when the id is one of these attributes, else undefined. */
export const knownPair = (defs: readonly { id: string }[], v: string | undefined): string | undefined =>
  v && has(defs, pairId(v)) ? v : undefined;

/** The settings without a case or source attribute filter, or `attr:<id>` rows, of an attribute not defined. */
export function knownAttributes<
  T extends { rows?: string; attr?: string; srcAttr?: string; attrs?: Record<string, string> },
>(s: T, info: Defs): T {
  const rowsGone = s.rows?.startsWith('attr:') && !has(info.attributeDefs, s.rows.slice(5));
  const attr = s.attr && knownPair(info.attributeDefs, s.attr);
  const srcAttr = s.srcAttr && knownPair(info.sourceAttributeDefs, s.srcAttr);
  const attrs = s.attrs && Object.keys(s.attrs).filter((k) => !has(info.attributeDefs, k));
  if (!rowsGone && attr === s.attr && srcAttr === s.srcAttr && !attrs?.length) return s;
  const next: T = { ...s, ...(rowsGone ? { rows: 'case' } : {}), attr, srcAttr };
  if (s.attrs) next.attrs = Object.fromEntries(Object.entries(s.attrs).filter(([k]) => has(info.attributeDefs, k)));
  return next;
}
