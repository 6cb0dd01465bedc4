/**
 * Inter-coder agreement between two coders, computed the way NVivo's coding comparison does:
 * per source and unit (kind + PT point, PT point, kind or thematic code), over the source's N
 * characters (UTF-16 code units of the stored text), each character is coded by both, by A only,
 * by B only or by neither. Percent agreement, Cohen's κ (κ = 1 when Pe = 1) and Krippendorff's α
 * (two coders, binary per character) follow; overall figures are averages weighted by N over the
 * rows. Unlike NVivo, only (source, unit) pairs that at least one of the two coders coded get a row.
 * Beside it, MAXQDA-style segment agreement. Pure: no I/O.
 */
import type { Kind, Project, Segment } from './model';
import { codePaths } from './codebook';

export const AGREEMENT_BY = ['pt-kind', 'pt', 'kind', 'code'] as const;
export type AgreementBy = (typeof AGREEMENT_BY)[number];

export interface CharCounts {
  both: number;
  aOnly: number;
  bOnly: number;
  neither: number;
}
export interface Figures {
  kappa: number;
  percent: number;
  alpha: number;
}

export interface AgreementRow extends CharCounts, Figures {
  /** the source's name and id */
  source: string;
  sourceId: string;
  /** the unit's parts: kind and PT point (either null when the unit has none), or the thematic code */
  kind: Kind | null;
  pt: string | null;
  code: string | null;
  /** the unit as shown: `M #4a`, `#4a`, `M` or the code's path */
  unit: string;
  /** characters in the source */
  n: number;
}
export interface SegmentAgreement {
  agree: number;
  disagree: number;
  percent: number | null;
}
export interface Agreement {
  coders: [string, string];
  by: AgreementBy;
  /** N-weighted averages over the rows; null when there are no rows */
  overall: { kappa: number | null; percent: number | null; alpha: number | null };
  rows: AgreementRow[];
  segments: SegmentAgreement;
}
export interface AgreementOptions {
  by?: AgreementBy;
  /** only these sources (ids); all when absent */
  sourceIds?: readonly string[];
  /** a segment agrees with one of the other coder's of the same unit overlapping it by this share of their union */
  overlap?: number;
}

/** κ, percent and α from the four character counts. */
export function figures({ both, aOnly, bOnly, neither }: CharCounts): Figures {
  const n = both + aOnly + bOnly + neither;
  if (n === 0) return { kappa: 1, percent: 1, alpha: 1 };
  const po = (both + neither) / n;
  const pe = ((both + aOnly) / n) * ((both + bOnly) / n) + ((bOnly + neither) / n) * ((aOnly + neither) / n);
  const kappa = pe === 1 ? 1 : (po - pe) / (1 - pe);
  const n0 = 2 * neither + aOnly + bOnly,
    n1 = 2 * both + aOnly + bOnly;
  const alpha = n0 * n1 === 0 ? 1 : 1 - ((2 * n - 1) * (aOnly + bOnly)) / (n0 * n1);
  return { kappa, percent: po, alpha };
}

type Range = [number, number];

