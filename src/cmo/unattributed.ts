/**
 * Codings that are not an interviewee's evidence: those lying in the interviewer's speech, and
 * those with no participant (a voice not mapped to anyone). Listed by `cmo review`, refused by the
 * quote exports unless allowed. Pure.
 */
import type { Project, Segment } from './model';
import { attributionIndex, type Unattributed } from './attribution';

export interface UnattributedCoding { segment: Segment; sourceId: string; sourceName: string; caseId: string | null; speaker: string | null; problem: Unattributed }

export function unattributedCodings(p: Project): UnattributedCoding[] {
  const who = attributionIndex(p);
  const order = new Map(p.sources.map((s, i) => [s.id, i]));
  const names = new Map(p.sources.map((s) => [s.id, s]));
  const out: UnattributedCoding[] = [];
  for (const seg of p.segments) {
    const a = who(seg);
    if (!a.problem) continue;
    const src = names.get(seg.sourceId);
    out.push({ segment: seg, sourceId: seg.sourceId, sourceName: src?.name ?? seg.sourceId, caseId: src?.caseId ?? null, speaker: a.speaker, problem: a.problem });
  }
  return out.sort((a, b) => (order.get(a.sourceId) ?? 0) - (order.get(b.sourceId) ?? 0) || a.segment.start - b.segment.start);
}
