/**
 * Referential and range checks of a project, after its schema: what zod cannot see. A git merge of
 * two versions, a hand edit or a bug can leave a segment pointing past its text or at a source that
 * is gone; loaded silently, the matrix would show 0 and the next save would write it back.
 * Pure and linear in the project's size.
 */
import type { Project } from './model';
import { notice, noticeText, type Notice } from './notice';
import type { MessageKey, LogParam } from './logMessages';

export interface IntegrityProblem {
  /** where, as a path into the file (`segments.12`) with the entity's id */
  where: string;
  /** what is wrong, in Danish (English in brackets), as the refusal prints it */
  problem: string;
  /** the same as a code and data (integrityMessages.ts), for the reader's language */
  said: Notice;
}

const LIMIT = 50;

/** Every problem found (at most 50), in file order; none for a sound project. */
export function checkIntegrity(p: Project): IntegrityProblem[] {
  const out: IntegrityProblem[] = [];
  const add = (where: string, code: MessageKey, data?: Record<string, LogParam | undefined>) => {
    if (out.length >= LIMIT) return;
    const said = notice(code, data);
    out.push({ where, problem: noticeText(said, 'da'), said });
  };
  const unique = <T extends { id: string }>(list: readonly T[], what: string) => {
    const ids = new Set<string>();
    list.forEach((x, i) => {
      if (ids.has(x.id)) add(`${what}.${i} (${x.id})`, 'intDuplicateId');
      ids.add(x.id);
    });
    return ids;
  };
  const pts = unique(p.programmeTheory.points, 'programmeTheory.points');
  const roles = unique(p.roles, 'roles');
  const cases = unique(p.cases, 'cases');
  const participants = unique(p.participants, 'participants');
  const codes = unique(p.codes, 'codes');
  const segIds = unique(p.segments, 'segments');
  unique(p.configurations, 'configurations');
  const sources = new Map<string, string>();
  p.sources.forEach((s, i) => {
    if (sources.has(s.id)) add(`sources.${i} (${s.id})`, 'intDuplicateId');
    sources.set(s.id, s.text);
    if (s.caseId !== null && !cases.has(s.caseId)) add(`sources.${i} (${s.id})`, 'intUnknownCase', { id: s.caseId });
    for (const id of s.participantIds)
      if (!participants.has(id)) add(`sources.${i} (${s.id})`, 'intUnknownParticipant', { id });
    for (const [label, id] of Object.entries(s.speakerMap))
      if (!participants.has(id)) add(`sources.${i} (${s.id})`, 'intSpeakerNoParticipant', { label, id });
    s.turns.forEach((t, k) => {
      if (t.start > t.end || t.end > s.text.length)
        add(`sources.${i}.turns.${k}`, 'intTurnOutside', { start: t.start, end: t.end, length: s.text.length });
    });
  });
  p.participants.forEach((x, i) => {
    if (x.caseId !== null && !cases.has(x.caseId))
      add(`participants.${i} (${x.id})`, 'intUnknownCase', { id: x.caseId });
    if (x.roleId !== null && !roles.has(x.roleId))
      add(`participants.${i} (${x.id})`, 'intUnknownRole', { id: x.roleId });
  });
  p.codes.forEach((c, i) => {
    if (c.parentId !== null && !codes.has(c.parentId))
      add(`codes.${i} (${c.id})`, 'intUnknownParent', { id: c.parentId });
  });
  p.segments.forEach((s, i) => {
    const at = `segments.${i} (${s.id})`;
    const text = sources.get(s.sourceId);
    if (text === undefined) {
      add(at, 'intUnknownSource', { id: s.sourceId });
      return;
    }
    if (s.start > s.end) add(at, 'intEndBeforeStart', { start: s.start, end: s.end });
    else if (s.end > text.length) add(at, 'intBeyondText', { start: s.start, end: s.end, length: text.length });
    else if (!s.needsReview && text.slice(s.start, s.end) !== s.text)
      add(at, 'intSnapshotDiffers', { start: s.start, end: s.end });
    for (const pt of s.pt) if (!pts.has(pt)) add(at, 'intUnknownPt', { id: pt });
    for (const c of s.codes) if (!codes.has(c)) add(at, 'intUnknownCode', { id: c });
  });
  p.configurations.forEach((c, i) => {
    const at = `configurations.${i} (${c.id})`;
    if (!pts.has(c.pt)) add(at, 'intUnknownPt', { id: c.pt });
    for (const id of [...c.contextIds, ...c.mechanismIds, ...c.outcomeIds])
      if (!segIds.has(id)) add(at, 'intUnknownSegment', { id });
  });
  const memoTargets = { source: new Set(sources.keys()), case: cases, pt: pts, code: codes } as const;
  const memos = p.memos ?? [];
  unique(memos, 'memos');
  memos.forEach((m, i) => {
    const at = `memos.${i} (${m.id})`;
    if (m.on === 'project') {
      if (m.target !== null) add(at, 'intProjectMemoTarget', { target: m.target });
      return;
    }
    if (m.target === null) add(at, 'intMemoNoTarget', { on: m.on });
    else if (!memoTargets[m.on].has(m.target)) add(at, 'intMemoUnknownTarget', { on: m.on, target: m.target });
  });
  return out;
}

/** The first problem as one line, with how many more there are. */
export function integrityLine(problems: readonly IntegrityProblem[]): string {
  const [first] = problems;
  if (!first) return '';
  const more =
    problems.length > 1
      ? ` (og ${problems.length >= LIMIT ? `mindst ${LIMIT - 1}` : problems.length - 1} problemer mere)`
      : '';
  return `${first.where}: ${first.problem}${more}`;
}
