import type { Kind, Participant, Project, Segment, Source, Verdict } from './model';
import { findPt, getSource } from './lookup';
import { turnAt } from './turns';
import { interviewerNames, isInterviewer } from './interviewers';
import { DomainError } from './errors';
import { resolveCodes } from './codebook';
import { say } from './logMessages';
import { codingProblem } from './codingProblem';

export { DomainError };

export interface SegmentInput {
  sourceId: string;
  start: number;
  end: number;
  kind?: Kind | null;
  pt?: string[];
  codes?: string[];
  verdict?: Verdict;
  memo?: string;
  coder?: string;
}

/** PT references (`4a`, `#4A`) resolved to the template's ids; unknown ones are an error. */
export function resolvePts(project: Project, refs: readonly string[]): string[] {
  if (refs.length === 0) throw new DomainError(say('errNeedPt'));
  const ids = refs.map((r) => {
    const p = findPt(project, r);
    if (!p) throw new DomainError(say('errUnknownPt', { id: r }));
    return p.id;
  });
  return [...new Set(ids)];
}

function checkRange(source: Source, start: number, end: number): void {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end > source.text.length || start >= end)
    throw new DomainError(say('errBadRange', { start, end, source: source.name, length: source.text.length }));
  if (!source.text.slice(start, end).trim()) throw new DomainError(say('errEmptyPassage'));
}

const PROBLEM_SAID = {
  'need-pt': 'errNeedPtWithKind',
  'need-kind': 'errNeedKind',
  'need-coding': 'errNeedCoding',
} as const;

/** What a coding needs (`codingProblem`), refused in the domain's words. */
function checkCoding(kind: Kind | null, pt: string[], codes: string[]): void {
  const problem = codingProblem({ kind, pt, codes });
  if (problem) throw new DomainError(say(PROBLEM_SAID[problem]));
}

export function makeSegment(project: Project, input: SegmentInput, id: string, now: string): Segment {
  const source = getSource(project, input.sourceId);
  checkRange(source, input.start, input.end);
  const kind = input.kind ?? null;
  const pt = input.pt?.length ? resolvePts(project, input.pt) : [];
  const codes = input.codes?.length ? resolveCodes(project, input.codes) : [];
  checkCoding(kind, pt, codes);
  return {
    id,
    sourceId: source.id,
    start: input.start,
    end: input.end,
    text: source.text.slice(input.start, input.end),
    kind,
    pt,
    codes,
    verdict: input.verdict ?? 'unclear',
    memo: input.memo ?? '',
    coder: input.coder ?? '',
    createdAt: now,
    updatedAt: now,
    needsReview: false,
    previousText: null,
  };
}

export function addSegment(project: Project, seg: Segment): Project {
  return { ...project, segments: [...project.segments, seg] };
}

export type SegmentPatch = Partial<
  Pick<Segment, 'start' | 'end' | 'kind' | 'pt' | 'codes' | 'verdict' | 'memo' | 'coder' | 'needsReview'>
>;

export function updateSegment(
  project: Project,
  id: string,
  patch: SegmentPatch,
  now: string,
): { project: Project; segment: Segment } {
  const i = project.segments.findIndex((s) => s.id === id);
  if (i < 0) throw new DomainError(say('errUnknownSegment', { id }));
  const old = project.segments[i]!;
  const source = getSource(project, old.sourceId);
  const start = patch.start ?? old.start;
  const end = patch.end ?? old.end;
  checkRange(source, start, end);
  const moved = start !== old.start || end !== old.end;
  const kind = patch.kind !== undefined ? patch.kind : old.kind;
  const pt = patch.pt ? (patch.pt.length ? resolvePts(project, patch.pt) : []) : kind === null ? [] : old.pt;
  const codes = patch.codes ? resolveCodes(project, patch.codes) : old.codes;
  checkCoding(kind, pt, codes);
  const segment: Segment = {
    ...old,
    ...patch,
    kind,
    pt,
    codes,
    start,
    end,
    text: moved ? source.text.slice(start, end) : old.text,
    needsReview: moved ? false : (patch.needsReview ?? old.needsReview),
    previousText: moved || patch.needsReview === false ? null : old.previousText,
    updatedAt: now,
  };
  const segments = project.segments.slice();
  segments[i] = segment;
  return { project: { ...project, segments }, segment };
}

