/** The matrix's words in the window's language: dimensions, column and row headings, units and the filter line. */
import type { TFunction } from 'i18next';
import type { ProjectInfo } from '../../../src/api/contract';
import type { Header } from '../../../src/cmo/matrix';
import { KINDS, VERDICTS } from '../../../src/cmo/model';
import { attrsOf, sourceAttrsOf, type Frame, type MatrixSettings } from './MatrixControls';

/** the id of the row for segments outside every row ("(uden case)") */
export const NONE = '__none__';

export type MatrixLabels = ReturnType<typeof matrixLabels>;

/** `t`: the matrix's strings; `tc`: the CMO configurations' (kinds, verdicts, the overall hypothesis). */
export function matrixLabels(
  s: MatrixSettings,
  info: ProjectInfo,
  frames: readonly Frame[],
  t: TFunction,
  tc: TFunction,
) {
  const caseLabel = (id: string) => info.cases.find((c) => c.id === id)?.label ?? id;
  const dimLabel = (d: string, which: 'row' | 'col'): string => {
    if (d.startsWith('attr:')) return info.attributeDefs.find((a) => a.id === d.slice(5))?.label ?? d.slice(5);
    if (d.startsWith('code:')) return frames.find((f) => f.id === d.slice(5))?.name ?? d.slice(5);
    return t(`${which}.${d}`);
  };
  const ptText = (pt: string) => (pt.startsWith('#') ? pt : tc('overall'));
  const colText = (c: Header): string => {
    if (s.cols === 'kind') return tc(`kind.${c.id}`);
    if (s.cols === 'verdict') return tc(`verdict.${c.id}`);
    if (s.cols === 'pt') return ptText(c.id);
    if (s.cols === 'pt-kind') {
      const [pt, k] = c.id.split('|');
      return `${ptText(pt ?? '')} ${tc(`kindShort.${k}`)}`;
    }
    return c.label;
  };
  const rowText = (r: Header): string => {
    if (r.id !== NONE) return r.label;
    const d = s.rows.startsWith('attr:')
      ? 'attr'
      : s.rows.startsWith('code:')
        ? 'code'
        : s.rows === 'case' || s.rows === 'role'
          ? s.rows
          : 'other';
    return t(`none.${d}`);
  };
  const ptTitle = new Map(info.ptPoints.map((p) => [p.id, p.title]));
  const colTitle = (c: Header) => ptTitle.get(c.id.split('|')[0] ?? '') ?? colText(c);
  const unit = (n: number) => t(`unit.${s.measure}`, { count: n });
  const cellTitle = (r: Header, c: Header, v: number) =>
    t('cell.cellTitle', { row: rowText(r), col: colTitle(c), value: unit(v) });
  /** the settings' filters in words, for the heatmap's subtitle */
  const filterWords = (): string => {
    const parts: string[] = [];
    if (s.kinds.length < KINDS.length) parts.push(`${t('kinds')}: ${s.kinds.map((k) => tc(`kind.${k}`)).join(', ')}`);
    if (s.verdicts?.length && s.verdicts.length < VERDICTS.length)
      parts.push(`${t('filters.verdicts')}: ${s.verdicts.map((v) => tc(`verdict.${v}`)).join(', ')}`);
    const attrs = attrsOf(s);
    for (const [k, v] of Object.entries(attrs ?? {}))
      parts.push(`${info.attributeDefs.find((a) => a.id === k)?.label ?? k}: ${v.join(', ')}`);
    for (const [k, v] of Object.entries(sourceAttrsOf(s) ?? {}))
      parts.push(`${info.sourceAttributeDefs.find((a) => a.id === k)?.label ?? k}: ${v.join(', ')}`);
    if (s.caseId) parts.push(caseLabel(s.caseId));
    if (s.role) parts.push(info.roles.find((r) => r.id === s.role)?.label ?? s.role);
    if (s.pt) parts.push(ptText(s.pt));
    if (s.coder) parts.push(`${t('filters.coder')}: ${s.coder}`);
    return parts.join(' · ');
  };
  return { t, tc, caseLabel, dimLabel, ptText, colText, rowText, ptTitle, colTitle, unit, cellTitle, filterWords };
}
