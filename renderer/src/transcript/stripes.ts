/**
 * Coding stripes, as plain data: lanes (one per PT point or per kind, plus one per thematic
 * code used without a kind) and, per segment, the stripe(s) it draws — a segment coded with two
 * PT points has a stripe in each of their lanes. Stripes that overlap inside a lane get their
 * own columns, so overlapping segments stay distinct. Pure: no DOM.
 */
import type { Kind } from '../../../src/cmo/model';
import { listChange } from './listChange';

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
/** a lane's segments, in the order given */
type Group = { key: string; group: Lane['group']; id: string; segs: StripeSegment[] };
interface Memo {
  mode: LaneMode;
  names: StripeNames;
  lanes: Map<string, LaneMemo>;
  /** what the layout was made from: the segments, and the lanes they fell into (by key, in first-seen order) */
  segments: readonly StripeSegment[];
  groups: Map<string, Group>;
}
const memos = new WeakMap<StripeLayout, Memo>();

/** Every segment into its lanes, in order: no key string or closure made per segment. */
function groupAll(segments: readonly StripeSegment[], mode: LaneMode): Map<string, Group> {
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
  return new Map([...byGroup.pt.values(), ...byGroup.kind.values(), ...byGroup.code.values()].map((g) => [g.key, g]));
}

/** The keys of the lanes a segment draws in (a key twice when it names a PT point twice). */
function laneKeys(s: StripeSegment, mode: LaneMode): string[] {
  if (s.end <= s.start) return [];
  if (s.kind === null) return s.codes.map((c) => `code:${c}`);
  return mode === 'pt' ? s.pt.map((p) => `pt:${p}`) : [`kind:${s.kind}`];
}

/**
 * The lanes of `b` from those of the segments before, when the two lists share all but a few
 * objects, in order (a coding action adds one segment or replaces one): only those few are taken
 * out of or put into their lanes, in list order — no pass over every segment. Null when that cannot
 * be done (many changes, an object moved, a lane that is new).
 */
function regroup(before: Memo, b: readonly StripeSegment[], mode: LaneMode): Map<string, Group> | null {
  const { head, gone, added } = listChange(before.segments, b);
  if (gone.length + added.length > 32) return null;
  if (added.some((s) => gone.includes(s))) return null;
  const groups = new Map(before.groups);
  const edited = new Map<string, StripeSegment[]>();
  const segsOf = (key: string) => edited.get(key) ?? [...groups.get(key)!.segs];
  for (const s of gone)
    for (const key of laneKeys(s, mode))
      edited.set(
        key,
        segsOf(key).filter((x) => x !== s),
      );
  for (let i = 0; i < added.length; i++) {
    const s = added[i]!,
      at = head + i;
    for (const key of laneKeys(s, mode)) {
      if (!groups.has(key)) return null; // a new lane: where it goes among equals is for the full layout to say
      const segs = segsOf(key);
      // a lane's segments are in list order: s goes before the first that comes after it in the new list
      let lo = 0,
        hi = segs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (b.indexOf(segs[mid]!) > at) hi = mid;
        else lo = mid + 1;
      }
      segs.splice(lo, 0, s);
      edited.set(key, segs);
    }
  }
  for (const [key, segs] of edited) {
    if (!segs.length) groups.delete(key);
    else groups.set(key, { ...groups.get(key)!, segs });
  }
  return groups;
}

/**
 * The stripes of `segments`. Given the layout before (`prev`, made with the same mode and names),
 * a lane whose segments are the very same objects keeps its stripes and columns, and when the
 * segments are those before with a few added or replaced, only those few are put into lanes: after
 * a coding action only the new segment's lanes are laid out again (this runs on every one).
 */
export function layoutStripes(
  segments: readonly StripeSegment[],
  mode: LaneMode,
  names: StripeNames,
  prev?: StripeLayout,
): StripeLayout {
  if (mode === 'off') return { lanes: [], stripes: [], width: 0 };
  const before = prev ? memos.get(prev) : undefined;
  const same = before && before.mode === mode && before.names === names ? before : null;
  const regrouped = same ? regroup(same, segments, mode) : null;
  const byKey = regrouped ?? groupAll(segments, mode);
  const reuse = same?.lanes ?? null;
  const ptIndex = new Map(names.ptOrder.map((id, i) => [id, i]));
  // each lane's rank worked out once, not in every comparison
  const ranks = new Map<Group, [number, number, string]>();
  for (const g of byKey.values())
    ranks.set(
      g,
      g.group === 'pt'
        ? [0, ptIndex.get(g.id) ?? Number.MAX_SAFE_INTEGER, g.id]
        : g.group === 'kind'
          ? [0, KIND_ORDER.indexOf(g.id as Kind), g.id]
          : [1, 0, names.code(g.id)],
    );
  const order = (a: Group, b: Group) => {
    const [ga, ia, na] = ranks.get(a)!,
      [gb, ib, nb] = ranks.get(b)!;
    return ga - gb || ia - ib || names.compare(na, nb);
  };
  const groups = [...byKey.values()].sort(order);
  // lanes that rank equal stay in the order their first segments come, which regrouping does not keep
  if (regrouped && groups.some((g, i) => i > 0 && order(groups[i - 1]!, g) === 0))
    return layoutStripes(segments, mode, names);
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
    if (
      old &&
      old.index === index &&
      (old.segs === segs || (old.segs.length === segs.length && old.segs.every((s, i) => s === segs[i])))
    )
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
  memos.set(out, { mode, names, lanes: memo, segments, groups: byKey });
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
