/**
 * What `cmo repair` can mend in a project that loads by its schema but does not hang together
 * (see integrity.ts): references to things that are gone are dropped, ranges that cannot be right
 * are flagged for review, duplicate ids made unique. Pure; says each thing it did.
 */
import { checkIntegrity, type IntegrityProblem } from './integrity';
import type { Project, Segment } from './model';
import { notice, type Notice } from './notice';

export interface Repaired {
  project: Project;
  /** what was mended, each a code and data (repairMessages.ts) */
  fixed: Notice[];
  left: IntegrityProblem[];
}

type Entity = 'source' | 'case' | 'role' | 'participant' | 'code' | 'segment' | 'configuration' | 'memo';

function uniqueIds<T extends { id: string }>(list: readonly T[], entity: Entity, fixed: Notice[]): T[] {
  const seen = new Map<string, string>();
  const out: T[] = [];
  for (const x of list) {
    const json = JSON.stringify(x);
    const had = seen.get(x.id);
    if (had === json) {
      fixed.push(notice('repairCopyRemoved', { entity, id: x.id }));
      continue;
    }
    if (had !== undefined) {
      let n = 2;
      while (seen.has(`${x.id}-${n}`)) n++;
      fixed.push(notice('repairIdRenamed', { entity, id: x.id, newId: `${x.id}-${n}` }));
      out.push({ ...x, id: `${x.id}-${n}` });
      seen.set(`${x.id}-${n}`, json);
      continue;
    }
    seen.set(x.id, json);
    out.push(x);
  }
  return out;
}

function mendSegment(s: Segment, text: string, pts: Set<string>, codes: Set<string>, fixed: Notice[]): Segment | null {
  let g = { ...s };
  if (g.start > g.end) {
    g = { ...g, start: g.end, end: g.start };
    fixed.push(notice('repairSwapped', { id: s.id }));
  }
  if (g.end > text.length || g.start > text.length) {
    g = { ...g, start: Math.min(g.start, text.length), end: Math.min(g.end, text.length) };
    fixed.push(notice('repairClipped', { id: s.id }));
  }
  const pt = g.pt.filter((id) => pts.has(id));
  const kept = g.codes.filter((id) => codes.has(id));
  if (pt.length !== g.pt.length || kept.length !== g.codes.length) {
    const refs = [...g.pt, ...g.codes].filter((x) => !pts.has(x) && !codes.has(x)).join(', ');
    fixed.push(notice('repairUnknownRefs', { id: s.id, refs }));
    g = { ...g, pt, codes: kept, kind: pt.length ? g.kind : null };
  }
  if (g.kind === null && !g.codes.length) {
    fixed.push(notice('repairNothingLeft', { id: s.id }));
    return null;
  }
  const now = text.slice(g.start, g.end);
  if (now !== g.text && !g.needsReview) {
    g = { ...g, needsReview: true, previousText: g.text, text: now };
    fixed.push(notice('repairTextMoved', { id: s.id }));
  }
  return g;
}

export function repairProject(input: Project): Repaired {
  const fixed: Notice[] = [];
  let p: Project = { ...input };
  p.sources = uniqueIds(p.sources, 'source', fixed);
  p.cases = uniqueIds(p.cases, 'case', fixed);
  p.roles = uniqueIds(p.roles, 'role', fixed);
  p.participants = uniqueIds(p.participants, 'participant', fixed);
  p.codes = uniqueIds(p.codes, 'code', fixed);
  p.segments = uniqueIds(p.segments, 'segment', fixed);
  p.configurations = uniqueIds(p.configurations, 'configuration', fixed);
  const cases = new Set(p.cases.map((c) => c.id)),
    roles = new Set(p.roles.map((r) => r.id));
  const parts = new Set(p.participants.map((x) => x.id)),
    codes = new Set(p.codes.map((c) => c.id));
  const pts = new Set(p.programmeTheory.points.map((x) => x.id));
  p.participants = p.participants.map((x) => ({
    ...x,
    caseId: x.caseId && cases.has(x.caseId) ? x.caseId : null,
    roleId: x.roleId && roles.has(x.roleId) ? x.roleId : null,
  }));
  p.codes = p.codes.map((c) => (c.parentId && !codes.has(c.parentId) ? { ...c, parentId: null } : c));
  p.sources = p.sources.map((s) => {
    const speakerMap = Object.fromEntries(Object.entries(s.speakerMap).filter(([, id]) => parts.has(id)));
    const turns = s.turns.filter((t) => t.start <= t.end && t.end <= s.text.length);
    if (turns.length !== s.turns.length)
      fixed.push(notice('repairTurnsOutside', { id: s.id, count: s.turns.length - turns.length }));
    const caseId = s.caseId && cases.has(s.caseId) ? s.caseId : null;
    if (caseId !== s.caseId) fixed.push(notice('repairSourceCase', { id: s.id, caseId: s.caseId ?? '' }));
    return { ...s, caseId, turns, speakerMap, participantIds: s.participantIds.filter((id) => parts.has(id)) };
  });
  const texts = new Map(p.sources.map((s) => [s.id, s.text]));
  p.segments = p.segments.flatMap((s) => {
    const text = texts.get(s.sourceId);
    if (text === undefined) {
      fixed.push(notice('repairNoSource', { id: s.id, sourceId: s.sourceId }));
      return [];
    }
    const g = mendSegment(s, text, pts, codes, fixed);
    return g ? [g] : [];
  });
  const segs = new Set(p.segments.map((s) => s.id));
  p.configurations = p.configurations.flatMap((c) => {
    if (!pts.has(c.pt)) {
      fixed.push(notice('repairConfigPt', { id: c.id, pt: c.pt }));
      return [];
    }
    const keep = (ids: string[]) => ids.filter((id) => segs.has(id));
    const next = {
      ...c,
      contextIds: keep(c.contextIds),
      mechanismIds: keep(c.mechanismIds),
      outcomeIds: keep(c.outcomeIds),
    };
    if (JSON.stringify(next) !== JSON.stringify(c)) fixed.push(notice('repairConfigRefs', { id: c.id }));
    return [next];
  });
  // a memo on something that is gone keeps its text, on the project, with what it was on in front
  const memoTargets = { source: new Set(texts.keys()), case: cases, pt: pts, code: codes } as const;
  p.memos = uniqueIds(p.memos ?? [], 'memo', fixed).map((m) => {
    if (m.on === 'project' ? m.target === null : m.target !== null && memoTargets[m.on].has(m.target)) return m;
    fixed.push(notice('repairMemoMoved', { id: m.id, on: m.on, target: m.target ?? undefined }));
    return {
      ...m,
      on: 'project' as const,
      target: null,
      text: m.on === 'project' ? m.text : `[${m.on} ${m.target ?? ''}] ${m.text}`,
    };
  });
  p = { ...p };
  return { project: p, fixed, left: checkIntegrity(p) };
}