export function removeSegment(project: Project, id: string): { project: Project; removed: Segment } {
  const removed = project.segments.find((s) => s.id === id);
  if (!removed) throw new DomainError(say('errUnknownSegment', { id }));
  const configurations = project.configurations.map((c) => ({
    ...c,
    contextIds: c.contextIds.filter((x) => x !== id),
    mechanismIds: c.mechanismIds.filter((x) => x !== id),
    outcomeIds: c.outcomeIds.filter((x) => x !== id),
  }));
  return { project: { ...project, segments: project.segments.filter((s) => s.id !== id), configurations }, removed };
}

/** Who is speaking at the segment's start, and the case and role that follow from it. */
export interface SegmentContext {
  caseId: string | null;
  participantId: string | null;
  roleId: string | null;
}

/**
 * Who speaks at each segment, memoised per project state: states are immutable, so a segment's
 * context holds while the sources, participants and interviewer names are the same objects. Kept
 * per segment (a changed segment is looked up alone) and per segments array (a matrix or a quote
 * list reads every segment's context with one lookup, not one per segment).
 */
interface ContextMemo {
  bySegment: WeakMap<Segment, SegmentContext>;
  bySegments: WeakMap<readonly Segment[], readonly SegmentContext[]>;
}
const contextCache = new WeakMap<
  readonly Source[],
  WeakMap<readonly Participant[], WeakMap<readonly string[], ContextMemo>>
>();

function contextMemo(project: Project): ContextMemo {
  let byParticipants = contextCache.get(project.sources);
  if (!byParticipants) contextCache.set(project.sources, (byParticipants = new WeakMap()));
  let byNames = byParticipants.get(project.participants);
  if (!byNames) byParticipants.set(project.participants, (byNames = new WeakMap()));
  const names = interviewerNames(project);
  let memo = byNames.get(names);
  if (!memo) byNames.set(names, (memo = { bySegment: new WeakMap(), bySegments: new WeakMap() }));
  return memo;
}

/** Every segment's context, in the order of `project.segments` (memoised per project state). */
export function segmentContexts(project: Project): readonly SegmentContext[] {
  const memo = contextMemo(project);
  let all = memo.bySegments.get(project.segments);
  if (!all) memo.bySegments.set(project.segments, (all = project.segments.map(contextIndex(project))));
  return all;
}

/** Who speaks at one segment, memoised per segment (see above). */
export function contextIndex(project: Project): (seg: Segment) => SegmentContext {
  const cache = contextMemo(project).bySegment;
  let sources: Map<string, Source> | undefined;
  let participants: Map<string, Participant> | undefined;
  return (seg) => {
    const hit = cache.get(seg);
    if (hit) return hit;
    sources ??= new Map(project.sources.map((s) => [s.id, s]));
    participants ??= new Map(project.participants.map((p) => [p.id, p]));
    const src = sources.get(seg.sourceId);
    let ctx: SegmentContext;
    if (!src) ctx = { caseId: null, participantId: null, roleId: null };
    else {
      const turn = turnAt(src.turns, seg.start);
      let pid = turn ? (src.speakerMap[turn.speaker] ?? null) : null;
      if (!pid && !turn && src.participantIds.length === 1) pid = src.participantIds[0]!;
      // interviewer turns belong to no participant, even when an older import mapped them
      if (turn && pid && isInterviewer(project, turn.speaker)) pid = null;
      const p = pid ? participants.get(pid) : undefined;
      ctx = { caseId: p?.caseId ?? src.caseId, participantId: p?.id ?? null, roleId: p?.roleId ?? null };
    }
    cache.set(seg, ctx);
    return ctx;
  };
}
