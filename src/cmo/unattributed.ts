/**
 * Codings that are not an interviewee's evidence: those lying in the interviewer's speech, and
 * those with no participant (a voice not mapped to anyone). Listed by `cmo review`, refused by the
 * quote exports unless allowed. Pure.
 */
import type { Project, Segment } from './model';
import { attributionIndex, type Unattributed } from './attribution';

export interface UnattributedCoding {
  segment: Segment;
  sourceId: string;
  sourceName: string;
  caseId: string | null;
  speaker: string | null;
  problem: Unattributed;
}

export function unattributedCodings(p: Project): UnattributedCoding[] {
  const who = attributionIndex(p);
  const order = new Map(p.sources.map((s, i) => [s.id, i]));
  const sources = new Map(p.sources.map((s) => [s.id, s]));
  const out: UnattributedCoding[] = [];
  for (const seg of p.segments) {
    const a = who(seg);
    if (!a.problem) continue;
    const src = sources.get(seg.sourceId);
    out.push({
      segment: seg,
      sourceId: seg.sourceId,
      sourceName: src?.name ?? seg.sourceId,
      caseId: src?.caseId ?? null,
      speaker: a.speaker,
      problem: a.problem,
    });
  }
  const rank = (c: UnattributedCoding) => order.get(c.sourceId) ?? 0;
  return out.sort((a, b) => rank(a) - rank(b) || a.segment.start - b.segment.start);
}