/** Sorted, disjoint ranges covering the given ones (within [0, n)). */
export function unionOf(ranges: readonly Range[], n: number): Range[] {
  const sorted = ranges
    .map(([s, e]): Range => [Math.max(0, s), Math.min(n, e)])
    .filter(([s, e]) => e > s)
    .sort((x, y) => x[0] - y[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

const covered = (rs: readonly Range[]) => rs.reduce((s, [a, b]) => s + b - a, 0);

/** Characters in both of two sorted disjoint range lists. */
function intersection(a: readonly Range[], b: readonly Range[]): number {
  let i = 0,
    j = 0,
    both = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]![0], b[j]![0]),
      hi = Math.min(a[i]![1], b[j]![1]);
    if (hi > lo) both += hi - lo;
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return both;
}

/** The four counts over n characters for the ranges coder A and coder B coded. */
export function charCounts(a: readonly Range[], b: readonly Range[], n: number): CharCounts {
  const ua = unionOf(a, n),
    ub = unionOf(b, n);
  const both = intersection(ua, ub),
    ca = covered(ua),
    cb = covered(ub);
  return { both, aOnly: ca - both, bOnly: cb - both, neither: n - ca - cb + both };
}

interface UnitOf {
  key: string;
  kind: Kind | null;
  pt: string | null;
  code: string | null;
  unit: string;
}

/** The units one segment codes under `by` (a segment with several PT points or codes codes several). */
function unitsOf(seg: Segment, by: AgreementBy, paths: Map<string, string>): UnitOf[] {
  if (by === 'kind') return seg.kind ? [{ key: seg.kind, kind: seg.kind, pt: null, code: null, unit: seg.kind }] : [];
  if (by === 'pt') return seg.pt.map((pt) => ({ key: pt, kind: null, pt, code: null, unit: pt }));
  if (by === 'code') {
    return seg.codes.map((c) => ({ key: `code:${c}`, kind: null, pt: null, code: c, unit: paths.get(c) ?? c }));
  }
  const kind = seg.kind;
  return kind ? seg.pt.map((pt) => ({ key: `${kind} ${pt}`, kind, pt, code: null, unit: `${kind} ${pt}` })) : [];
}

interface Group {
  sourceId: string;
  unit: UnitOf;
  a: Segment[];
  b: Segment[];
}

/** The share of the union of two ranges that they have in common. */
const overlapShare = (x: Segment, y: Segment) => {
  const inter = Math.min(x.end, y.end) - Math.max(x.start, y.start);
  if (inter <= 0) return 0;
  return inter / (Math.max(x.end, y.end) - Math.min(x.start, y.start));
};

/** How many of `mine` have a partner in `theirs` (sorted by start) overlapping by at least `min`. */
function agreeing(mine: readonly Segment[], theirs: readonly Segment[], min: number): number {
  let n = 0;
  for (const s of mine) {
    for (const t of theirs) {
      if (t.start >= s.end) break;
      if (t.end > s.start && overlapShare(s, t) >= min) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** Agreement between coders `a` and `b` (names as on the segments). */
export function computeAgreement(project: Project, a: string, b: string, opts: AgreementOptions = {}): Agreement {
  const by = opts.by ?? 'pt-kind';
  const min = opts.overlap ?? 0.9;
  const only = opts.sourceIds ? new Set(opts.sourceIds) : null;
  const paths = by === 'code' ? codePaths(project.codes) : new Map<string, string>();
  const groups = new Map<string, Group>();
  for (const seg of project.segments) {
    if (seg.coder !== a && seg.coder !== b) continue;
    if (only && !only.has(seg.sourceId)) continue;
    for (const unit of unitsOf(seg, by, paths)) {
      const key = `${seg.sourceId}\u0000${unit.key}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { sourceId: seg.sourceId, unit, a: [], b: [] }));
      // a coder compared with themselves has every segment on both sides
      if (seg.coder === a) g.a.push(seg);
      if (seg.coder === b) g.b.push(seg);
    }
  }
  const order = new Map(project.sources.map((s, i) => [s.id, i]));
  const sources = new Map(project.sources.map((s) => [s.id, s]));
  const rows: AgreementRow[] = [];
  let agree = 0,
    disagree = 0;
  for (const g of groups.values()) {
    const src = sources.get(g.sourceId);
    if (!src) continue;
    const n = src.text.length;
    const counts = charCounts(
      g.a.map((s): Range => [s.start, s.end]),
      g.b.map((s): Range => [s.start, s.end]),
      n,
    );
    if (counts.both + counts.aOnly + counts.bOnly === 0) continue;
    rows.push({ source: src.name, sourceId: src.id, ...g.unit, ...counts, ...figures(counts), n });
    const sa = [...g.a].sort((x, y) => x.start - y.start),
      sb = [...g.b].sort((x, y) => x.start - y.start);
    const ok = agreeing(sa, sb, min) + agreeing(sb, sa, min);
    agree += ok;
    disagree += sa.length + sb.length - ok;
  }
  const units = new Intl.Collator('da', { numeric: true });
  rows.sort((x, y) => order.get(x.sourceId)! - order.get(y.sourceId)! || units.compare(x.unit, y.unit));
  const w = rows.reduce((s, r) => s + r.n, 0);
  const avg = (f: (r: AgreementRow) => number) => (w ? rows.reduce((s, r) => s + f(r) * r.n, 0) / w : null);
  return {
    coders: [a, b],
    by,
    overall: { kappa: avg((r) => r.kappa), percent: avg((r) => r.percent), alpha: avg((r) => r.alpha) },
    rows,
    segments: { agree, disagree, percent: agree + disagree ? agree / (agree + disagree) : null },
  };
}
