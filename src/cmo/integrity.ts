/**
 * Referential and range checks of a project, after its schema: what zod cannot see. A git merge of
 * two versions, a hand edit or a bug can leave a segment pointing past its text or at a source that
 * is gone; loaded silently, the matrix would show 0 and the next save would write it back.
 * Pure and linear in the project's size.
 */
import type { Project } from './model';

export interface IntegrityProblem {
  /** where, as a path into the file (`segments.12`) with the entity's id */
  where: string;
  /** what is wrong, in Danish (English in brackets), as the CLI and the refusal print it */
  problem: string;
}

const LIMIT = 50;
const MEMO_WHAT = { source: 'kilde', case: 'case', pt: 'programteoripunkt', code: 'kode' } as const;

/** Every problem found (at most 50), in file order; none for a sound project. */
export function checkIntegrity(p: Project): IntegrityProblem[] {
  const out: IntegrityProblem[] = [];
  const add = (where: string, problem: string) => {
    if (out.length < LIMIT) out.push({ where, problem });
  };
  const unique = <T extends { id: string }>(list: readonly T[], what: string) => {
    const ids = new Set<string>();
    list.forEach((x, i) => {
      if (ids.has(x.id)) add(`${what}.${i} (${x.id})`, `id'et findes to gange (duplicate id)`);
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
    if (sources.has(s.id)) add(`sources.${i} (${s.id})`, `id'et findes to gange (duplicate id)`);
    sources.set(s.id, s.text);
    if (s.caseId !== null && !cases.has(s.caseId))
      add(`sources.${i} (${s.id})`, `ukendt case ${s.caseId} (unknown case)`);
    for (const id of s.participantIds)
      if (!participants.has(id)) add(`sources.${i} (${s.id})`, `ukendt deltager ${id} (unknown participant)`);
    for (const [label, id] of Object.entries(s.speakerMap))
      if (!participants.has(id)) add(`sources.${i} (${s.id})`, `taleren ${label} peger på en ukendt deltager ${id}`);
    s.turns.forEach((t, k) => {
      if (t.start > t.end || t.end > s.text.length)
        add(
          `sources.${i}.turns.${k}`,
          `taletur [${t.start}, ${t.end}) ligger uden for teksten (${s.text.length} tegn)`,
        );
    });
  });
  p.participants.forEach((x, i) => {
    if (x.caseId !== null && !cases.has(x.caseId))
      add(`participants.${i} (${x.id})`, `ukendt case ${x.caseId} (unknown case)`);
    if (x.roleId !== null && !roles.has(x.roleId))
      add(`participants.${i} (${x.id})`, `ukendt rolle ${x.roleId} (unknown role)`);
  });
  p.codes.forEach((c, i) => {
    if (c.parentId !== null && !codes.has(c.parentId))
      add(`codes.${i} (${c.id})`, `ukendt overordnet kode ${c.parentId}`);
  });
  p.segments.forEach((s, i) => {
    const at = `segments.${i} (${s.id})`;
    const text = sources.get(s.sourceId);
    if (text === undefined) {
      add(at, `ukendt kilde ${s.sourceId} (unknown source)`);
      return;
    }
    if (s.start > s.end) add(at, `slutter før den starter: [${s.start}, ${s.end}) (end before start)`);
    else if (s.end > text.length)
      add(at, `[${s.start}, ${s.end}) ligger uden for kildens tekst på ${text.length} tegn (beyond the text)`);
    else if (!s.needsReview && text.slice(s.start, s.end) !== s.text)
      add(at, `den gemte tekst svarer ikke til teksten i [${s.start}, ${s.end}) (snapshot differs from the text)`);
    for (const pt of s.pt) if (!pts.has(pt)) add(at, `ukendt programteoripunkt ${pt} (unknown PT point)`);
    for (const c of s.codes) if (!codes.has(c)) add(at, `ukendt kode ${c} (unknown code)`);
  });
  p.configurations.forEach((c, i) => {
    const at = `configurations.${i} (${c.id})`;
    if (!pts.has(c.pt)) add(at, `ukendt programteoripunkt ${c.pt} (unknown PT point)`);
    for (const id of [...c.contextIds, ...c.mechanismIds, ...c.outcomeIds])
      if (!segIds.has(id)) add(at, `ukendt kodning ${id} (unknown segment)`);
  });
  const memoTargets = { source: new Set(sources.keys()), case: cases, pt: pts, code: codes } as const;
  const memos = p.memos ?? [];
  unique(memos, 'memos');
  memos.forEach((m, i) => {
    const at = `memos.${i} (${m.id})`;
    if (m.on === 'project') {
      if (m.target !== null) add(at, `et memo på projektet har et mål ${m.target} (a project memo with a target)`);
      return;
    }
    if (m.target === null) add(at, `memoet på ${m.on} mangler sit mål (no target)`);
    else if (!memoTargets[m.on].has(m.target))
      add(at, `memo på ukendt ${MEMO_WHAT[m.on]} ${m.target} (memo on an unknown ${m.on})`);
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
