/**
 * Coding stripes, as plain data: lanes (one per PT point or per kind, plus one per thematic
 * code used without a kind) and, per segment, the stripe(s) it draws — a segment coded with two
 * PT points has a stripe in each of their lanes. Stripes that overlap inside a lane get their
 * own columns, so overlapping segments stay distinct. Pure: no DOM.
 */
import type { Kind } from '../../../src/cmo/model';

export type LaneMode = 'pt' | 'kind' | 'off';

export interface StripeSegment {
  id: string;
  start: number;
  end: number;
  kind: Kind | null;
  pt: readonly string[];
  codes: readonly string[];
  needsReview?: boolean;
}

export interface Lane {
  key: string;
  label: string;
  group: 'pt' | 'kind' | 'code';
  kind: Kind | null;
  cols: number;
  x: number;
  width: number;
}
export interface Stripe {
  id: string;
  lane: number;
  col: number;
  start: number;
  end: number;
  kind: Kind | null;
  label: string;
  flagged: boolean;
}
export interface StripeLayout {
  lanes: Lane[];
  stripes: Stripe[];
  width: number;
}

export const COL_WIDTH = 14; // a stripe is 12 px wide, room for its letters
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
    if (c < 0) {
      c = ends.length;
      ends.push(it.end);
    } else ends[c] = it.end;
    it.col = c;
  }
  return Math.max(1, ends.length);
}

type LaneHead = Omit<Lane, 'cols' | 'x' | 'width'>;
/** what a lane of a layout was built from: the next layout keeps it when its segments are the same objects */
interface LaneMemo {
  segs: readonly StripeSegment[];
  items: Stripe[];
  cols: number;
  index: number;
}
const memos = new WeakMap<StripeLayout, { mode: LaneMode; names: StripeNames; lanes: Map<string, LaneMemo> }>();

/**
 * The stripes of `segments`. Given the layout before (`prev`, made with the same mode and names),
 * a lane whose segments are the very same objects keeps its stripes and columns: after a coding
 * action only the new segment's lanes are laid out again (this runs on every one).
 */
export function layoutStripes(
  segments: readonly StripeSegment[],
  mode: LaneMode,
  names: StripeNames,
  prev?: StripeLayout,
): StripeLayout {
  if (mode === 'off') return { lanes: [], stripes: [], width: 0 };
  const before = prev ? memos.get(prev) : undefined;
  const reuse = before && before.mode === mode && before.names === names ? before.lanes : null;
  // lanes by group and id: no key string or closure made per segment (this runs on every coding action)
  type Group = { key: string; group: Lane['group']; id: string; segs: StripeSegment[] };
  const byGroup = { pt: new Map<string, Group>(), kind: new Map<string, Group>(), code: new Map<string, Group>() };
  const add = (group: Lane['group'], id: string, s: StripeSegment) => {
    let g = byGroup[group].get(id);
    if (!g) byGroup[group].set(id, (g = { key: `${group}:${id}`, group, id, segs: [] }));
    g.segs.push(s);
  };
  for (const s of segments) {
    if (s.end <= s.start) continue;
    if (s.kind !== null) {
      if (mode === 'pt') for (const p of s.pt) add('pt', p, s);
      else add('kind', s.kind, s);
    }
    // thematic codes of a passage without C/M/O: their own lanes
    else for (const c of s.codes) add('code', c, s);
  }
  const ptIndex = new Map(names.ptOrder.map((id, i) => [id, i]));
  const rank = (g: Group): [number, number, string] =>
    g.group === 'pt'
      ? [0, ptIndex.get(g.id) ?? Number.MAX_SAFE_INTEGER, g.id]
      : g.group === 'kind'
        ? [0, KIND_ORDER.indexOf(g.id as Kind), g.id]
        : [1, 0, names.code(g.id)];
  const groups = [...byGroup.pt.values(), ...byGroup.kind.values(), ...byGroup.code.values()].sort((a, b) => {
    const [ga, ia, na] = rank(a),
      [gb, ib, nb] = rank(b);
    return ga - gb || ia - ib || names.compare(na, nb);
  });
  const head = ({ key, group, id }: Group): LaneHead =>
    group === 'pt'
      ? { key, label: names.pt(id), group, kind: null }
      : group === 'kind'
        ? { key, label: id, group, kind: id as Kind }
        : { key, label: names.code(id), group, kind: null };
  const label = ({ group, id }: Group, s: StripeSegment) =>
    group === 'pt'
      ? s.kind!
      : group === 'kind'
        ? s.pt.map((p) => names.pt(p).replace(/^#/, '')).join(' ')
        : names.code(id);
  const lanes: Lane[] = [];
  const memo = new Map<string, LaneMemo>();
  let x = 0;
  // the lanes laid out again, when every other lane is kept where it was (then merged into the stripes before)
  let redone: { old: LaneMemo; now: LaneMemo }[] | null = reuse && reuse.size === groups.length ? [] : null;
  groups.forEach((g, index) => {
    const { key, segs } = g;
    const old = reuse?.get(key);
    let m: LaneMemo;
    if (old && old.index === index && old.segs.length === segs.length && old.segs.every((s, i) => s === segs[i]))
      m = old;
    else {
      const items = segs.map((s): Stripe => ({
        id: s.id,
        lane: index,
        col: 0,
        start: s.start,
        end: s.end,
        kind: s.kind,
        label: label(g, s),
        flagged: !!s.needsReview,
      }));
      m = { segs, items, cols: assignColumns(items), index };
      if (old && old.index === index) redone?.push({ old, now: m });
      else redone = null;
    }
    memo.set(key, m);
    const width = m.cols * COL_WIDTH;
    lanes.push({ ...head(g), cols: m.cols, x, width });
    x += width + LANE_GAP;
  });
  const stripes =
    prev && redone
      ? mergeRedone(prev.stripes, redone)
      : // each lane's stripes are in order already: the sort merges a few runs
        [...memo.values()].flatMap((m) => m.items).sort(byPlace);
  const out: StripeLayout = { lanes, stripes, width: Math.max(0, x - LANE_GAP) };
  memos.set(out, { mode, names, lanes: memo });
  return out;
}

/** the stripes' order: by start, the longer first, then by lane (a stable sort of the lanes' stripes in lane order) */
const byPlace = (a: Stripe, b: Stripe) => a.start - b.start || b.end - a.end;
const byPlaceAndLane = (a: Stripe, b: Stripe) => byPlace(a, b) || a.lane - b.lane;

/**
 * The stripes before with the redone lanes' stripes taken out and their new ones merged in, in the
 * order the full sort gives (a coding action redoes one lane: no sort of every stripe).
 */
function mergeRedone(before: readonly Stripe[], redone: readonly { old: LaneMemo; now: LaneMemo }[]): Stripe[] {
  if (!redone.length) return before as Stripe[];
  const gone = new Set<Stripe>(redone.flatMap((r) => r.old.items));
  const added = redone.length === 1 ? redone[0]!.now.items : redone.flatMap((r) => r.now.items).sort(byPlaceAndLane);
  const out: Stripe[] = [];
  let j = 0;
  for (const s of before) {
    if (gone.has(s)) continue;
    while (j < added.length && byPlaceAndLane(added[j]!, s) < 0) out.push(added[j++]!);
    out.push(s);
  }
  while (j < added.length) out.push(added[j++]!);
  return out;
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
