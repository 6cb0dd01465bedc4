/**
 * A matrix's cells and totals counted in one pass over the segments that pass its filter: each segment is
 * placed once (matrixPlace.ts) and added to every cell, row and column it reaches, in typed arrays indexed
 * by cell (no object or `Set` per cell). A total is the measure over the distinct segments of its row or
 * column, never a sum of the cells; sources and participants are counted distinct by number, a segment's
 * source or participant numbered once per matrix. Pure.
 */
import type { CmoConfiguration, Segment } from './model';
import type { ColsInto, RowsInto } from './matrixPlace';
import { KIND_I, VERDICT_I, type SegmentNumbers } from './segmentNumbers';
import { configTotals, type SegmentMeasure } from './matrixTotals';

export interface Counted {
  /** each cell's segment ids (row × columns + column), in segment order; undefined when none */
  ids: (string[] | undefined)[];
  /** each cell's measure */
  cells: Float64Array;
  rows: Float64Array;
  cols: Float64Array;
  all: number;
}

export interface CountInput {
  segments: readonly Segment[];
  numbers: SegmentNumbers;
  /** the places in `segments` that pass the filter; null: every segment */
  hits: readonly number[] | null;
  measure: SegmentMeasure;
  /** rows including the row outside every row */
  rowCount: number;
  colCount: number;
  rowsInto: RowsInto;
  colsInto: ColsInto;
}

export function countSegments(input: CountInput): Counted {
  const { segments, numbers, hits, measure, rowCount, colCount: nc, rowsInto, colsInto } = input;
  const segIds = numbers.ids();
  const wordsOf = measure === 'words' ? numbers.words() : null;
  const ids: (string[] | undefined)[] = new Array(rowCount * nc);
  const cells = new Float64Array(rowCount * nc);
  const rows = new Float64Array(rowCount);
  const cols = new Float64Array(nc);
  // the last segment added to each row and column total: a segment with two columns in one row counts once there
  const rowLast = new Int32Array(rowCount).fill(-1);
  const colLast = new Int32Array(nc).fill(-1);
  const distinct = measure === 'sources' || measure === 'participants';
  const placed: number[] = [];
  const rs: number[] = [],
    cs: number[] = [];
  let all = 0;
  const n = hits ? hits.length : segments.length;
  for (let h = 0; h < n; h++) {
    const i = hits ? hits[h]! : h;
    const nCols = colsInto(i, cs);
    if (nCols === 0) continue;
    const nRows = rowsInto(i, rs);
    const id = segIds[i]!;
    const w = distinct ? 0 : wordsOf ? wordsOf[i]! : 1;
    for (let a = 0; a < nRows; a++) {
      const r = rs[a]!;
      const base = r * nc;
      for (let b = 0; b < nCols; b++) {
        const k = base + cs[b]!;
        const list = ids[k];
        if (list) list.push(id);
        else ids[k] = [id];
        cells[k]! += w;
      }
      if (rowLast[r] !== i) {
        rowLast[r] = i;
        rows[r]! += w;
      }
    }
    for (let b = 0; b < nCols; b++) {
      const c = cs[b]!;
      if (colLast[c] !== i) {
        colLast[c] = i;
        cols[c]! += w;
      }
    }
    all += w;
    if (distinct) placed.push(i);
  }
  if (distinct) all = countDistinct(input, placed, cells, rows, cols);
  return { ids, cells, rows, cols, all };
}

/**
 * Sources or participants counted distinct: the placed segments numbered by their source or participant and
 * visited in that order (a counting sort), so every cell, row and column sees one number's segments in a row
 * and counts it once. Returns the grand total.
 */
