/**
 * Where a segment lands in a matrix: its row and column indices, written into an array the caller
 * reuses (no garbage per segment) by a function chosen once per query for its dimension — not a
 * switch on the dimension's name for every segment. Pure.
 */
import { VERDICTS, type Segment, type Verdict } from './model';
import type { SegmentContext } from './segments';

/** writes a segment's row indices into `out` and returns how many (at least one: `none` when no row has it) */
export type RowsInto = (seg: Segment, ctx: SegmentContext, out: number[]) => number;
/** writes a segment's column indices into `out` and returns how many (none: it is not counted) */
export type ColsInto = (seg: Segment, out: number[]) => number;

/** a code frame's dimension: one row or column per child code, each matching its subtree */
export interface FrameDim {
  id: string;
  members: Set<string>;
}

export const KIND_I = { C: 0, M: 1, O: 2 } as const;
export const VERDICT_I = Object.fromEntries(VERDICTS.map((v, i) => [v, i])) as Record<Verdict, number>;

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
}

export function rowsInto({ dim, index, none, frame, caseAttr }: RowSpec): RowsInto {
  const rowOf = (key: string | null) => (key === null ? none : (index.get(key) ?? none));
  if (frame) {
    const at = frame.map((d) => index.get(d.id) ?? none);
    return (seg, _ctx, out) => {
      const n = frameInto(frame, at, seg, out);
      if (n) return n;
      out[0] = none;
      return 1;
    };
  }
  const one =
    (f: (seg: Segment, ctx: SegmentContext) => number): RowsInto =>
    (seg, ctx, out) => {
      out[0] = f(seg, ctx);
      return 1;
    };
  switch (dim) {
    case 'case':
      return one((_seg, ctx) => rowOf(ctx.caseId));
    case 'role':
      return one((_seg, ctx) => rowOf(ctx.roleId));
    case 'participant':
      return one((_seg, ctx) => rowOf(ctx.participantId));
    case 'source':
      return one((seg) => rowOf(seg.sourceId));
    default: {
      // the attribute's row of each case, worked out once
      const caseRow = new Map([...(caseAttr ?? [])].map(([id, v]) => [id, rowOf(v)]));
      return one((_seg, ctx) => (ctx.caseId ? (caseRow.get(ctx.caseId) ?? none) : none));
    }
  }
}

export interface ColSpec {
  /** `pt`, `kind`, `pt-kind`, `verdict` or `code:…` */
  dim: string;
  index: ReadonlyMap<string, number>;
  ptIndex: ReadonlyMap<string, number>;
  /** the PT points a filter keeps (null: all) */
  ptFilter: ReadonlySet<string | undefined> | null;
  frame: readonly FrameDim[] | null;
}

export function colsInto({ dim, index, ptIndex, ptFilter, frame }: ColSpec): ColsInto {
  switch (dim) {
    case 'pt':
      return (seg, out) => {
        let n = 0;
        for (const p of seg.pt) {
          if (ptFilter && !ptFilter.has(p)) continue;
          const i = ptIndex.get(p);
          if (i !== undefined) out[n++] = i;
        }
        return n;
      };
    case 'kind':
      return (seg, out) => {
        if (!seg.kind) return 0;
        out[0] = KIND_I[seg.kind];
        return 1;
      };
    case 'pt-kind':
      return (seg, out) => {
        if (!seg.kind) return 0;
        const k = KIND_I[seg.kind];
        let n = 0;
        for (const p of seg.pt) {
          if (ptFilter && !ptFilter.has(p)) continue;
          const i = ptIndex.get(p);
          if (i !== undefined) out[n++] = i * 3 + k;
        }
        return n;
      };
    case 'verdict':
      return (seg, out) => {
        if (!seg.kind) return 0;
        out[0] = VERDICT_I[seg.verdict];
        return 1;
      };
    default: {
      const dims = frame!;
      const at = dims.map((d) => index.get(d.id)!);
      return (seg, out) => frameInto(dims, at, seg, out);
    }
  }
}
