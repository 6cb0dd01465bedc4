/**
 * Where a segment lands in a matrix: its row and column indices, written into an array the caller reuses (no
 * garbage per segment) by a function chosen once per query for its dimension, reading the segment's numbers
 * (segmentNumbers.ts) — not a switch on the dimension's name, a speaker object and a map look-up per segment.
 * Pure.
 */
import type { Project, Segment } from './model';
import type { SegmentNumbers } from './segmentNumbers';

/** writes segment i's row indices into `out` and returns how many (at least one: `none` when no row has it) */
export type RowsInto = (i: number, out: number[]) => number;
/** writes segment i's column indices into `out` and returns how many (none: it is not counted) */
export type ColsInto = (i: number, out: number[]) => number;

/** a code frame's dimension: one row or column per child code, each matching its subtree */
export interface FrameDim {
  id: string;
  members: Set<string>;
}

function hasAny(codes: readonly string[], members: Set<string>): boolean {
  for (let i = 0; i < codes.length; i++) if (members.has(codes[i]!)) return true;
  return false;
}

/** the frame's dimensions a segment is coded in (any code of their subtree), as indices (`at`) */
function frameInto(frame: readonly FrameDim[], at: readonly number[], seg: Segment, out: number[]): number {
  let n = 0;
  for (let j = 0; j < frame.length; j++) if (hasAny(seg.codes, frame[j]!.members)) out[n++] = at[j]!;
  return n;
}

export interface RowSpec {
  /** `case`, `role`, `participant`, `source`, `attr:…` or `code:…` */
  dim: string;
  index: ReadonlyMap<string, number>;
  /** the row of the segments outside every row */
  none: number;
  frame: readonly FrameDim[] | null;
  /** each case's value of the rows' attribute (`attr:…`) */
  caseAttr: ReadonlyMap<string, string | null> | null;
  project: Pick<Project, 'cases' | 'roles' | 'participants' | 'sources' | 'segments'>;
  numbers: SegmentNumbers;
}

export function rowsInto({ dim, index, none, frame, caseAttr, project, numbers }: RowSpec): RowsInto {
  const segments = project.segments;
  if (frame) {
    const at = frame.map((d) => index.get(d.id) ?? none);
    return (i, out) => {
      const n = frameInto(frame, at, segments[i]!, out);
      if (n) return n;
      out[0] = none;
      return 1;
    };
  }
  const rowOf = (key: string | null) => (key === null ? none : (index.get(key) ?? none));
  // each place's row: a case, role, participant or source by its id, a case by its attribute value
  const by = (places: Int32Array, list: readonly { id: string }[], key: (x: { id: string }) => string | null) => {
    const rowAt = Int32Array.from(list, (x) => rowOf(key(x)));
    return (i: number, out: number[]) => {
      const p = places[i]!;
      out[0] = p < 0 ? none : rowAt[p]!;
      return 1;
    };
  };
  const id = (x: { id: string }) => x.id;
  switch (dim) {
    case 'case':
      return by(numbers.caseOf(), project.cases, id);
    case 'role':
      return by(numbers.roleOf(), project.roles, id);
    case 'participant':
      return by(numbers.participantOf(), project.participants, id);
    case 'source':
      return by(numbers.sourceOf(), project.sources, id);
    default:
      return by(numbers.caseOf(), project.cases, (c) => caseAttr?.get(c.id) ?? null);
  }
}

export interface ColSpec {
  /** `pt`, `kind`, `pt-kind`, `verdict` or `code:…` */
  dim: string;
  index: ReadonlyMap<string, number>;
  /** the PT points a filter keeps (null: all) */
  ptFilter: ReadonlySet<string | undefined> | null;
  frame: readonly FrameDim[] | null;
  project: Pick<Project, 'programmeTheory' | 'segments'>;
  numbers: SegmentNumbers;
}

export function colsInto({ dim, index, ptFilter, frame, project, numbers }: ColSpec): ColsInto {
  if (dim !== 'pt' && dim !== 'kind' && dim !== 'pt-kind' && dim !== 'verdict') {
    const dims = frame!;
    const at = dims.map((d) => index.get(d.id)!);
    const segments = project.segments;
    return (i, out) => frameInto(dims, at, segments[i]!, out);
  }
  const { start, pt, kind, verdict } = numbers.pts();
  const points = project.programmeTheory.points;
  const keep = ptFilter ? Uint8Array.from(points, (p) => (ptFilter.has(p.id) ? 1 : 0)) : null;
  switch (dim) {
    case 'kind':
      return (i, out) => {
        if (kind[i]! < 0) return 0;
        out[0] = kind[i]!;
        return 1;
      };
    case 'verdict':
      return (i, out) => {
        if (kind[i]! < 0) return 0;
        out[0] = verdict[i]!;
        return 1;
      };
    case 'pt':
      return (i, out) => {
        let n = 0;
        for (let j = start[i]!, end = start[i + 1]!; j < end; j++) {
          const c = pt[j]!;
          if (c >= 0 && (!keep || keep[c])) out[n++] = c;
        }
        return n;
      };
    default:
      return (i, out) => {
        const k = kind[i]!;
        if (k < 0) return 0;
        let n = 0;
        for (let j = start[i]!, end = start[i + 1]!; j < end; j++) {
          const c = pt[j]!;
          if (c >= 0 && (!keep || keep[c])) out[n++] = c * 3 + k;
        }
        return n;
      };
  }
}
