/**
 * What `cmo repair` can mend in a project that loads by its schema but does not hang together
 * (see integrity.ts): references to things that are gone are dropped, ranges that cannot be right
 * are flagged for review, duplicate ids made unique. Pure; says each thing it did.
 */
import { checkIntegrity, type IntegrityProblem } from './integrity';
import type { Project, Segment } from './model';

export interface Repaired {
  project: Project;
  fixed: string[];
  left: IntegrityProblem[];
}

function uniqueIds<T extends { id: string }>(list: readonly T[], what: string, fixed: string[]): T[] {
  const seen = new Map<string, string>();
  const out: T[] = [];
  for (const x of list) {
    const json = JSON.stringify(x);
    const had = seen.get(x.id);
    if (had === json) {
      fixed.push(`${what} ${x.id}: en nøjagtig kopi fjernet`);
      continue;
    }
    if (had !== undefined) {
      let n = 2;
      while (seen.has(`${x.id}-${n}`)) n++;
      fixed.push(`${what} ${x.id}: to forskellige med samme id — den anden hedder nu ${x.id}-${n}`);
      out.push({ ...x, id: `${x.id}-${n}` });
      seen.set(`${x.id}-${n}`, json);
      continue;
    }
    seen.set(x.id, json);
    out.push(x);
  }
  return out;
}

function mendSegment(s: Segment, text: string, pts: Set<string>, codes: Set<string>, fixed: string[]): Segment | null {
  let g = { ...s };
  if (g.start > g.end) {
    g = { ...g, start: g.end, end: g.start };
    fixed.push(`kodning ${s.id}: start og slut byttet om`);
  }
  if (g.end > text.length || g.start > text.length) {
    g = { ...g, start: Math.min(g.start, text.length), end: Math.min(g.end, text.length) };
    fixed.push(`kodning ${s.id}: afkortet til kildens tekst og markeret til gennemsyn`);
  }
  const pt = g.pt.filter((id) => pts.has(id));
  const kept = g.codes.filter((id) => codes.has(id));
  if (pt.length !== g.pt.length || kept.length !== g.codes.length) {
    fixed.push(
      `kodning ${s.id}: ukendte programteoripunkter/koder fjernet ` +
        `(${[...g.pt, ...g.codes].filter((x) => !pts.has(x) && !codes.has(x)).join(', ')})`,
    );
    g = { ...g, pt, codes: kept, kind: pt.length ? g.kind : null };
  }
  if (g.kind === null && !g.codes.length) {
    fixed.push(`kodning ${s.id}: intet tilbage at kode med — fjernet`);
    return null;
  }
  const now = text.slice(g.start, g.end);
  if (now !== g.text && !g.needsReview) {
    g = { ...g, needsReview: true, previousText: g.text, text: now };
    fixed.push(`kodning ${s.id}: teksten passer ikke til stedet — markeret til gennemsyn`);
  }
  return g;
}

export function repairProject(input: Project): Repaired {
  const fixed: string[] = [];
  let p: Project = { ...input };
  p.sources = uniqueIds(p.sources, 'kilde', fixed);
  p.cases = uniqueIds(p.cases, 'case', fixed);
  p.roles = uniqueIds(p.roles, 'rolle', fixed);
  p.participants = uniqueIds(p.participants, 'deltager', fixed);
  p.codes = uniqueIds(p.codes, 'kode', fixed);
  p.segments = uniqueIds(p.segments, 'kodning', fixed);
  p.configurations = uniqueIds(p.configurations, 'konfiguration', fixed);
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
      fixed.push(`kilde ${s.id}: ${s.turns.length - turns.length} taleture uden for teksten fjernet`);
    const caseId = s.caseId && cases.has(s.caseId) ? s.caseId : null;
    if (caseId !== s.caseId) fixed.push(`kilde ${s.id}: ukendt case ${s.caseId} fjernet`);
    return { ...s, caseId, turns, speakerMap, participantIds: s.participantIds.filter((id) => parts.has(id)) };
  });
  const texts = new Map(p.sources.map((s) => [s.id, s.text]));
  p.segments = p.segments.flatMap((s) => {
    const text = texts.get(s.sourceId);
    if (text === undefined) {
      fixed.push(`kodning ${s.id}: kilden ${s.sourceId} findes ikke — fjernet`);
      return [];
    }
    const g = mendSegment(s, text, pts, codes, fixed);
    return g ? [g] : [];
  });
  const segs = new Set(p.segments.map((s) => s.id));
  p.configurations = p.configurations.flatMap((c) => {
    if (!pts.has(c.pt)) {
      fixed.push(`konfiguration ${c.id}: ukendt programteoripunkt ${c.pt} — fjernet`);
      return [];
    }
    const keep = (ids: string[]) => ids.filter((id) => segs.has(id));
    const next = {
      ...c,
      contextIds: keep(c.contextIds),
      mechanismIds: keep(c.mechanismIds),
      outcomeIds: keep(c.outcomeIds),
    };
    if (JSON.stringify(next) !== JSON.stringify(c))
      fixed.push(`konfiguration ${c.id}: henvisninger til kodninger der ikke findes fjernet`);
    return [next];
  });
  // a memo on something that is gone keeps its text, on the project, with what it was on in front
  const memoTargets = { source: new Set(texts.keys()), case: cases, pt: pts, code: codes } as const;
  p.memos = uniqueIds(p.memos ?? [], 'memo', fixed).map((m) => {
    if (m.on === 'project' ? m.target === null : m.target !== null && memoTargets[m.on].has(m.target)) return m;
    fixed.push(`memo ${m.id}: ${m.on} ${m.target ?? '(intet)'} findes ikke — memoet er flyttet til projektet`);
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
