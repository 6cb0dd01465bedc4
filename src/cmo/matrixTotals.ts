/**
 * A matrix's row and column totals and a passage's word count. Totals are gathered in the same pass that fills
 * the cells (segments: matrixCount.ts): each segment or configuration is added once to every row and column it
 * reaches, so a total is the measure over the distinct things in its row/column — never a sum of the cells. Pure.
 */
import type { Segment } from './model';
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
export function segmentWords(seg: Segment): number {
  const hit = wordsOf.get(seg);
  if (hit && hit.text === seg.text) return hit.n;
  const n = wordCount(seg.text);
  wordsOf.set(seg, { text: seg.text, n });
  return n;
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
