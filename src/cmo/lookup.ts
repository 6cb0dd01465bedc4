/**
 * Finding what a researcher names: a source, case, role, PT point or attribute by id, label, number
 * or alias, compared the one way (`fold`). The refusal of an unknown source is raised here only.
 */
import type { AttributeDef, Case, Project, PtPoint, Role, Source } from './model';
import type { ErrorKey } from './errorMessages';
import { DomainError } from './errors';
import { say } from './logMessages';

/** How a typed name is compared with a stored one: NFC, trimmed, lower case. */
export const fold = (s: string) => s.normalize('NFC').trim().toLowerCase();

/** The refusal of a source nobody has: by the id asked for, or (`named`) the name with the sources there are. */
function unknownSource(project: Project, ref: string, named = false): never {
  if (!named) throw new DomainError(say('errUnknownSource', { id: ref }));
  throw new DomainError(say('errUnknownSourceNamed', { ref, known: project.sources.map((s) => s.name).join(', ') }));
}

/** Where the source with this id is in the project's list; an unknown id is refused. */
export function sourceIndex(project: Project, id: string): number {
  const i = project.sources.findIndex((s) => s.id === id);
  return i < 0 ? unknownSource(project, id) : i;
}

/** The source with this id; an unknown id is refused. */
export function getSource(project: Project, id: string): Source {
  return project.sources[sourceIndex(project, id)]!;
}

/** A source by id, name or imported file name (undefined when none); a name met twice is refused (use the id). */
export function findSource(project: Project, ref: string): Source | undefined {
  const want = fold(ref);
  const hits = project.sources.filter(
    (s) => s.id === ref.trim() || fold(s.name) === want || fold(s.provenance.fileName) === want,
  );
  if (hits.length > 1) throw new DomainError(say('errAmbiguousSource', { ref, ids: hits.map((h) => h.id).join(', ') }));
  return hits[0];
}

/** A source by id, name or imported file name; an unknown one is refused naming the sources there are. */
export function resolveSource(project: Project, ref: string): Source {
  return findSource(project, ref) ?? unknownSource(project, ref, true);
}

/** A source by id, name or file name for a filter; an unknown one is refused by what was asked for. */
export function sourceRef(project: Project, ref: string): Source {
  return findSource(project, ref) ?? unknownSource(project, ref);
}

/**
 * References as users type them (`14`, `Case 14`, `AMR`, `#10`) → ids; undefined when none are given.
 * `find` names what it cannot find with `unknown` (`Ukendt case: …`), or refuses by itself.
 */
export function resolveRefs(
  refs: readonly string[] | undefined,
  find: (r: string) => { id: string } | undefined,
  unknown: ErrorKey,
): string[] | undefined {
  if (!refs?.length) return undefined;
  return refs.map((r) => {
    const hit = find(r);
    if (!hit) throw new DomainError(say(unknown, { id: r }));
    return hit.id;
  });
}

/** `4a`, `#4A`, ` #4a ` → `#4a`; anything else is matched by id or title as given. */
export function normalizePtRef(ref: string): string {
  const s = fold(ref);
  return /^#?\d+[a-z]?$/.test(s) ? (s.startsWith('#') ? s : `#${s}`) : s;
}

export function findPt(project: Project, ref: string): PtPoint | undefined {
  const want = normalizePtRef(ref);
  return project.programmeTheory.points.find((p) => fold(p.id) === want || fold(p.title) === want);
}

/** A role by id, label, English label or alias (AMR → Arbejdsmiljørepræsentant). */
export function findRole(project: Project, ref: string): Role | undefined {
  const want = fold(ref);
  return project.roles.find(
    (r) =>
      fold(r.id) === want ||
      fold(r.label) === want ||
      (r.labelEn && fold(r.labelEn) === want) ||
      r.aliases.some((a) => fold(a) === want),
  );
}

/** A case by id, label (`Case 3`) or number (`3`, `03`, `case-03`). */
export function findCase(project: Project, ref: string): Case | undefined {
  const want = fold(ref);
  const exact = project.cases.find((c) => fold(c.id) === want || fold(c.label) === want);
  if (exact) return exact;
  const n = /^(?:case|c)?[\s_-]*0*(\d+)$/.exec(want)?.[1];
  return n === undefined ? undefined : project.cases.find((c) => c.number === Number(n));
}

export function ptOrder(project: Project): Map<string, number> {
  return new Map(project.programmeTheory.points.map((p, i) => [p.id, i]));
}

/** How a case is named in a quote's attribution: `case 3`. */
export function caseShortLabel(c: Case | undefined): string {
  if (!c) return '';
  return c.number !== null ? `case ${c.number}` : c.label;
}

/** A case attribute by id or label (`sektor`, `Privat/offentlig`); unknown is an error listing the known ones. */
export function findAttribute(project: Project, ref: string): AttributeDef {
  const want = fold(ref);
  const hit = project.attributeDefs.find((a) => fold(a.id) === want || fold(a.label) === want);
  if (!hit)
    throw new DomainError(
      say('errUnknownAttribute', { ref, known: project.attributeDefs.map((a) => a.id).join(', ') }),
    );
  return hit;
}

/** An attribute's values: the declared ones in their order, then any other value a case holds. */
export function attributeValues(
  def: Pick<AttributeDef, 'id' | 'values'>,
  cases: readonly Pick<Case, 'attributes'>[],
): string[] {
  return [...new Set([...def.values, ...cases.map((c) => c.attributes[def.id]).filter((v): v is string => !!v)])];
}
