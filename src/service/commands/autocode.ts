/**
 * "Code all hits": every transcript hit of a search (or the selected hits), optionally widened to
 * its sentence or speaker turn, coded as one kind and PT point(s) — as ONE mutation, so the
 * service saves it as one undo step. Hits that widen to the same passage are coded once; a passage
 * that already has an identical segment (same range, kind and PT points) is skipped.
 */
import type { Project, Segment } from '../../cmo/model';
import { DomainError, makeSegment, resolvePts } from '../../cmo/segments';
import { searchProject } from '../../search/engine';
import { resolveSearchFilter } from '../../search/params';
import { widenRange, type Range } from '../../cmo/widen';
import type { Mutation } from '../types';
import { say } from '../../cmo/logMessages';
import { speakerAt } from '../../cmo/attribution';
import { getSource } from '../../cmo/lookup';

export const searchAutocodeCmd: Mutation<'search.autocode'> = (project, p, ctx) => {
  const pts = resolvePts(project, p.pt);
  const sources = new Map(project.sources.map((s) => [s.id, s]));
  let found: (Range & { sourceId: string })[];
  if (p.hits?.length) {
    found = p.hits.map((h) => {
      const src = sources.get(h.sourceId) ?? getSource(project, h.sourceId);
      if (h.start >= h.end || h.end > src.text.length)
        throw new DomainError(say('errBadHit', { start: h.start, end: h.end, source: src.name }));
      return h;
    });
  } else {
    const r = searchProject(project, p.query, {
      fuzzy: p.fuzzy,
      aa: p.aa,
      limit: p.max + 1,
      scope: ['transcripts'],
      context: 0,
      filter: resolveSearchFilter(project, p),
    });
    if (r.total > p.max) throw new DomainError(say('errTooManyHits', { query: p.query, total: r.total, max: p.max }));
    found = r.hits;
  }
  if (found.length === 0) throw new DomainError(say('errNoHitsToCode', { query: p.query }));

  // interviewer speech, and speech of no participant, is not an interviewee's evidence: left out unless asked for
  let skippedInterviewer = 0,
    skippedUnattributed = 0;
  if (!p.includeInterviewer) {
    found = found.filter((h) => {
      const who = speakerAt(project, sources.get(h.sourceId)!, h.start);
      if (who.problem === 'interviewer') skippedInterviewer++;
      else if (who.problem) skippedUnattributed++;
      return !who.problem;
    });
    const left = skippedInterviewer + skippedUnattributed;
    if (found.length === 0 && left > 0)
      throw new DomainError(
        say('errOnlyInterviewerHits', {
          query: p.query || '…',
          hits: left,
          skipped: skippedInterviewer,
          unattributed: skippedUnattributed || undefined,
        }),
      );
  }
  const order = new Map(project.sources.map((s, i) => [s.id, i]));
  const ranges = new Map<string, Range & { sourceId: string }>();
  for (const h of found) {
    const r = widenRange(sources.get(h.sourceId)!, h.start, h.end, p.widen);
    ranges.set(`${h.sourceId}:${r.start}:${r.end}`, { sourceId: h.sourceId, ...r });
  }
  const sorted = [...ranges.values()].sort(
    (a, b) => order.get(a.sourceId)! - order.get(b.sourceId)! || a.start - b.start,
  );

  const samePts = (s: Segment) => s.pt.length === pts.length && pts.every((x) => s.pt.includes(x));
  const existing = new Set(
    project.segments.filter((s) => s.kind === p.kind && samePts(s)).map((s) => `${s.sourceId}:${s.start}:${s.end}`),
  );
  let next: Project = project;
  const created: Segment[] = [];
  let skipped = 0;
  const coder = p.coder ?? ctx.user;
  for (const r of sorted) {
    const key = `${r.sourceId}:${r.start}:${r.end}`;
    if (existing.has(key)) {
      skipped++;
      continue;
    }
    existing.add(key);
    const seg = makeSegment(
      project,
      {
        sourceId: r.sourceId,
        start: r.start,
        end: r.end,
        kind: p.kind,
        pt: pts,
        verdict: p.verdict,
        memo: p.memo,
        coder,
      },
      ctx.newId('seg'),
      ctx.now(),
    );
    created.push(seg);
  }
  next = { ...project, segments: [...project.segments, ...created] };
  if (created.length === 0)
    throw new DomainError(say('errAllHitsCoded', { count: skipped, coding: `${p.kind} ${pts.join(' ')}` }));
  if (coder && !next.coders.some((c) => c.name === coder))
    next = { ...next, coders: [...next.coders, { id: coder, name: coder }] };
  const hits = found.length + skippedInterviewer + skippedUnattributed;
  const what = say('autocodeFound', { count: hits, query: p.hits?.length ? undefined : p.query.slice(0, 60) });
  const coded = say('autocoded', {
    count: created.length,
    widen: p.widen ?? undefined,
    found: what,
    coding: `${p.kind} ${pts.join(' ')}`,
    skipped,
  });
  const why = [
    ...(skippedInterviewer ? [say('skipInterviewer', { count: skippedInterviewer })] : []),
    ...(skippedUnattributed ? [say('skipUnattributed', { count: skippedUnattributed })] : []),
  ];
  return {
    project: next,
    result: { created, skipped, hits, skippedInterviewer, skippedUnattributed },
    summary: why.length ? say('autocodedLeftOut', { coded, why }) : coded,
  };
};