function countDistinct(
  { segments, numbers, measure, colCount: nc, rowsInto, colsInto }: CountInput,
  placed: readonly number[],
  cells: Float64Array,
  rows: Float64Array,
  cols: Float64Array,
): number {
  // a source by its place in the project's sources (one it does not hold by its id, numbered after them); a
  // participant by its place (a segment with no participant counts in no total, though it shows in its cells)
  const places = measure === 'sources' ? numbers.sourceOf() : numbers.participantOf();
  const unknown = new Map<string, number>();
  let count = 0;
  const numOf = new Int32Array(placed.length);
  for (let p = 0; p < placed.length; p++) {
    const i = placed[p]!;
    let k = places[i]!;
    if (k < 0 && measure === 'sources') {
      // numbered -2, -3, … here, after the known ones below
      const id = segments[i]!.sourceId;
      k = unknown.get(id) ?? -2 - unknown.size;
      unknown.set(id, k);
    }
    numOf[p] = k;
    if (k >= count) count = k + 1;
  }
  if (unknown.size) {
    for (let p = 0; p < placed.length; p++) if (numOf[p]! <= -2) numOf[p] = count - 2 - numOf[p]!;
    count += unknown.size;
  }
  const start = new Int32Array(count + 1);
  for (let p = 0; p < placed.length; p++) if (numOf[p]! >= 0) start[numOf[p]! + 1]!++;
  for (let k = 0; k < count; k++) start[k + 1]! += start[k]!;
  const order = new Int32Array(start[count]!);
  for (let p = 0; p < placed.length; p++) if (numOf[p]! >= 0) order[start[numOf[p]!]!++] = p;

  const cellLast = new Int32Array(cells.length).fill(-1);
  const rowLast = new Int32Array(rows.length).fill(-1);
  const colLast = new Int32Array(nc).fill(-1);
  const rs: number[] = [],
    cs: number[] = [];
  let all = 0,
    allLast = -1;
  for (let o = 0; o < order.length; o++) {
    const p = order[o]!;
    const i = placed[p]!;
    const num = numOf[p]!;
    const nCols = colsInto(i, cs);
    const nRows = rowsInto(i, rs);
    for (let a = 0; a < nRows; a++) {
      const r = rs[a]!;
      for (let b = 0; b < nCols; b++) {
        const k = r * nc + cs[b]!;
        if (cellLast[k] !== num) {
          cellLast[k] = num;
          cells[k]!++;
        }
      }
      if (rowLast[r] !== num) {
        rowLast[r] = num;
        rows[r]!++;
      }
    }
    for (let b = 0; b < nCols; b++) {
      const c = cs[b]!;
      if (colLast[c] !== num) {
        colLast[c] = num;
        cols[c]!++;
      }
    }
    if (allLast !== num) {
      allLast = num;
      all++;
    }
  }
  return all;
}

export interface ConfigInput {
  segments: readonly Segment[];
  numbers: SegmentNumbers;
  hits: readonly number[] | null;
  configurations: readonly CmoConfiguration[];
  /** the configuration filters: its PT point and verdict */
  ptFilter: ReadonlySet<string | undefined> | null;
  verdicts: readonly string[] | undefined;
  cols: string;
  ptIndex: ReadonlyMap<string, number>;
  rowCount: number;
  colCount: number;
  rowsInto: RowsInto;
  colsInto: ColsInto;
}

/**
 * Configurations counted: one counts once in every cell its linked segments (that pass the filter) reach — by
 * the segment's row, and by its own PT point and verdict as columns (the segments' kinds or frame codes for those
 * columns).
 */
export function countConfigurations(input: ConfigInput): { ids: (string[] | undefined)[]; cells: Float64Array } & {
  totals: ReturnType<typeof configTotals>;
} {
  const { segments, hits, ptFilter, verdicts, cols, ptIndex, rowCount, colCount: nc } = input;
  const ids: (string[] | undefined)[] = new Array(rowCount * nc);
  const configs: (Set<string> | undefined)[] = new Array(rowCount * nc);
  const totals = configTotals(rowCount, nc);
  // a linked segment by its place (segment ids are unique in a project that opens), if it passes the filter
  const at = input.numbers.indexOf();
  const hit = hits ? new Uint8Array(segments.length) : null;
  if (hit) for (const i of hits!) hit[i] = 1;
  const passed = (id: string) => {
    const i = at.get(id);
    return i !== undefined && (!hit || hit[i]) ? i : undefined;
  };
  const rs: number[] = [],
    cs: number[] = [];
  for (const cfg of input.configurations) {
    if (ptFilter && !ptFilter.has(cfg.pt)) continue;
    if (verdicts?.length && !verdicts.includes(cfg.verdict)) continue;
    const linked = [...cfg.contextIds, ...cfg.mechanismIds, ...cfg.outcomeIds]
      .map(passed)
      .filter((i) => i !== undefined);
    if (!linked.length) continue;
    const pi = ptIndex.get(cfg.pt);
    let colsOf: number[];
    if (cols === 'pt') colsOf = pi === undefined ? [] : [pi];
    else if (cols === 'verdict') colsOf = [VERDICT_I[cfg.verdict]];
    else if (cols === 'pt-kind')
      colsOf =
        pi === undefined
          ? []
          : [...new Set(linked.flatMap((i) => (segments[i]!.kind ? [pi * 3 + KIND_I[segments[i]!.kind!]] : [])))];
    else {
      // the kinds or frame codes of the linked segments, in the order first met
      const union = new Set<number>();
      for (const i of linked) for (let b = 0, nb = input.colsInto(i, cs); b < nb; b++) union.add(cs[b]!);
      colsOf = [...union];
    }
    for (const i of linked) {
      const id = segments[i]!.id;
      const nRows = input.rowsInto(i, rs);
      for (const c of colsOf)
        for (let a = 0; a < nRows; a++) {
          const r = rs[a]!;
          const k = r * nc + c;
          (ids[k] ??= []).push(id);
          (configs[k] ??= new Set()).add(cfg.id);
          totals.add(cfg.id, r, c);
        }
    }
  }
  const cells = new Float64Array(rowCount * nc);
  for (let k = 0; k < cells.length; k++) cells[k] = configs[k]?.size ?? 0;
  return { ids, cells, totals };
}
