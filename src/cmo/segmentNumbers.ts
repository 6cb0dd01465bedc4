/**
 * Every segment's case, role, participant, source, PT points, kind and verdict as numbers (places in the
 * project's lists), in typed arrays in the order of `project.segments`, memoised per project state: a matrix
 * reads them instead of 20,000 segment and speaker objects and a map look-up per id. States are immutable, so
 * each table holds while the arrays it was built from are the same objects (a changed case list renumbers the
 * cases only; a changed segment, source, participant or interviewer name gives new contexts and so new tables).
 * Pure.
 */
import { VERDICTS, type Project, type Segment, type Verdict } from './model';
import { segmentContexts, type SegmentContext } from './segments';
import { segmentWords } from './matrixTotals';

/** a place in a list per segment; -1: none, or an id the list does not hold */
export type Places = Int32Array;

export interface PtNumbers {
  /** segment i's PT points are `pt[start[i]] … pt[start[i + 1] - 1]`, each a place in the points (-1: unknown) */
  start: Int32Array;
  pt: Int32Array;
  /** C, M, O as 0, 1, 2; -1 when the coding has no kind */
  kind: Int8Array;
  /** the verdict's place in VERDICTS */
  verdict: Int8Array;
}

/** each table worked out on first use (then memoised) */
export interface SegmentNumbers {
  contexts: readonly SegmentContext[];
  /** each segment's id */
  ids: () => readonly string[];
  /** each segment's place by its id */
  indexOf: () => ReadonlyMap<string, number>;
  caseOf: () => Places;
  roleOf: () => Places;
  participantOf: () => Places;
  sourceOf: () => Places;
  pts: () => PtNumbers;
  /** each passage's word count (counted once per segment object: matrixTotals.ts) */
  words: () => Float64Array;
}

/** a value kept per pair of objects, while both live */
function pairMemo<A extends object, B extends object, V>(make: (a: A, b: B) => V): (a: A, b: B) => V {
  const memo = new WeakMap<A, WeakMap<B, V>>();
  return (a, b) => {
    let byB = memo.get(a);
    if (!byB) memo.set(a, (byB = new WeakMap()));
    let v = byB.get(b);
    if (v === undefined) byB.set(b, (v = make(a, b)));
    return v;
  };
}

/** places of ids in a list of things with ids (the last one of a repeated id, as a `Map` built from the list) */
function placesOf(n: number, idAt: (i: number) => string | null, list: readonly { id: string }[]): Places {
  const at = new Map(list.map((x, i) => [x.id, i]));
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const id = idAt(i);
    out[i] = id === null ? -1 : (at.get(id) ?? -1);
  }
  return out;
}

const caseOf = pairMemo((ctx: readonly SegmentContext[], cases: Project['cases']) =>
  placesOf(ctx.length, (i) => ctx[i]!.caseId, cases),
);
const roleOf = pairMemo((ctx: readonly SegmentContext[], roles: Project['roles']) =>
  placesOf(ctx.length, (i) => ctx[i]!.roleId, roles),
);
const participantOf = pairMemo((ctx: readonly SegmentContext[], participants: Project['participants']) =>
  placesOf(ctx.length, (i) => ctx[i]!.participantId, participants),
);
const sourceOf = pairMemo((segs: readonly Segment[], sources: Project['sources']) =>
  placesOf(segs.length, (i) => segs[i]!.sourceId, sources),
);
const idsOf = new WeakMap<readonly Segment[], readonly string[]>();
const wordsOf = new WeakMap<readonly Segment[], Float64Array>();
const placeById = new WeakMap<readonly Segment[], ReadonlyMap<string, number>>();

/** a kind's and a verdict's number (their order in KINDS and VERDICTS) */
export const KIND_I = { C: 0, M: 1, O: 2 } as const;
export const VERDICT_I = Object.fromEntries(VERDICTS.map((v, i) => [v, i])) as Record<Verdict, number>;

const ptsOf = pairMemo((segs: readonly Segment[], points: Project['programmeTheory']['points']): PtNumbers => {
  const at = new Map(points.map((p, i) => [p.id, i]));
  const start = new Int32Array(segs.length + 1);
  for (let i = 0; i < segs.length; i++) start[i + 1] = start[i]! + segs[i]!.pt.length;
  const pt = new Int32Array(start[segs.length]!);
  const kind = new Int8Array(segs.length);
  const verdict = new Int8Array(segs.length);
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    for (let j = 0; j < seg.pt.length; j++) pt[start[i]! + j] = at.get(seg.pt[j]!) ?? -1;
    kind[i] = seg.kind ? KIND_I[seg.kind] : -1;
    verdict[i] = VERDICT_I[seg.verdict];
  }
  return { start, pt, kind, verdict };
});

/** Every segment's numbers (see above), memoised per project state. */
export function segmentNumbers(project: Project): SegmentNumbers {
  const segs = project.segments;
  const contexts = segmentContexts(project);
  return {
    contexts,
    ids: () => {
      let ids = idsOf.get(segs);
      if (!ids) idsOf.set(segs, (ids = segs.map((s) => s.id)));
      return ids;
    },
    indexOf: () => {
      let at = placeById.get(segs);
      if (!at) placeById.set(segs, (at = new Map(segs.map((s, i) => [s.id, i]))));
      return at;
    },
    caseOf: () => caseOf(contexts, project.cases),
    roleOf: () => roleOf(contexts, project.roles),
    participantOf: () => participantOf(contexts, project.participants),
    sourceOf: () => sourceOf(segs, project.sources),
    pts: () => ptsOf(segs, project.programmeTheory.points),
    words: () => {
      let words = wordsOf.get(segs);
      if (!words) wordsOf.set(segs, (words = Float64Array.from(segs, segmentWords)));
      return words;
    },
  };
}
