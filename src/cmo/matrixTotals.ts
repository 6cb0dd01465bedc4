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

/** A segment that passed the filter, with who said it. */
export interface Hit {
  seg: Segment;
  ctx: SegmentContext;
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

/** The measure of some segments: how many, in how many sources or participants, how many words. */
export function measureHits(m: SegmentMeasure, b: readonly Hit[]): number {
  switch (m) {
    case 'segments':
      return b.length;
    case 'sources':
      return new Set(b.map((h) => h.seg.sourceId)).size;
    case 'participants':
      return new Set(b.map((h) => h.ctx.participantId).filter(Boolean)).size;
    case 'words':
      return b.reduce((a, h) => a + segmentWords(h.seg), 0);
  }
}

/** indices without repeats (a segment's PT points or frame codes are almost always one) */
const once = (xs: readonly number[]): readonly number[] => (xs.length < 2 ? xs : [...new Set(xs)]);

/** Totals of segments: `add` each hit with the rows and columns it lands in, then `totals`. */
export function segmentTotals(rowCount: number, colCount: number) {
  const rows: Hit[][] = Array.from({ length: rowCount }, () => []);
  const cols: Hit[][] = Array.from({ length: colCount }, () => []);
  const all: Hit[] = [];
  return {
    add(h: Hit, rs: readonly number[], cs: readonly number[]): void {
      if (!cs.length || !rs.length) return;
      for (const r of once(rs)) rows[r]!.push(h);
      for (const c of once(cs)) cols[c]!.push(h);
      all.push(h);
    },
    /** the totals of the first `shownRows` rows (the row outside every row only when shown) */
    totals(m: SegmentMeasure, shownRows: number): MatrixTotals {
      return {
        rows: rows.slice(0, shownRows).map((b) => measureHits(m, b)),
        cols: cols.map((b) => measureHits(m, b)),
        all: measureHits(m, all),
      };
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
