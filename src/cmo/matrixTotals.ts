/**
 * A matrix's measures and its row and column totals, gathered in the same pass that fills the cells:
 * each segment (or configuration) is added once to every row and column it reaches, so a total is
 * the measure over the distinct things in its row/column — never a sum of the cells. Pure.
 */
import type { Segment } from './model';
import type { SegmentContext } from './segments';
import { wordCount } from './text';

export interface MatrixTotals {
  rows: number[];
  cols: number[];
  all: number;
}

/** A measure counted over segments (`cmoc` counts configurations). */
export type SegmentMeasure = 'segments' | 'sources' | 'participants' | 'words';

/** A passage's word count, kept per segment object (states are immutable) while its text is the same. */
const wordsOf = new WeakMap<Segment, { text: string; n: number }>();
function segmentWords(seg: Segment): number {
  const hit = wordsOf.get(seg);
  if (hit && hit.text === seg.text) return hit.n;
  const n = wordCount(seg.text);
  wordsOf.set(seg, { text: seg.text, n });
  return n;
}

/** A measure being counted over the segments added to it (one per cell, row, column and the grand total). */
export interface Tally {
  n: number;
  /** the distinct sources or participants, for those measures */
  ids: Set<string> | null;
}
export const newTally = (m: SegmentMeasure): Tally => ({
  n: 0,
  ids: m === 'sources' || m === 'participants' ? new Set() : null,
});
export function addTo(t: Tally, m: SegmentMeasure, seg: Segment, ctx: SegmentContext): void {
  switch (m) {
    case 'segments':
      t.n++;
      return;
    case 'words':
      t.n += segmentWords(seg);
      return;
    case 'sources':
      t.ids!.add(seg.sourceId);
      return;
    case 'participants':
      if (ctx.participantId) t.ids!.add(ctx.participantId);
  }
}
export const tallied = (t: Tally | undefined): number => (t ? (t.ids ? t.ids.size : t.n) : 0);

/** indices without repeats (a segment's PT points or frame codes are almost always one) */
const once = (xs: readonly number[]): readonly number[] => (xs.length < 2 ? xs : [...new Set(xs)]);

/** Totals of segments: `add` each segment with the rows and columns it lands in, then `totals`. */
export function segmentTotals(m: SegmentMeasure, rowCount: number, colCount: number) {
  const rows = Array.from({ length: rowCount }, () => newTally(m));
  const cols = Array.from({ length: colCount }, () => newTally(m));
  const all = newTally(m);
  return {
    add(seg: Segment, ctx: SegmentContext, rs: readonly number[], cs: readonly number[]): void {
      if (!cs.length || !rs.length) return;
      for (const r of once(rs)) addTo(rows[r]!, m, seg, ctx);
      for (const c of once(cs)) addTo(cols[c]!, m, seg, ctx);
      addTo(all, m, seg, ctx);
    },
    /** the totals of the first `shownRows` rows (the row outside every row only when shown) */
    totals(shownRows: number): MatrixTotals {
      return { rows: rows.slice(0, shownRows).map(tallied), cols: cols.map(tallied), all: tallied(all) };
    },
  };
}
/** Totals of configurations: `add` one where it lands in a cell, then `totals`. */
export function configTotals(rowCount: number, colCount: number) {
  const rows = Array.from({ length: rowCount }, () => new Set<string>());
  const cols = Array.from({ length: colCount }, () => new Set<string>());
  const all = new Set<string>();
  return {
    add(id: string, r: number, c: number): void {
      rows[r]!.add(id);
      cols[c]!.add(id);
      all.add(id);
    },
    totals(shownRows: number): MatrixTotals {
      return { rows: rows.slice(0, shownRows).map((s) => s.size), cols: cols.map((s) => s.size), all: all.size };
    },
  };
}
