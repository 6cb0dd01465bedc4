/**
 * What the Compare coders view shows of a row, worked out apart from React: a passage cut into the characters the
 * other coder coded too and those only this coder coded (the disagreement, highlighted), whether a segment has a
 * partner (MAXQDA's 90 % of the union), and the figures in the reader's number format. Pure.
 */
import type { AgreementRow } from '../../../src/cmo/agreement';
import type { Segment } from '../../../src/cmo/model';

export interface Run {
  text: string;
  /** coded by the other coder too (under the same unit) */
  shared: boolean;
}

type Range = Pick<Segment, 'start' | 'end'>;

/** `text` (the characters [start, end) of the source) cut into runs shared with the other coder's ranges or not. */
export function passageRuns(seg: Range, text: string, others: readonly Range[]): Run[] {
  const cuts = new Set([seg.start, seg.end]);
  for (const o of others) {
    if (o.end <= seg.start || o.start >= seg.end) continue;
    cuts.add(Math.max(seg.start, o.start));
    cuts.add(Math.min(seg.end, o.end));
  }
  const at = [...cuts].sort((x, y) => x - y);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const [from, to] = [at[i]!, at[i + 1]!];
    const shared = others.some((o) => o.start < to && o.end > from);
    const piece = text.slice(from - seg.start, to - seg.start);
    const last = runs.at(-1);
    if (last && last.shared === shared) last.text += piece;
    else if (piece) runs.push({ text: piece, shared });
  }
  return runs;
}

/** The share of the union of two ranges that they have in common. */
export function overlapShare(x: Range, y: Range): number {
  const inter = Math.min(x.end, y.end) - Math.max(x.start, y.start);
  return inter <= 0 ? 0 : inter / (Math.max(x.end, y.end) - Math.min(x.start, y.start));
}

/** A segment disagrees when none of the other coder's overlaps it by 90 % of their union (as `cmo agreement`). */
export const disagrees = (s: Range, others: readonly Range[]): boolean =>
  !others.some((o) => overlapShare(s, o) >= 0.9);

/** The segments of a row's unit (kind, PT point, code). */
export const inRow = (s: Segment, r: Pick<AgreementRow, 'kind' | 'pt' | 'code'>): boolean =>
  (r.kind ? s.kind === r.kind : true) &&
  (r.pt ? s.pt.includes(r.pt) : true) &&
  (r.code ? s.codes.includes(r.code) : true);

/** κ and α with three decimals, percent with one, in the reader's number format (`0,522`, `97,0 %`). */
export function figureFormat(lang: string): { fixed: (x: number | null) => string; pct: (x: number | null) => string } {
  const locale = lang === 'da' ? 'da-DK' : 'en-GB';
  const three = new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return {
    fixed: (x) => (x === null ? '–' : three.format(x)),
    pct: (x) => (x === null ? '–' : percent.format(x)),
  };
}

/** red (κ ≤ 0) through yellow to green (κ = 1) */
export const shade = (k: number): string => `hsl(${Math.round(Math.max(0, Math.min(1, k)) * 120)}, 70%, 85%)`;
