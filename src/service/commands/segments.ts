import type { Project, Segment } from '../../cmo/model';
import {
  DomainError,
  addSegment,
  makeSegment,
  removeSegment as removeSeg,
  updateSegment as updateSeg,
} from '../../cmo/segments';
import { findPassage, snapToWords } from '../../cmo/text';
import type { Mutation } from '../types';
import { say } from '../../cmo/logMessages';
import { withCoder } from '../../cmo/coders';
import { getSource, resolveSource } from '../../cmo/lookup';

const describe = (project: Project, s: Segment) => {
  const source = project.sources.find((x) => x.id === s.sourceId)?.name ?? s.sourceId;
  const excerpt = s.text.length > 40 ? `${s.text.slice(0, 40).replace(/\s+/g, ' ')}…` : s.text.replace(/\s+/g, ' ');
  const codes = (s.codes ?? []).map((id) => project.codes.find((c) => c.id === id)?.name ?? id);
  const what = [s.kind ? `${s.kind} ${s.pt.join(' ')}` : '', codes.length ? `[${codes.join(', ')}]` : '']
    .filter(Boolean)
    .join(' ');
  return say('segment', { what, source, start: s.start, end: s.end, excerpt });
};

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Adds a segment; the very same coding of the very same passage twice by one coder (a double Enter)
 * is refused. Two coders may code one passage the same way (each one's coding is theirs).
 */
function create(project: Project, seg: Segment): Project {
  const twin = project.segments.find(
    (s) =>
      s.sourceId === seg.sourceId &&
      s.start === seg.start &&
      s.end === seg.end &&
      s.coder === seg.coder &&
      s.kind === seg.kind &&
      sameSet(s.pt, seg.pt) &&
      sameSet(s.codes, seg.codes),
  );
  if (twin) throw new DomainError(say('errAlreadyCoded', { coding: [seg.kind, ...seg.pt].filter(Boolean).join(' ') }));
  return withCoder(addSegment(project, seg), seg.coder);
}

export const addSegmentCmd: Mutation<'segment.add'> = (project, p, ctx) => {
  const src = getSource(project, p.sourceId);
  const range = p.snapToWords ? snapToWords(src.text, p.start, p.end) : { start: p.start, end: p.end };
  const seg = makeSegment(project, { ...p, ...range, coder: p.coder ?? ctx.user }, ctx.newId('seg'), ctx.now());
  return {
    project: create(project, seg),
    result: seg,
    summary: say('segmentAdded', { segment: describe(project, seg) }),
  };
};

export const codeTextCmd: Mutation<'segment.codeText'> = (project, p, ctx) => {
  const src = resolveSource(project, p.source);
  const hits = findPassage(src.text, p.text);
  if (hits.length === 0) throw new DomainError(say('errTextNotFound', { source: src.name, text: p.text.slice(0, 80) }));
  if (hits.length > 1)
    throw new DomainError(
      say('errTextAmbiguous', { count: hits.length, source: src.name, at: hits.map((h) => h.start).join(', ') }),
    );
  const seg = makeSegment(
    project,
    { ...p, sourceId: src.id, ...hits[0]!, coder: p.coder ?? ctx.user },
    ctx.newId('seg'),
    ctx.now(),
  );
  return {
    project: create(project, seg),
    result: seg,
    summary: say('segmentAdded', { segment: describe(project, seg) }),
  };
};

export const updateSegmentCmd: Mutation<'segment.update'> = (project, p, ctx) => {
  const { project: next, segment } = updateSeg(project, p.id, p.patch, ctx.now());
  return { project: next, result: segment, summary: say('segmentChanged', { segment: describe(next, segment) }) };
};

export const removeSegmentCmd: Mutation<'segment.remove'> = (project, p) => {
  const { project: next, removed } = removeSeg(project, p.id);
  return {
    project: next,
    result: { id: removed.id },
    summary: say('segmentRemoved', { segment: describe(project, removed) }),
  };
};
