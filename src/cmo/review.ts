/**
 * The codings waiting for review across the whole project: those a transcript correction
 * flagged (`needsReview`), with what their passage says now, in the order of the sources and
 * of the text. Pure.
 */
import type { Project, Segment } from './model';

export interface FlaggedCoding {
  segment: Segment;
  sourceId: string;
  sourceName: string;
  caseId: string | null;
  now: string;
}

export function flaggedCodings(p: Project): FlaggedCoding[] {
  const bySource = new Map<string, Segment[]>();
  for (const s of p.segments) {
    if (!s.needsReview) continue;
    const list = bySource.get(s.sourceId);
    if (list) list.push(s);
    else bySource.set(s.sourceId, [s]);
  }
  const out: FlaggedCoding[] = [];
  for (const src of p.sources) {
    for (const s of (bySource.get(src.id) ?? []).sort((a, b) => a.start - b.start || a.end - b.end)) {
      out.push({
        segment: s,
        sourceId: src.id,
        sourceName: src.name,
        caseId: src.caseId,
        now: src.text.slice(s.start, s.end),
      });
    }
  }
  return out;
}
