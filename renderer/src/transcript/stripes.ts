/**
 * Coding stripes, as plain data: lanes (one per PT point or per kind, plus one per thematic
 * code used without a kind) and, per segment, the stripe(s) it draws — a segment coded with two
 * PT points has a stripe in each of their lanes. Stripes that overlap inside a lane get their
 * own columns, so overlapping segments stay distinct. Pure: no DOM.
 */
import type { Kind } from '../../../src/cmo/model';

export type LaneMode = 'pt' | 'kind' | 'off';

export interface StripeSegment { id: string; start: number; end: number; kind: Kind | null; pt: readonly string[]; codes: readonly string[]; needsReview?: boolean }

export interface Lane { key: string; label: string; group: 'pt' | 'kind' | 'code'; kind: Kind | null; cols: number; x: number; width: number }
export interface Stripe { id: string; lane: number; col: number; start: number; end: number; kind: Kind | null; label: string; flagged: boolean }
export interface StripeLayout { lanes: Lane[]; stripes: Stripe[]; width: number }

export const COL_WIDTH = 11;
export const LANE_GAP = 3;
const KIND_ORDER: readonly Kind[] = ['C', 'M', 'O'];

export interface StripeNames {
  /** short name of a PT point (`#4a`, `Overordnet`) */
  pt: (id: string) => string;
  /** a thematic code's name */
  code: (id: string) => string;
  /** the order of PT points in the programme theory */
  ptOrder: readonly string[];
  compare: (a: string, b: string) => number;
}

/** Greedy interval partitioning: the first column whose last stripe ended at or before this start. */
function assignColumns(items: { start: number; end: number; col: number }[]): number {
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  const ends: number[] = [];
  for (const it of items) {
    let c = ends.findIndex((e) => e <= it.start);
    if (c < 0) { c = ends.length; ends.push(it.end); } else ends[c] = it.end;
    it.col = c;
  }
  return Math.max(1, ends.length);
}

export function layoutStripes(segments: readonly StripeSegment[], mode: LaneMode, names: StripeNames): StripeLayout {
  if (mode === 'off') return { lanes: [], stripes: [], width: 0 };
  const byLane = new Map<string, { lane: Omit<Lane, 'cols' | 'x' | 'width'>; items: Stripe[] }>();
  // a lane's description is built once, when its first stripe comes (this runs on every coding action)
  const add = (key: string, lane: () => Omit<Lane, 'cols' | 'x' | 'width'>, s: StripeSegment, label: string) => {
    let entry = byLane.get(key);
    if (!entry) byLane.set(key, entry = { lane: lane(), items: [] });
    entry.items.push({ id: s.id, lane: -1, col: 0, start: s.start, end: s.end, kind: s.kind, label, flagged: !!s.needsReview });
  };
  for (const s of segments) {
    if (s.end <= s.start) continue;
    if (s.kind !== null) {
      if (mode === 'pt') {
        for (const p of s.pt) add(`pt:${p}`, () => ({ key: `pt:${p}`, label: names.pt(p), group: 'pt', kind: null }), s, s.kind);
      } else {
        add(`kind:${s.kind}`, () => ({ key: `kind:${s.kind}`, label: s.kind!, group: 'kind', kind: s.kind }), s, s.pt.map((p) => names.pt(p).replace(/^#/, '')).join(' '));
      }
    }
    // thematic codes of a passage without C/M/O: their own lanes
    if (s.kind === null) for (const c of s.codes) add(`code:${c}`, () => ({ key: `code:${c}`, label: names.code(c), group: 'code', kind: null }), s, names.code(c));
  }
  const ptIndex = new Map(names.ptOrder.map((id, i) => [id, i]));
  const rank = (key: string): [number, number, string] => {
    const [group, id = ''] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (group === 'pt') return [0, ptIndex.get(id) ?? Number.MAX_SAFE_INTEGER, id];
    if (group === 'kind') return [0, KIND_ORDER.indexOf(id as Kind), id];
    return [1, 0, names.code(id)];
  };
  const keys = [...byLane.keys()].sort((a, b) => {
    const [ga, ia, na] = rank(a), [gb, ib, nb] = rank(b);
    return ga - gb || ia - ib || names.compare(na, nb);
  });
  const lanes: Lane[] = [];
  const stripes: Stripe[] = [];
  let x = 0;
  keys.forEach((key, laneIndex) => {
    const { lane, items } = byLane.get(key)!;
    const cols = assignColumns(items);
    const width = cols * COL_WIDTH;
    lanes.push({ ...lane, cols, x, width });
    x += width + LANE_GAP;
    for (const it of items) { it.lane = laneIndex; stripes.push(it); }
  });
  stripes.sort((a, b) => a.start - b.start || b.end - a.end);
  return { lanes, stripes, width: Math.max(0, x - LANE_GAP) };
}

/** The stripes that touch `[from, to)`; `stripes` sorted by start. */
export function stripesIn(stripes: readonly Stripe[], from: number, to: number): Stripe[] {
  const out: Stripe[] = [];
  for (const s of stripes) {
    if (s.start >= to) break;
    if (s.end > from) out.push(s);
  }
  return out;
}
